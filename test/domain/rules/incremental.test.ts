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

  it("gives the same findings as validating the edited workbook from scratch, for any edits, pastes and appends", () => {
    const base = practiceWorkbook();
    // Values that collide with other rows (IDs, times, dates) or break rules, per column header.
    const pool: Record<string, CellValue[]> = {
      "Appointment ID": ["A1", "A2", "a3"],
      Date: [d("2026-03-02"), d("2026-03-03"), "2026-03-02", d("2026-02-25")],
      "Duration (min)": [20, 30, 90, ""],
      "Patient Ref": ["MRN1", "mrn2", "MRN9", ""],
      "Service Date": [d("2026-02-02"), d("2026-02-25"), d("2026-03-02"), ""],
      Start: [t("9:00"), t("9:15"), t("9:30"), t("12:50")],
      "Provider ID": ["P001", "P002", "P999", ""],
      "Payer ID": ["AETNA", "MCR", "NONE"],
      "Claim ID": ["C1", "C2", "C3"],
      Room: ["1", "2", ""],
      Status: ["Scheduled", "Canceled", "Completed", "Draft", "Denied", "Paid", "Open", "Active"],
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
        // A paste over the next row too, or the edited row added again at the end (an append).
        span: fc.constantFrom(1, 1, 2),
        append: fc.constantFrom(false, false, false, true),
      }),
    );
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 8 }), (edits) => {
        const wb = clone(base) as Record<TableName, { headers: string[]; rows: CellValue[][] }>;
        const session = new ValidationSession(clone(base), { asOf: AS_OF });
        for (const e of edits) {
          const values = pool[e.header]!;
          const rows = wb[e.table].rows;
          const first = Math.min(e.row, rows.length - 1);
          const count = Math.min(e.span, rows.length - first);
          const edited = rows.slice(first, first + count).map((r, i) => {
            const row = [...r];
            row[wb[e.table].headers.indexOf(e.header)] = values[(e.pick + i) % values.length]!;
            return row;
          });
          if (e.append) {
            rows.push(...edited);
            session.appendRows(e.table, edited);
          } else {
            rows.splice(first, count, ...edited);
            session.editRows(e.table, first, edited);
          }
        }
        expect(session.findings).toEqual(validateWorkbook(wb, { asOf: AS_OF }));
      }),
      { numRuns: 200 },
    );
  });

  it("follows a claim's visit (patient, service date, provider) as it is edited, pasted over and appended", () => {
    const wb = practiceWorkbook();
    const cell = (name: TableName, row: number, header: string, value: CellValue) => {
      const edited = [...wb[name].rows[row]!];
      edited[wb[name].headers.indexOf(header)] = value;
      wb[name].rows[row] = edited;
      return edited;
    };
    // A3 becomes a completed visit of C2's patient, day and provider: billed by C2.
    cell("Appointments", 2, "Date", d("2026-02-25"));
    cell("Appointments", 2, "Patient Ref", "MRN2");
    cell("Appointments", 2, "Status", "Completed");
    const session = new ValidationSession(clone(wb), { asOf: AS_OF });
    expect(brief(session.findings)).toEqual([]);
    const unbilled = ["Appointments#2 Status appointments.unbilled warning"];
    // C2 moves to another day: the visit has no claim now.
    const moved = session.editRows("Claims", 1, [cell("Claims", 1, "Service Date", d("2026-02-26"))]);
    expect(brief(moved.findings)).toEqual(unbilled);
    // C1 (pasted over with C2's visit, in a two-row paste) bills it again.
    cell("Claims", 0, "Patient Ref", "mrn2");
    cell("Claims", 0, "Provider ID", "P002");
    cell("Claims", 0, "Payer ID", "MCR");
    const c1 = cell("Claims", 0, "Service Date", d("2026-02-25"));
    const pasted = session.editRows("Claims", 0, [c1, wb.Claims.rows[1]!]);
    expect(pasted.findings).toEqual([]);
    expect(pasted.findings).toEqual(validateWorkbook(wb, { asOf: AS_OF }));
    // C1 leaves the visit again; an appended claim for it bills it.
    expect(brief(session.editRows("Claims", 0, [cell("Claims", 0, "Patient Ref", "MRN1")]).findings)).toEqual(
      unbilled,
    );
    const added = [...wb.Claims.rows[1]!];
    added[wb.Claims.headers.indexOf("Claim ID")] = "C3";
    added[wb.Claims.headers.indexOf("Service Date")] = d("2026-02-25");
    wb.Claims.rows.push(added);
    const appended = session.appendRows("Claims", [added]);
    expect(appended.findings.filter((f) => f.ruleId === "appointments.unbilled")).toEqual([]);
    expect(appended.findings).toEqual(validateWorkbook(wb, { asOf: AS_OF }));
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
