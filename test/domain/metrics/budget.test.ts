import {
  BudgetBook,
  budgetLines,
  expenseLines,
  prorate,
  variance,
  variancePct,
} from "../../../src/domain/metrics";
import { serialFromYmd } from "../../../src/domain/dates/excel-dates";

const d = serialFromYmd;

describe("variance and proration", () => {
  it("variance is actual minus budget", () => {
    expect(variance(1_200, 1_000)).toBe(200);
    expect(variancePct(1_200, 1_000)).toBe(0.2);
    expect(variancePct(900, 1_000)).toBe(-0.1);
    expect(variancePct(5, 0)).toBeNull();
  });
  it("prorates by days inside the month", () => {
    // 3,650 over 2026 (365 days): 10 a day; March has 31 days.
    expect(prorate(3_650, d(2026, 1, 1), d(2026, 12, 31), d(2026, 3, 15))).toBeCloseTo(310, 9);
    // Leap year 2024: 366 days; February 2024 has 29.
    expect(prorate(3_660, d(2024, 1, 1), d(2024, 12, 31), d(2024, 2, 1))).toBeCloseTo(290, 9);
    // Period 20 Jan - 9 Feb (21 days), January part 12 days.
    expect(prorate(2_100, d(2026, 1, 20), d(2026, 2, 9), d(2026, 1, 1))).toBeCloseTo(1_200, 9);
    expect(prorate(2_100, d(2026, 1, 20), d(2026, 2, 9), d(2026, 4, 1))).toBe(0);
    expect(() => prorate(1, d(2026, 2, 1), d(2026, 1, 1), d(2026, 1, 1))).toThrow(/before/);
  });
});

describe("BudgetBook", () => {
  const budget = budgetLines([
    { account: "Rent", category: "Operating", month: d(2026, 1, 1), amount: 5_000 },
    { account: "Rent", category: "Operating", month: d(2026, 2, 1), amount: 5_000 },
    { account: "Rent", category: "Operating", month: d(2026, 3, 1), amount: 5_000 },
    { account: "Supplies", category: "Operating", month: d(2026, 1, 1), amount: 800 },
    { account: "Supplies", category: "Operating", month: d(2026, 2, 14), amount: 800 }, // any day means its month
    { account: "Broken", category: null, month: null, amount: 1 },
  ]);
  const expenses = expenseLines([
    {
      date: d(2026, 1, 3),
      account: "rent ",
      vendorId: null,
      description: null,
      amount: 5_000,
      invoiceNo: null,
      paidOn: null,
    },
    {
      date: d(2026, 2, 3),
      account: "Rent",
      vendorId: null,
      description: null,
      amount: 5_100,
      invoiceNo: null,
      paidOn: null,
    },
    {
      date: d(2026, 1, 20),
      account: "Supplies",
      vendorId: null,
      description: null,
      amount: 300,
      invoiceNo: null,
      paidOn: null,
    },
    {
      date: d(2026, 1, 31),
      account: "Supplies",
      vendorId: null,
      description: null,
      amount: 450,
      invoiceNo: null,
      paidOn: null,
    },
    {
      date: d(2026, 2, 1),
      account: "Supplies",
      vendorId: null,
      description: null,
      amount: 900,
      invoiceNo: null,
      paidOn: null,
    },
    {
      date: d(2025, 12, 31),
      account: "Supplies",
      vendorId: null,
      description: null,
      amount: 70,
      invoiceNo: null,
      paidOn: null,
    },
    {
      date: d(2026, 3, 9),
      account: "Coffee",
      vendorId: null,
      description: null,
      amount: 40,
      invoiceNo: null,
      paidOn: null,
    },
  ]);
  const book = new BudgetBook(budget, expenses);

  it("reads budget and actual of a month, matching accounts in any case and spacing", () => {
    expect(book.budget("rent", d(2026, 2, 20))).toBe(5_000);
    expect(book.actual("RENT", d(2026, 2, 1))).toBe(5_100);
    expect(book.actual("Supplies", d(2026, 1, 1))).toBe(750);
    expect(book.actual("Supplies", d(2025, 12, 1))).toBe(70);
    expect(book.budget("Nope", d(2026, 1, 1))).toBe(0);
    expect(book.hasAccount("  supplies ")).toBe(true);
  });
  it("year to date through the end of the month", () => {
    expect(book.ytd("Supplies", d(2026, 2, 1), "budget")).toBe(1_600);
    expect(book.ytd("Supplies", d(2026, 2, 1), "actual")).toBe(1_650); // 300 + 450 + 900, not December's 70
    expect(book.ytd("Supplies", d(2026, 2, 1), "variance")).toBe(50);
    expect(book.ytd("Rent", d(2026, 1, 1))).toBe(5_000);
  });
  it("remaining budget for the year", () => {
    expect(book.remaining("Rent", 2026)).toBe(15_000 - 10_100);
    expect(book.remaining("Coffee", 2026)).toBe(-40);
  });
  it("forecasts spending at the run rate", () => {
    // By 31 Jan 2026 (31 days): Supplies spent 750 -> 750 / 31 * 365.
    expect(book.forecast("Supplies", 2026, d(2026, 1, 31))).toBeCloseTo((750 / 31) * 365, 9);
    // Year over: the year's actual spending.
    expect(book.forecast("Supplies", 2025, d(2026, 5, 1))).toBe(70);
    expect(book.forecast("Supplies", 2027, d(2026, 5, 1))).toBeNull();
  });
  it("reports every account active in the year", () => {
    // As of 10 Feb 2026: year to date = January + February; 41 days elapsed for the forecast.
    const rows = book.report(2026, d(2026, 2, 10));
    const forecasts = rows.map((r) => r.forecast);
    expect(rows.map((r) => ({ ...r, forecast: null }))).toEqual([
      {
        account: "Rent",
        budgetYtd: 10_000,
        actualYtd: 10_100,
        variance: 100,
        variancePct: 0.01,
        forecast: null,
      },
      {
        account: "Supplies",
        budgetYtd: 1_600,
        actualYtd: 1_650,
        variance: 50,
        variancePct: 0.03125,
        forecast: null,
      },
      // Spent only in March: listed for the year, nothing yet to date.
      { account: "Coffee", budgetYtd: 0, actualYtd: 0, variance: 0, variancePct: null, forecast: null },
    ]);
    expect(forecasts[0]).toBeCloseTo((10_100 / 41) * 365, 9);
    expect(forecasts[1]).toBeCloseTo((1_650 / 41) * 365, 9);
    expect(forecasts[2]).toBe(0);
    // A year with no activity at all, and a year not started yet.
    expect(book.report(2030, d(2030, 6, 1))).toEqual([]);
    expect(book.report(2026, d(2025, 6, 1)).map((r) => [r.budgetYtd, r.forecast])).toEqual([
      [0, null],
      [0, null],
      [0, null],
    ]);
  });
});
