import fc from "fast-check";
import { TABLE_NAMES, type CellValue, type TableName } from "../../../src/domain/catalog";
import {
  ValidationSession,
  validateWorkbook,
  type RawTable,
  type RawWorkbook,
} from "../../../src/domain/rules";
import { AS_OF, brief, d, t, toWorkbook, validPractice } from "./fixture";

/** The valid practice as mutable raw tables. */
function practiceWorkbook(): Record<TableName, { headers: string[]; rows: CellValue[][] }> {
  const wb = toWorkbook(validPractice());
  const out = {} as Record<TableName, { headers: string[]; rows: CellValue[][] }>;
  for (const name of TABLE_NAMES) {
    const table = wb[name]!;
    out[name] = { headers: [...table.headers], rows: table.rows.map((r) => [...r]) };
  }
  return out;
}

const clone = (wb: Record<TableName, { headers: string[]; rows: CellValue[][] }>): RawWorkbook =>
  Object.fromEntries(
    Object.entries(wb).map(([n, t]) => [n, { headers: [...t.headers], rows: t.rows.map((r) => [...r]) }]),
  );

describe("incremental re-checking", () => {
  it("re-checks the other appointment of a double booking and clears both once fixed", () => {
    const wb = practiceWorkbook();
    const session = new ValidationSession(wb, { asOf: AS_OF });
    expect(session.findings).toEqual([]);
    const start = wb.Appointments.headers.indexOf("Start");
    const row1 = [...wb.Appointments.rows[1]!];
    row1[start] = t("9:10");
    const update = session.editRows("Appointments", 1, [row1]);
    expect(brief(update.findings)).toEqual([
      "Appointments#0 Start schedule.provider-double-booked error",
      "Appointments#0 Room schedule.room-double-booked error",
      "Appointments#1 Start schedule.provider-double-booked error",
      "Appointments#1 Room schedule.room-double-booked error",
    ]);
    expect(update.removed).toEqual([]);
    // Only the two appointments of that provider/room and day were re-checked, not the whole workbook.
    expect([...update.scope.keys()]).toEqual(["Appointments"]);
    expect([...(update.scope.get("Appointments") as Set<number>)].sort()).toEqual([0, 1]);
    row1[start] = t("9:30");
    const fixed = session.editRows("Appointments", 1, [row1]);
    expect(fixed.findings).toEqual([]);
    expect(fixed.removed).toHaveLength(4);
  });

  it("re-checks a claim when one of its lines changes, and rows referring to a renamed ID", () => {
    const wb = practiceWorkbook();
    const session = new ValidationSession(wb, { asOf: AS_OF });
    const charge = wb.ClaimLines.headers.indexOf("Charge");
    const line = [...wb.ClaimLines.rows[1]!];
    line[charge] = 60;
    // 100 + 60 = 160 against a Total Charge of 150: the claim, not the edited line, gets the finding.
    expect(brief(session.editRows("ClaimLines", 1, [line]).findings)).toEqual([
      "Claims#0 Total Charge claims.lines-total error",
    ]);
    const provider = [...wb.Providers.rows[1]!];
    provider[0] = "P002X";
    const renamed = session.editRows("Providers", 1, [provider]);
    expect(brief(renamed.added.filter((f) => f.ruleId === "ref.exists"))).toEqual([
      "Appointments#2 Provider ID ref.exists error",
      "Claims#1 Provider ID ref.exists error",
    ]);
  });

  it("gives the same findings as validating the edited workbook from scratch, for any sequence of edits", () => {
    const base = practiceWorkbook();
    // Values that collide with other rows (IDs, times, dates) or break rules, per column header.
    const pool: Record<string, CellValue[]> = {
      "Appointment ID": ["A1", "A2", "a3"],
      Date: [d("2026-03-02"), d("2026-03-03"), "2026-03-02"],
      Start: [t("9:00"), t("9:15"), t("9:30"), t("12:50")],
      "Provider ID": ["P001", "P002", "P999", ""],
      "Payer ID": ["AETNA", "MCR", "NONE"],
      "Claim ID": ["C1", "C2", "C3"],
      Room: ["1", "2", ""],
      Status: ["Scheduled", "Canceled", "Draft", "Denied", "Paid", "Open", "Active"],
      Charge: [50, 100, 150, 200, "x"],
      "Total Charge": [150, 200, 0],
      "Timely Filing (days)": [1, 90, 365, ""],
      Line: [1, 2, 3],
      Account: ["Rent", "Travel"],
      Month: [d("2026-01-01"), d("2026-02-01")],
      "Work Days": ["Mon-Fri", "Tue", "Mon,Wed"],
      "Staff ID": ["S001", "S002"],
      "Expires On": [d("2026-02-01"), d("2026-06-01"), ""],
      "Vendor ID": ["V1", "V2"],
      "Item ID": ["I1", "I2"],
      "Person ID": ["P001", "P002", "S001", "X9"],
      Type: ["State License", "Payer Enrollment", "DEA", "Sharps Injury"],
      "Effective On": [d("2024-01-01"), d("2026-03-03"), ""],
      Breach: ["Yes", "No"],
      "Individuals Affected": [3, 600, ""],
      "Notified On": [d("2026-01-20"), ""],
    };
    const headersWithPool = (name: TableName) => base[name].headers.filter((h) => pool[h] !== undefined);
    const tables = TABLE_NAMES.filter((n) => headersWithPool(n).length > 0 && base[n].rows.length > 0);
    const editArb = fc.constantFrom(...tables).chain((table) =>
      fc.record({
        table: fc.constant(table),
        row: fc.nat({ max: base[table].rows.length - 1 }),
        header: fc.constantFrom(...headersWithPool(table)),
        pick: fc.nat(),
      }),
    );
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 8 }), (edits) => {
        const wb = clone(base) as Record<TableName, { headers: string[]; rows: CellValue[][] }>;
        const session = new ValidationSession(clone(base), { asOf: AS_OF });
        for (const e of edits) {
          const values = pool[e.header]!;
          const row = [...wb[e.table].rows[e.row]!];
          row[wb[e.table].headers.indexOf(e.header)] = values[e.pick % values.length]!;
          wb[e.table].rows[e.row] = row;
          session.editRows(e.table, e.row, [row]);
        }
        expect(session.findings).toEqual(validateWorkbook(wb, { asOf: AS_OF }));
      }),
      { numRuns: 200 },
    );
  });

  it("re-checks everything that depended on a table that was re-read with rows removed", () => {
    const wb = practiceWorkbook();
    const session = new ValidationSession(wb, { asOf: AS_OF });
    const lines: RawTable = { headers: wb.ClaimLines.headers, rows: wb.ClaimLines.rows.slice(1) };
    const update = session.replaceTable("ClaimLines", lines);
    expect(brief(update.findings)).toEqual(["Claims#0 Total Charge claims.lines-total error"]);
    expect(update.findings).toEqual(validateWorkbook({ ...wb, ClaimLines: lines }, { asOf: AS_OF }));
    const gone = session.replaceTable("Payers", null);
    const { Payers: _removed, ...withoutPayers } = wb;
    expect(gone.findings).toEqual(validateWorkbook({ ...withoutPayers, ClaimLines: lines }, { asOf: AS_OF }));
    expect(brief(gone.findings)).toEqual(["Claims#0 Total Charge claims.lines-total error"]); // no payers: nothing to check refs against
  });
});
