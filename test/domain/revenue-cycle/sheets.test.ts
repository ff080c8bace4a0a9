import { patientBalances } from "../../../src/domain/revenue-cycle/patient-balances";
import { SUMMARIES, rowsOf, type SheetModel, type SummaryInput } from "../../../src/domain/summaries";
import { AS_OF, d, revenueTables } from "./fixture";

const input = (): SummaryInput => ({ tables: revenueTables(), asOf: AS_OF, bucketDays: [30, 60, 90, 120] });
const sheet = (id: string): SheetModel => {
  const s = SUMMARIES.find((x) => x.id === id);
  if (!s) throw new Error(`no ${id}`);
  return s.build(input());
};
const sumFormula: unknown = expect.stringMatching(/^=SUM\(/);
const text = (v: unknown) => (typeof v === "string" ? v : "");
const rowStarting = (m: SheetModel, first: unknown) => m.cells.find((r) => r[0] === first) ?? [];

describe("patient balances", () => {
  it("sums what each patient owes per age bucket, with the last patient payment", () => {
    const t = revenueTables();
    const list = patientBalances(
      rowsOf(t, "Claims"),
      rowsOf(t, "Payments"),
      rowsOf(t, "Payers"),
      AS_OF,
      [30, 60, 90, 120],
    );
    expect(list).toEqual([
      // C13: 100 - 50 - 20 = 30 left, all Patient Responsibility; 40 days old. 30 beyond 0-30 sorts first.
      {
        patientRef: "MRN-C13",
        buckets: [0, 30, 0, 0, 0],
        total: 30,
        lastPaymentOn: null,
        lastPaymentAmount: null,
        claims: ["C13"],
      },
      // C10: 200 - 120 - 40 = 40, less the patient's 15 = 25, 121 days old; C14 (Self-Pay) 60 - 20 = 40, 10 days old
      {
        patientRef: "MRN-C10",
        buckets: [40, 0, 0, 0, 25],
        total: 65,
        lastPaymentOn: d(2026, 1, 5),
        lastPaymentAmount: 15,
        claims: ["C10", "C14"],
      },
    ]);
  });

  it("lays them out with native total formulas", () => {
    const m = sheet("patientBalances");
    expect(rowStarting(m, "MRN-C10").slice(1, 6)).toEqual([40, 0, 0, 0, 25]);
    expect(rowStarting(m, "MRN-C10")[6]).toMatchObject({ formula: sumFormula });
    expect(rowStarting(m, "MRN-C10")[9]).toBe("C10, C14");
    expect(rowStarting(m, "Total")[1]).toMatchObject({ formula: sumFormula });
  });
});

describe("Work Queue sheet", () => {
  it("shows each group with its count and balance, then its claims", () => {
    const m = sheet("workQueue");
    const denied = m.cells.findIndex((r) => text(r[0]).startsWith("Denied: appeal or write off"));
    expect(m.cells[denied]?.[0]).toBe("Denied: appeal or write off by the appeal deadline (3)");
    expect(m.cells[denied]?.[3]).toBe(1000); // 300 + 200 + 500
    expect(m.cells[denied + 1]?.slice(0, 7)).toEqual([
      "C12",
      "MRN-C12",
      "Aetna",
      300,
      "CO-16 missing information",
      d(2026, 3, 20),
      18, // 2026-03-20 - 2026-03-02
    ]);
    expect(m.conditionalFormats[0]?.formula).toMatch(/^=AND\(ISNUMBER\(\$G\d+\),\$G\d+<=7\)$/);
  });
});

describe("Unbilled Visits sheet", () => {
  it("says so when every kept visit has a claim", () => {
    const m = sheet("unbilledVisits");
    expect(m.cells.some((r) => text(r[0]).startsWith("Every kept visit up to 2026-02-27 has a claim"))).toBe(
      true,
    );
  });
});
