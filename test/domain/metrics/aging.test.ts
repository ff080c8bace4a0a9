import { age, agingBucket, agingTable, bucketDaysProblem, bucketLabels } from "../../../src/domain/metrics";
import { serialFromYmd } from "../../../src/domain/dates/excel-dates";

const d = serialFromYmd;

describe("age", () => {
  it("counts whole days from the service date to asOf", () => {
    // 15 Jan -> 1 Mar 2026: 16 days left in January + 28 in February + 1 = 45.
    expect(age(d(2026, 1, 15), d(2026, 3, 1))).toBe(45);
  });
  it("includes 29 February in a leap year", () => {
    expect(age(d(2024, 2, 28), d(2024, 3, 1))).toBe(2);
    expect(age(d(2023, 2, 28), d(2023, 3, 1))).toBe(1);
  });
  it("ignores times of day and is negative for a future service date", () => {
    expect(age(d(2026, 1, 1) + 0.75, d(2026, 1, 2) + 0.1)).toBe(1);
    expect(age(d(2026, 1, 10), d(2026, 1, 1))).toBe(-9);
  });
});

describe("buckets", () => {
  it("labels the standard buckets", () => {
    expect(bucketLabels()).toEqual(["0-30", "31-60", "61-90", "91-120", "120+"]);
    expect(bucketLabels([15, 45])).toEqual(["0-15", "16-45", "45+"]);
  });
  it("puts each limit's own day in its bucket", () => {
    const asOf = d(2026, 6, 30);
    expect(agingBucket(asOf - 30, asOf)).toBe("0-30");
    expect(agingBucket(asOf - 31, asOf)).toBe("31-60");
    expect(agingBucket(asOf - 120, asOf)).toBe("91-120");
    expect(agingBucket(asOf - 121, asOf)).toBe("120+");
    expect(agingBucket(asOf + 5, asOf)).toBe("0-30");
    expect(agingBucket(asOf - 16, asOf, [15, 45])).toBe("16-45");
  });
  it("explains unusable limits", () => {
    expect(bucketDaysProblem([30, 60])).toBeNull();
    expect(bucketDaysProblem([])).toMatch(/at least one/);
    expect(bucketDaysProblem([30, 30])).toMatch(/increase/);
    expect(bucketDaysProblem([-1])).toMatch(/whole number/);
    expect(bucketDaysProblem([7.5])).toMatch(/whole number/);
  });
});

describe("agingTable", () => {
  const asOf = d(2026, 6, 30);
  it("sums balances per bucket with their share of the total", () => {
    const t = agingTable(
      [asOf - 10, asOf - 40, asOf - 200, null, asOf - 45],
      [100, 50, 250, null, 100],
      asOf,
    );
    // 0-30: 100; 31-60: 50 + 100; 120+: 250; total 500.
    expect(t.total).toBe(500);
    expect(t.rows).toEqual([
      { bucket: "0-30", amount: 100, count: 1, share: 0.2 },
      { bucket: "31-60", amount: 150, count: 2, share: 0.3 },
      { bucket: "61-90", amount: 0, count: 0, share: 0 },
      { bucket: "91-120", amount: 0, count: 0, share: 0 },
      { bucket: "120+", amount: 250, count: 1, share: 0.5 },
    ]);
  });
  it("has no shares when the total is 0", () => {
    const t = agingTable([asOf], [0], asOf, [30]);
    expect(t.rows.map((r) => r.share)).toEqual([null, null]);
  });
  it("refuses a balance without a date", () => {
    expect(() => agingTable([null], [5], asOf)).toThrow(/balance 1 has no service date/);
  });
});
