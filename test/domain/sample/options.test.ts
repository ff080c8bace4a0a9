import { TABLE_NAMES, TABLE_SPECS } from "../../../src/domain/catalog";
import { serialFromYmd } from "../../../src/domain/dates/excel-dates";
import { generatePractice } from "../../../src/domain/sample";
import { cellProblems, table } from "./sample-helpers";

describe("generatePractice options", () => {
  it("gives the same practice for the same seed and a different one for another seed", () => {
    const a = generatePractice({ seed: 7, months: 2 });
    const b = generatePractice({ seed: 7, months: 2 });
    const c = generatePractice({ seed: 8, months: 2 });
    expect(b).toEqual(a);
    expect(c.Appointments.rows).not.toEqual(a.Appointments.rows);
    expect(c.Providers.rows).not.toEqual(a.Providers.rows);
  }, 30_000);

  it("ends the history at asOf: nothing has happened after it", () => {
    const asOf = serialFromYmd(2024, 11, 20);
    const d = generatePractice({ asOf, months: 3 });
    const appts = table(d, "Appointments");
    const past = appts.rows.filter((r) => appts.num(r, "Date") > asOf).map((r) => appts.value(r, "Status"));
    expect(past.filter((s) => s === "Completed" || s === "No Show")).toEqual([]);
    expect(Math.min(...appts.column("Date").map(Number))).toBeGreaterThanOrEqual(serialFromYmd(2024, 9, 1));
    expect(Math.max(...table(d, "Claims").column("Service Date").map(Number))).toBeLessThanOrEqual(asOf);
    expect(Math.max(...table(d, "Payments").column("Received On").map(Number))).toBeLessThanOrEqual(asOf);
    expect(Math.max(...table(d, "Expenses").column("Date").map(Number))).toBeLessThanOrEqual(asOf);
    // 12 accounts x (September to November, and December: the budget covers the whole year).
    expect(table(d, "Budget").rows).toHaveLength(12 * 4);
  }, 30_000);

  it("scales with providers and months", () => {
    const small = generatePractice({ providers: 2, months: 3 });
    const large = generatePractice({ providers: 8, months: 3 });
    expect(small.Providers.rows).toHaveLength(2);
    expect(large.Providers.rows).toHaveLength(8);
    expect(large.Appointments.rows.length / small.Appointments.rows.length).toBeGreaterThan(3);
    expect(large.Staff.rows.length).toBeGreaterThan(small.Staff.rows.length);
  }, 30_000);

  it("stays catalog-valid and consistent for a one-provider, one-month practice, planted errors included", () => {
    const tiny = generatePractice({ providers: 1, months: 1, seed: 3 });
    expect(cellProblems(tiny)).toEqual([]);
    for (const name of TABLE_NAMES)
      expect(tiny[name].headers.length).toBe(TABLE_SPECS.find((s) => s.name === name)?.columns.length);
    const planted = generatePractice({ providers: 1, months: 1, seed: 3, plantErrors: true });
    const reported = new Set(planted.plantedErrors.map((e) => `${e.table}:${e.rowIndex}:${e.header}`));
    expect(cellProblems(planted).filter((p) => !reported.has(`${p.table}:${p.row}:${p.header}`))).toEqual([]);
    expect(planted.plantedErrors.length).toBeGreaterThanOrEqual(15);
  }, 30_000);

  it("aims for a claim-line target", () => {
    const d = generatePractice({ claimLines: 6_000 });
    expect(d.ClaimLines.rows.length).toBeGreaterThan(5_100);
    expect(d.ClaimLines.rows.length).toBeLessThan(6_900);
  }, 30_000);

  it("refuses sizes that make no sense", () => {
    expect(() => generatePractice({ months: 0 })).toThrow(RangeError);
    expect(() => generatePractice({ providers: -1 })).toThrow(/providers must be at least 1/);
    expect(() => generatePractice({ claimLines: Number.NaN })).toThrow(RangeError);
  });
});
