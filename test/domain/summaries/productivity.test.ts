import { computeProductivity, totalOf } from "../../../src/domain/summaries/figures/productivity";
import { productivitySheet } from "../../../src/domain/summaries/sheets/productivity";
import { d } from "./fixtures";
import { productivityInput } from "./productivity-fixture";

describe("Productivity figures (hand-computed fixture)", () => {
  const f = computeProductivity(productivityInput());
  const provider = (id: string) => {
    const p = f.providers.find((x) => x.providerId === id);
    if (!p) throw new Error(`no ${id}`);
    return p;
  };
  const sum = (id: string, figure: Parameters<typeof totalOf>[1]) => totalOf(provider(id).months, figure);

  it("covers the 12 months ending with the as-of month", () => {
    expect(f.months[0]).toBe(d(2025, 4, 1));
    expect(f.months[11]).toBe(d(2026, 3, 1));
  });

  it("counts completed visits and new patients per provider (no-shows and older visits left out)", () => {
    expect([sum("P1", "visits"), sum("P2", "visits")]).toEqual([2, 1]);
    expect([sum("P1", "newPatients"), sum("P2", "newPatients")]).toEqual([1, 0]);
    expect(provider("P2").months[10]?.visits).toBe(1); // February 2026
  });

  it("adds charges by service date", () => {
    expect(sum("P1", "charges")).toBe(350);
    expect(sum("P2", "charges")).toBe(380);
  });

  it("work RVUs: work RVU x units, the modifier's own row when it has one, the service year's values", () => {
    // P1: 1.3 + 0.22 + 1.92 x 2; P2: 1.3 + 0.5 (Feb 2026) + 1.2 (Dec 2025, 2025 row).
    expect(sum("P1", "wrvu")).toBeCloseTo(5.36, 10);
    expect(sum("P2", "wrvu")).toBeCloseTo(3.0, 10);
    expect(provider("P2").months[8]?.wrvu).toBeCloseTo(1.2, 10); // December 2025
  });

  it("collections follow the claim's provider; a payment with no claim is kept as not attributed", () => {
    expect(sum("P1", "collections")).toBe(280); // 120 + 100 + 60 (April 2025, for an older claim)
    expect(sum("P2", "collections")).toBe(280); // 250 + the patient's 30
    expect(f.unattributed.reduce((a, v) => a + v, 0)).toBe(40);
    expect(f.unattributed[9]).toBe(40); // January 2026
  });

  it("names what it could not count instead of dropping it", () => {
    expect(f.gaps.linesWithoutRvu).toBe(1);
    expect([...f.gaps.missingCodes]).toEqual([["99215 (2025)", 1]]);
    expect(f.gaps.linesWithoutClaim).toBe(1);
    expect(f.gaps.paymentsWithoutProvider).toBe(1);
    expect(f.gaps.amountWithoutProvider).toBe(40);
  });

  it("operating expenses per month for cost per wRVU", () => {
    expect(f.expenses[11]).toBe(1000);
    expect(f.expenses[10]).toBe(500);
    expect(f.expenses.reduce((a, v) => a + v, 0)).toBe(1500);
  });

  it("payer mix by the claim's payer type; unknown payers are shown, not dropped", () => {
    expect(f.payerMix).toEqual([
      { payerType: "Commercial", visits: 2, charges: 450, collections: 420 },
      { payerType: "Medicare", visits: 1, charges: 200, collections: 180 },
      { payerType: "(payer not in Payers)", visits: 1, charges: 80, collections: 0 },
    ]);
  });
});

describe("Productivity sheet", () => {
  const model = productivitySheet(productivityInput());
  const texts = model.cells.flatMap((r) => r.filter((c): c is string => typeof c === "string"));

  it("holds values and native formulas only, never PM. functions", () => {
    const formulas = model.cells.flatMap((r) =>
      r.filter((c): c is { formula: string } => typeof c === "object" && c !== null).map((c) => c.formula),
    );
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.some((x) => /PM\./i.test(x))).toBe(false);
  });

  it("says which lines and payments were left out or not attributed", () => {
    expect(texts).toContain(
      "1 claim line left out of Work RVUs (no RVU for the service year): 99215 (2025) x1. Import that year's RVU file or add the rows to the RVU table.",
    );
    expect(texts.some((t) => /^1 claim line left out: the Claim ID is not in Claims/.test(t))).toBe(true);
    expect(
      texts.some((t) =>
        /^1 payment \(\$40\.00\) with no claim in Claims: counted in Collections as "Not attributed"/.test(t),
      ),
    ).toBe(true);
  });

  it("has a wRVU chart and a payer mix chart over its own chart data", () => {
    expect(model.charts.map((c) => c.title)).toEqual([
      "Work RVUs by provider, last 12 months",
      "Payer mix: share of visits, charges and collections",
    ]);
  });

  it("warns when the RVU table is empty instead of showing silent zeros", () => {
    const input = productivityInput();
    const empty = productivitySheet({ ...input, tables: { ...input.tables, RVU: [] } });
    expect(empty.cells.flat()).toContain(
      "The RVU table is empty: Work RVUs show 0. Use Import RVU file in the pane (CMS's PPRRVU file).",
    );
  });
});
