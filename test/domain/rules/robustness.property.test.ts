import fc from "fast-check";
import {
  CATALOG,
  TABLE_NAMES,
  type CellValue,
  type ColumnSpec,
  type TableName,
} from "../../../src/domain/catalog";
import { EXCEL_ERRORS } from "../../../src/domain/catalog/cells";
import { validateWorkbook, type RawWorkbook } from "../../../src/domain/rules";
import { AS_OF } from "./fixture";

/** A generated cell and whether a practice manager should be told it is wrong on its own. */
interface Cell {
  readonly value: CellValue;
  readonly bad: boolean;
}

const good = (arb: fc.Arbitrary<CellValue>) => arb.map((value): Cell => ({ value, bad: false }));
const bad = (arb: fc.Arbitrary<CellValue>) => arb.map((value): Cell => ({ value, bad: true }));

const errorValue = bad(fc.constantFrom(...EXCEL_ERRORS));
const formulaText = fc.constantFrom("=SUM(A1:A9)", "=1/0", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3");
const hugeText = fc.integer({ min: 1000, max: 40_000 }).map((n) => "Lorem ipsum ".repeat(n).slice(0, n));
const junkText = fc.oneof(
  fc.constantFrom("abc", "N/A", "12abc", "1;2;3", "--", "TRUE?"),
  formulaText,
  hugeText,
);
const oddDates = fc.constantFrom(
  "02/03/2026",
  "2026-02-30",
  "31.12.2026",
  "Febtober 3, 2026",
  "2026/13/01",
  "12-31-26",
  "yesterday",
);
const caseOf = (s: string) => fc.constantFrom(s, s.toUpperCase(), s.toLowerCase(), ` ${s} `);

/** Good and bad contents for one column, derived from its catalog spec by hand-written cases. */
function cellArb(column: ColumnSpec): fc.Arbitrary<Cell> {
  const blank =
    column.required && column.formula === undefined ? bad(fc.constant("")) : good(fc.constant(""));
  const options: fc.Arbitrary<Cell>[] = [errorValue, blank];
  const min = column.min ?? Number.NEGATIVE_INFINITY;
  switch (column.kind) {
    case "currency":
    case "number":
      options.push(
        good(fc.double({ min: Math.max(min, -1e9), max: 1e9, noNaN: true })),
        good(fc.constantFrom("12.50", "$1,234.00")),
      );
      options.push(bad(junkText), bad(fc.boolean()), bad(oddDates));
      if (column.min !== undefined)
        options.push(bad(fc.double({ min: -1e9, max: column.min - 0.01, noNaN: true })));
      break;
    case "integer":
      options.push(
        good(fc.integer({ min: Math.max(min, -1e6), max: 1e6 })),
        bad(junkText),
        bad(fc.boolean()),
        bad(fc.constant(2.5)),
      );
      if (column.min !== undefined) options.push(bad(fc.integer({ min: -1e6, max: column.min - 1 })));
      break;
    case "date":
    case "month":
      options.push(
        good(fc.integer({ min: 61, max: 2_958_465 })),
        good(fc.constantFrom("2026-01-31", "31 Jan 2026", "Jan 31, 2026", "January 2026")),
      );
      options.push(bad(oddDates), bad(junkText), bad(fc.boolean()), bad(fc.integer({ min: -1e6, max: 60 })));
      break;
    case "time":
      options.push(
        good(fc.double({ min: 0, max: 0.9999, noNaN: true })),
        good(fc.constantFrom("8:30", "2:15 PM", "14:05:00")),
      );
      options.push(
        bad(fc.constantFrom("25:00", "8h30", "noon", "13:00 PM")),
        bad(fc.boolean()),
        bad(fc.integer({ min: -1000, max: -1 })),
      );
      break;
    case "list":
    case "yesno": {
      const list = column.list ?? ["Yes", "No"];
      options.push(
        good(fc.constantFrom(...list).chain(caseOf)),
        bad(junkText),
        bad(fc.constant("Sometimes")),
      );
      options.push(column.kind === "yesno" ? good(fc.boolean()) : bad(fc.boolean()));
      break;
    }
    case "email":
      options.push(
        good(fc.constantFrom("a@b.co", "first.last@example.org")),
        bad(junkText),
        bad(fc.integer()),
        bad(fc.boolean()),
      );
      break;
    case "id":
    case "text":
      switch (column.code) {
        case undefined:
          options.push(good(junkText), good(fc.integer()), good(fc.boolean()), good(fc.string()));
          break;
        case "npi":
          options.push(
            good(fc.constantFrom("1234567893", 1245319599)),
            bad(fc.constantFrom("1234567890", "3234567893", "12345", "abcdefghij")),
          );
          break;
        case "procedure":
          options.push(
            good(fc.constantFrom("99213", "3074F", "0042T", "0001U", "G0439", 36415)),
            bad(fc.constantFrom("9921", "ABCDE", "99213X", "W")),
          );
          break;
        case "icd10-list":
          options.push(
            good(fc.constantFrom("I10", "E11.9, Z00.00", "S72.001A;M54.50")),
            bad(fc.constantFrom("123", "I10, 9", "E11..9")),
          );
          break;
        case "modifier":
          options.push(good(fc.constantFrom("25", "LT")), bad(fc.constantFrom("255", "L", "L-T")));
          break;
        case "modifier-list":
          options.push(
            good(fc.constantFrom("25", "25,59", "LT RT")),
            bad(fc.constantFrom("255", "25,59,LT,RT,GT", "X")),
          );
          break;
        case "carc":
          options.push(good(fc.constantFrom("45", "2", "A1", 197)), bad(fc.constantFrom("4500", "0", "AB1")));
          break;
        case "group":
          options.push(good(fc.constantFrom("CO", "pr")), bad(fc.constantFrom("XX", "C0")));
          break;
        case "weekdays":
          options.push(
            good(fc.constantFrom("Mon-Fri", "Mon,Tue", "monday; thursday")),
            bad(fc.constantFrom("Funday", "Mon,Xyz", "Mon--Fri")),
          );
          break;
      }
      break;
  }
  return fc.oneof(...options);
}

function tableArb(name: TableName): fc.Arbitrary<Cell[][]> {
  const columns = CATALOG[name].columns;
  return fc.array(fc.tuple(...columns.map(cellArb)), { maxLength: 4 });
}

const workbookArb = fc.record(
  Object.fromEntries(TABLE_NAMES.map((n) => [n, tableArb(n)])) as Record<TableName, fc.Arbitrary<Cell[][]>>,
);

describe("validation never crashes on bad input", () => {
  it("reports every bad cell with its row and column, and nothing outside the tables", () => {
    fc.assert(
      fc.property(workbookArb, (tables) => {
        const workbook: RawWorkbook = {};
        for (const name of TABLE_NAMES) {
          workbook[name] = {
            headers: CATALOG[name].columns.map((c) => c.header),
            rows: tables[name].map((row) => row.map((c) => c.value)),
          };
        }
        const findings = validateWorkbook(workbook, { asOf: AS_OF });
        const flagged = new Set(findings.map((f) => `${f.table}|${f.rowIndex}|${f.columnIndex}`));
        for (const name of TABLE_NAMES) {
          const columns: readonly ColumnSpec[] = CATALOG[name].columns;
          tables[name].forEach((row, r) => {
            // A row whose input cells are all empty is an unused table row, not a mistake.
            const blankRow = row.every((c, i) => c.value === "" || columns[i]?.formula !== undefined);
            if (blankRow) return;
            row.forEach((cell, c) => {
              if (cell.bad && !flagged.has(`${name}|${r}|${c}`)) {
                throw new Error(
                  `${name} row ${r} ${columns[c]?.header}: ${JSON.stringify(String(cell.value).slice(0, 40))} was not reported`,
                );
              }
            });
          });
        }
        for (const f of findings) {
          const rows = tables[f.table].length;
          expect(f.rowIndex).toBeGreaterThanOrEqual(0);
          expect(f.rowIndex).toBeLessThan(rows);
          expect(f.header).toBe(CATALOG[f.table].columns[f.columnIndex]?.header);
          expect(f.message.length).toBeLessThan(400);
        }
      }),
      { numRuns: 60 },
    );
  });
});
