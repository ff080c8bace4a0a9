/**
 * What a practice manager saw wrong on the generated sheets (sample practice in the standalone app),
 * each pinned by a test: denials counted as contractual adjustments, a half-finished month counted in
 * budget year to date, garbled notes, "1 rows", columns too narrow for their contents, and so on.
 */
import { SUMMARIES, type ModelCell, type SheetModel } from "../../../src/domain/summaries";
import { describeSources, SheetBuilder } from "../../../src/domain/summaries/builder";
import { computeBudget } from "../../../src/domain/summaries/figures/budget";
import { computeDashboard } from "../../../src/domain/summaries/figures/dashboard";
import { computeCompliance } from "../../../src/domain/summaries/sheets/compliance";
import { withTables } from "../../../src/domain/summaries/inputs";
import { AS_OF, d, practiceInput, practiceTables, rows } from "./fixtures";

const sheet = (name: string, input = practiceInput()): SheetModel => {
  const summary = SUMMARIES.find((s) => s.name === name);
  if (!summary) throw new Error(`no summary ${name}`);
  return summary.build(input);
};
const rowStarting = (model: SheetModel, label: string): readonly ModelCell[] => {
  const found = model.cells.find((r) => r[0] === label);
  if (!found) throw new Error(`${model.name}: no row "${label}"`);
  return found;
};
const texts = (model: SheetModel): string[] =>
  model.cells.flatMap((r) => r.filter((c): c is string => typeof c === "string"));

describe("contractual adjustments leave denials out", () => {
  it("counts CO-45, CO-253 and a CO without reason, not CO-16 or CO-97 (denials) or PR", () => {
    const payment = (id: string, group: string, reason: string | null, amount: number) => ({
      paymentId: id,
      claimId: "C1",
      payerId: "AET",
      receivedOn: d(2026, 3, 10),
      amount: 0,
      source: "ERA",
      adjustmentGroup: group,
      adjustmentReason: reason,
      adjustmentAmount: amount,
    });
    const tables = withTables({
      Claims: rows("Claims", [{ claimId: "C1", serviceDate: d(2026, 3, 2), totalCharge: 1000 }]),
      Payments: rows("Payments", [
        payment("X1", "CO", "45", 300),
        payment("X2", "CO", "253", 7),
        payment("X3", "CO", null, 20),
        payment("X4", "CO", "16", 1000),
        payment("X5", "CO", "97", 50),
        payment("X6", "PR", "2", 40),
      ]),
    });
    const f = computeDashboard({ tables, asOf: AS_OF, bucketDays: [30, 60, 90, 120] });
    expect(f.thisMonth.contractualAdjustments).toBe(327); // 300 + 7 + 20
    // Days in A/R uses the same adjusted charges: 1000 - 327 over the last 90 days.
    expect(f.adjustedChargesWindow).toBe(673);
  });
});

describe("denial rate counts claims denied at least once", () => {
  it("a denial the billers fixed (paid later, reason kept) still counts; claims not yet answered do not", () => {
    const claim = (id: string, status: string, denialReason: string | null = null) => ({
      claimId: id,
      serviceDate: d(2026, 3, 2),
      totalCharge: 100,
      status,
      denialReason,
    });
    const tables = withTables({
      Claims: rows("Claims", [
        claim("C1", "Paid"),
        claim("C2", "Paid", "CO-16 Claim lacks information (corrected and paid)"),
        claim("C3", "Denied", "CO-50 Not deemed a medical necessity"),
        claim("C4", "Closed", "CO-29 Time limit for filing has expired"),
        claim("C5", "Accepted"),
      ]),
    });
    const f = computeDashboard({ tables, asOf: AS_OF, bucketDays: [30, 60, 90, 120] });
    // C2, C3 and C4 of the four adjudicated claims (C5 is still with the payer).
    expect(f.thisMonth.denialRate).toBe(0.75);
  });
});

describe("budget year to date compares complete months", () => {
  it("in January, with no complete month yet, it is January so far against January's budget", () => {
    const f = computeBudget(practiceInput({ asOf: d(2026, 1, 20) }));
    expect(f.throughMonth).toBe(d(2026, 1, 1));
    expect(f.throughIsPartial).toBe(true);
    expect(f.accounts[0]).toMatchObject({ account: "Rent", budgetYtd: 1000, actualYtd: 1000 });
    expect(sheet("Budget vs Actual", practiceInput({ asOf: d(2026, 1, 20) })).cells).toContainEqual(
      expect.arrayContaining(["Year to date by account (Jan 2026, month to date)"]),
    );
  });

  it("a workbook started in September forecasts from September's pace, not from an empty January", () => {
    const tables = withTables({
      Budget: rows(
        "Budget",
        [9, 10, 11, 12].map((m) => ({ account: "Rent", month: d(2026, m, 1), amount: 1000 })),
      ),
      Expenses: rows(
        "Expenses",
        [9, 10, 11].map((m) => ({ account: "Rent", date: d(2026, m, 1), amount: 1000 })),
      ),
    });
    const f = computeBudget({ tables, asOf: d(2026, 11, 15), bucketDays: [30, 60, 90, 120] });
    // 3000 spent over September 1 - November 15 (30 + 31 + 15 = 76 days); September 1 to December 31
    // is 122 days. Counted from January 1 it would be 3000 / 319 x 365 = 3433, far below the 4000 budget.
    expect(f.accounts[0]?.forecast).toBeCloseTo((3000 / 76) * 122, 6);
    expect(f.accounts[0]?.fullYearBudget).toBe(4000);
  });

  it("says which months on the sheet and on the dashboard", () => {
    expect(sheet("Budget vs Actual").cells).toContainEqual(
      expect.arrayContaining(["Year to date by account (Jan-Feb 2026, complete months)"]),
    );
    const dashboard = sheet("Dashboard");
    expect(rowStarting(dashboard, "Budget, Jan-Feb 2026")[3]).toBe(2000);
    expect(rowStarting(dashboard, "Spent, Jan-Feb 2026")[3]).toBe(2000);
    expect(texts(dashboard)).toContain("Budget variance, Jan-Feb 2026");
  });

  it("the by-month total puts the year's budget next to the spending so far, without a variance", () => {
    const model = sheet("Budget vs Actual");
    // Rent: 4 x 1000 budgeted (January to April), 1000 + 1000 + 1100 spent by 15 March.
    const year = rowStarting(model, "Year (spent so far)");
    expect(year.slice(3, 5)).toEqual([null, null]);
    expect((year[1] as { formula: string }).formula).toMatch(/^=SUM\(B\d+:B\d+\)$/);
    const onDecember31 = sheet("Budget vs Actual", practiceInput({ asOf: d(2026, 12, 31) + 0.5 }));
    expect((rowStarting(onDecember31, "Year")[3] as { formula: string }).formula).toMatch(/^=C\d+-B\d+$/);
  });

  it("lists only account-months with a budget or expenses, and says so", () => {
    const model = sheet("Budget vs Actual");
    const header = model.cells.findIndex((r) => r[0] === "Account" && r[1] === "Month");
    const listed = model.cells.slice(header + 1).filter((r) => r[0] === "Rent");
    // Rent is budgeted January to April (1000 each) and nothing after: four rows, not twelve.
    expect(listed.map((r) => r[1])).toEqual([d(2026, 1, 1), d(2026, 2, 1), d(2026, 3, 1), d(2026, 4, 1)]);
    expect(texts(model)).toContain("Months with neither a budget nor expenses are left out.");
    expect(texts(model)).toContain(
      "2026-03 holds the expenses entered up to 2026-03-15: the month is not over.",
    );
  });
});

describe("labels and notes read as sentences", () => {
  it("says 1 row, not 1 rows", () => {
    expect(
      describeSources([
        { table: "Campaigns", rows: 1 },
        { table: "Claims", rows: 1234 },
        { table: "Payers", rows: null },
      ]),
    ).toBe("Campaigns: 1 row; Claims: 1,234 rows; Payers: table not found");
  });

  it("Marketing explains New Patients in one sentence", () => {
    expect(texts(sheet("Marketing"))).toContain(
      "New Patients: patients whose first kept New Patient appointment (any date) has the campaign's Name or Campaign ID as Referral Source.",
    );
  });

  it("Contract Renewals says the notice date is the last day to give notice", () => {
    const notes = texts(sheet("Contract Renewals"));
    expect(notes).toContain(
      "Notice Date = End Date - Notice (days): the last day to give notice. Days to Notice below 0 = that day has passed.",
    );
    expect(notes.some((t) => /give notice or let it renew/.test(t))).toBe(false);
  });

  it("the dashboard's referral table gives the campaign's ID instead of repeating its name", () => {
    const model = sheet("Dashboard");
    const header = model.cells.find((r) => r[0] === "Referral source");
    expect(header?.[4]).toBe("Campaign ID");
    expect(rowStarting(model, "Spring Ads")[4]).toBe("CMP1");
  });
});

describe("Compliance lists what to act on first", () => {
  it("records requests show Days Left (negative when overdue), highlighted below 0", () => {
    const model = sheet("Compliance");
    const header = model.cells.find((r) => r[0] === "Request ID");
    expect(header?.[5]).toBe("Days Left");
    // R1 was due 2026-03-03: 12 days past due; R2 is due on the 20th: 5 days left.
    expect(rowStarting(model, "R1")[5]).toBe(-12);
    expect(rowStarting(model, "R2")[5]).toBe(5);
    expect(model.conditionalFormats.find((c) => c.meaning === "overdue request")?.formula).toMatch(/<0$/);
  });

  it("training: the longest expired first, then the soonest to expire", () => {
    const tables = practiceTables();
    const f = computeCompliance(
      practiceInput({
        tables: {
          ...tables,
          Training: rows("Training", [
            { staffId: "S1", course: "A", expiresOn: d(2026, 4, 1), required: "Yes" },
            { staffId: "S3", course: "B", expiresOn: d(2026, 3, 1), required: "Yes" },
            { staffId: "S1", course: "C", expiresOn: d(2026, 2, 1), required: "Yes" },
          ]),
        },
      }),
    );
    // Sorted by name it would be Alma's B, then Beth's C and A.
    expect(f.training.map((t) => [t.course, t.daysLeft])).toEqual([
      ["C", -42],
      ["B", -14],
      ["A", 17],
    ]);
  });
});

describe("column widths fit what the columns hold", () => {
  it("a table column is as wide as its longest value or header (up to 40 characters)", () => {
    const b = new SheetBuilder({ id: "reorderList", name: "T", title: "T" }, AS_OF, []);
    const t = b.table([
      { header: "Vendor", width: 10 },
      { header: "Estimated Cost", format: "currency" },
      { header: "Days" },
    ]);
    t.add(["Adventure Works Office Supply", 123456789.5, 3]);
    t.add([`${"x".repeat(60)}`, null, null], "note"); // notes run on into the empty cells
    t.add(["Total", null, 123456789], "total"); // a total's number must fit too
    t.end();
    const widths = b.build().columnWidths;
    expect(widths[0]).toBe("Adventure Works Office Supply".length + 2); // 31
    expect(widths[1]).toBe("$123,456,789.50".length + 2); // 17, wider than the header (14 + 2)
    expect(widths[2]).toBe(11); // "123456789" + 2; "Days" and 3 alone fit the default 10
  });
});

describe("Schedule Summary, next 7 days", () => {
  it("adds an All providers row and marks days off in grey, right-aligned", () => {
    const model = sheet("Schedule Summary");
    const header = model.cells.findIndex((r) => r[0] === "Provider" && r[1] === "Sun 03-15");
    expect(header).toBeGreaterThan(0);
    const totals = model.cells.slice(header + 1).find((r) => r[0] === "All providers");
    expect((totals?.[1] as { formula?: string } | undefined)?.formula).toMatch(/^=SUM\(B/);
    // P1 works Mon/Wed/Fri: Sunday the 15th is off, and so is the practice as a whole.
    const load = model.cells.findIndex(
      (r, i) => i > header + 2 && r[0] === "Provider" && r[1] === "Sun 03-15",
    );
    expect(model.cells[load + 1]?.[1]).toBe("off");
    expect(model.styles).toContainEqual({
      rect: { row: load + 1, col: 1, rows: 1, cols: 1 },
      style: "muted",
    });
  });
});

describe("Reorder List and Marketing", () => {
  it("the expiring lots line up with the list above: Vendor, Item ID, Item", () => {
    const model = sheet("Reorder List");
    const header = model.cells.find((r) => r[0] === "Vendor" && r[3] === "Lot");
    expect(header?.slice(0, 3)).toEqual(["Vendor", "Item ID", "Item"]);
    // I5 expired (no vendor on the item), then I3 (expires in 15 days).
    const first = model.cells.indexOf(header!) + 1;
    expect(model.cells[first]?.slice(0, 3)).toEqual(["(no vendor)", "I5", "Tetanus vaccine"]);
    expect(model.cells[first + 1]?.[1]).toBe("I3");
    expect(model.conditionalFormats.find((c) => c.meaning === "expired lot")?.formula).toBe(
      `=$F${first + 1}<0`,
    );
  });

  it("highlights a campaign that spent more than its budget", () => {
    const model = sheet("Marketing");
    const rule = model.conditionalFormats.find((c) => c.meaning === "over budget");
    expect(rule?.rect.col).toBe(7); // Spend vs Budget
    expect(rule?.formula).toMatch(/^=AND\(ISNUMBER\(H\d+\),H\d+>1\)$/);
  });
});
