/**
 * Validation (TableModel) and the summaries and PM. functions (TableData.typedRows) read every cell the
 * same way: hand-typed and hostile values in every column of every catalog table give the same value to
 * both, and a cell is left out (null) by one exactly when it is left out by the other.
 */
import { CATALOG, TABLE_NAMES, type CellValue } from "../../../src/domain/catalog";
import { TableModel } from "../../../src/domain/rules/table-model";
import { createTableData, type CellProblem } from "../../../src/excel/table-io";

const HAND_TYPED: readonly CellValue[] = [
  "",
  " ",
  0,
  -3,
  1.5,
  46096,
  46096.75,
  0.375,
  "46096",
  "150",
  "$1,234.50",
  "-3",
  "2026-09-12",
  "12 Sep 2026",
  "09/12/2026",
  "8:30",
  "2:15 PM",
  "25:00",
  "Yes",
  "no",
  "Mail",
  "Paid",
  "paid",
  "lots",
  "#N/A",
  "#DIV/0!",
  true,
  "=1+1",
  "E11.9, I10",
  "99213",
  "1234567893",
  "x@example.org",
];

describe("one reader for Validation and the summaries", () => {
  it.each(TABLE_NAMES)("%s: every hand-typed value reads the same in both", (name) => {
    const spec = CATALOG[name];
    const headers = spec.columns.map((c) => c.header);
    // Row i holds value i in every column: each column sees every value.
    const rows = HAND_TYPED.map((v) => headers.map(() => v));
    const model = new TableModel(name, spec, { headers, rows });
    const problems: CellProblem[] = [];
    const typed = createTableData({
      name,
      sheet: spec.sheet,
      headers,
      rows,
      firstRow: 1,
      firstColumn: 0,
    }).typed(problems) as unknown as Record<string, unknown>[];
    for (const column of spec.columns) {
      HAND_TYPED.forEach((raw, r) => {
        const validation = model.valueOf(column.key, r);
        const summaries = typed[r]?.[column.key] ?? null;
        expect([column.header, raw, summaries]).toEqual([column.header, raw, validation]);
      });
    }
    // Every cell the summaries cannot use is one Validation flags as an error on the same cell.
    for (const p of problems.filter((x) => !x.usable)) {
      const flagged = model
        .cellFindings(p.rowIndex)
        .some((f) => f.header === p.header && f.severity === "error");
      expect([p.address, p.message, flagged]).toEqual([p.address, p.message, true]);
    }
  });
});
