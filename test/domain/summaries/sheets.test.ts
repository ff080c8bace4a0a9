import { computeAging } from "../../../src/domain/summaries/figures/aging";
import { computeBudget } from "../../../src/domain/summaries/figures/budget";
import { computeScheduleSummary } from "../../../src/domain/summaries/figures/schedule-summary";
import { renewals } from "../../../src/domain/summaries/figures/contracts";
import { draftPurchaseOrders, purchaseOrderRows } from "../../../src/domain/summaries/purchase-orders";
import { computeReorder } from "../../../src/domain/summaries/sheets/reorder-list";
import { computeCompliance } from "../../../src/domain/summaries/sheets/compliance";
import { computeMarketing } from "../../../src/domain/summaries/sheets/marketing";
import { AS_OF, d, practiceInput, practiceTables } from "./fixtures";

describe("A/R aging", () => {
  it("splits open balances by payer and bucket into Due Insurance and Due Patient", () => {
    const f = computeAging(practiceInput());
    expect(f.labels).toEqual(["0-30", "31-60", "61-90", "91-120", "120+"]);
    // C2 Aetna 300 at 33 days; C3 Medicare 100 at 134 days; C1's 25 left is the patient's; C5 is self-pay.
    expect(f.payers).toEqual([
      { payerId: "AET", payer: "Aetna", buckets: [0, 300, 0, 0, 0], total: 300 },
      { payerId: "MCR", payer: "Medicare", buckets: [0, 0, 0, 0, 100], total: 100 },
    ]);
    expect(f.duePatient).toEqual([105, 0, 0, 0, 0]);
    expect(f.dueInsurance).toEqual([0, 300, 0, 0, 100]);
    expect(f.total).toEqual([105, 300, 0, 0, 100]);
    expect(f.grandTotal).toBe(505);
    expect(f.oldest.map((c) => c.claim.claimId)).toEqual(["C3", "C2", "C1", "C5"]);
    expect(f.oldest[0]?.ageDays).toBe(134);
  });

  it("uses the workbook's buckets", () => {
    const f = computeAging(practiceInput({ bucketDays: [60, 120] }));
    expect(f.labels).toEqual(["0-60", "61-120", "120+"]);
    expect(f.total).toEqual([405, 0, 100]);
  });

  it("an empty Claims table has no A/R", () => {
    const f = computeAging(practiceInput({ tables: { ...practiceTables(), Claims: [] } }));
    expect(f.grandTotal).toBe(0);
    expect(f.payers).toEqual([]);
    expect(f.oldest).toEqual([]);
  });
});

describe("budget vs actual", () => {
  const f = computeBudget(practiceInput());

  it("gives every month's budget and the actuals up to this month", () => {
    expect(f.year).toBe(2026);
    expect(f.currentMonth).toBe(d(2026, 3, 1));
    expect(f.throughMonth).toBe(d(2026, 2, 1)); // the last complete month
    expect(f.throughIsPartial).toBe(false);
    const rent = f.accounts[0];
    expect(rent?.account).toBe("Rent");
    expect(rent?.months.slice(0, 5).map((m) => [m.budget, m.actual])).toEqual([
      [1000, 1000],
      [1000, 1000], // the expense was typed "rent": accounts match regardless of case
      [1000, 1100],
      [1000, null],
      [0, null],
    ]);
  });

  it("YTD over the complete months and the full-year forecast at run rate", () => {
    const rent = f.accounts[0];
    // January and February: 2 x 1000 budgeted, 1000 + 1000 spent (March's 1100 is in a month not over).
    expect(rent?.budgetYtd).toBe(2000);
    expect(rent?.actualYtd).toBe(2000);
    expect(rent?.fullYearBudget).toBe(4000);
    // 3100 spent over 74 days (Jan 31 + Feb 28 + 15) -> x 365.
    expect(rent?.forecast).toBeCloseTo((3100 / 74) * 365, 6);
  });

  it("no budget and no expenses: no accounts", () => {
    expect(
      computeBudget(practiceInput({ tables: { ...practiceTables(), Budget: [], Expenses: [] } })).accounts,
    ).toEqual([]);
  });
});

describe("schedule summary", () => {
  const f = computeScheduleSummary(practiceInput());
  const p1 = f.providers.find((p) => p.providerId === "P1");

  it("shows 13 Monday-to-Sunday weeks ending with the as-of week, active providers only", () => {
    expect(f.weekStarts).toHaveLength(13);
    expect(f.weekStarts[12]).toBe(d(2026, 3, 9));
    expect(f.weekStarts[0]).toBe(d(2025, 12, 15));
    expect(f.providers.map((p) => p.providerId)).toEqual(["P1"]);
  });

  it("weekly available and booked time and outcomes", () => {
    const week2 = p1?.weeks[11]; // week of 2026-03-02
    expect(week2).toMatchObject({ weekStart: d(2026, 3, 2), availableMinutes: 720, bookedMinutes: 60 });
    expect(week2).toMatchObject({ cameDue: 2, completed: 1, noShows: 1 });
    const week3 = p1?.weeks[12]; // week of 2026-03-09: A8 on Tuesday (not a work day); A7 is next week
    expect(week3).toMatchObject({ availableMinutes: 720, bookedMinutes: 30, completed: 1, cameDue: 1 });
  });

  it("the next 7 days from today", () => {
    expect(f.days[0]).toBe(d(2026, 3, 15));
    // A7: Friday 2026-03-20, 30 of 240 minutes.
    expect(p1?.next7[5]).toEqual({
      day: d(2026, 3, 20),
      appointments: 1,
      bookedMinutes: 30,
      availableMinutes: 240,
    });
    expect(p1?.next7[0]).toEqual({
      day: d(2026, 3, 15),
      appointments: 0,
      bookedMinutes: 0,
      availableMinutes: 0,
    });
  });
});

describe("reorder list and draft purchase orders", () => {
  const f = computeReorder(practiceInput());

  it("lists items at or below their reorder point with par - on hand - on order", () => {
    expect(f.lines.map((l) => [l.itemId, l.vendorName, l.onOrder, l.suggested, l.estimatedCost])).toEqual([
      ["I2", "Acme Medical", 0, 18, 63], // 20 - 2; 18 x 3.50
      ["I1", "Acme Medical", 10, 15, 30], // 30 - 5 - 10 on order; 15 x 2.00
      ["I4", "(no vendor)", 0, 10, null],
    ]);
  });

  it("lists lots expired or expiring within 30 days", () => {
    expect(f.lots.map((l) => [l.item.itemId, l.daysLeft])).toEqual([
      ["I5", -14],
      ["I3", 15],
    ]);
  });

  it("drafts one PO per vendor with a fresh number, skipping items without vendor", () => {
    const draft = draftPurchaseOrders(f.lines, ["PO-20260315-01", "PO-0007"], AS_OF);
    expect(draft.orders).toEqual([
      {
        poNumber: "PO-20260315-02",
        vendorId: "V1",
        vendorName: "Acme Medical",
        lines: [
          { itemId: "I2", itemName: "Alcohol pads", quantity: 18, unitCost: 3.5 },
          { itemId: "I1", itemName: "Gauze", quantity: 15, unitCost: 2 },
        ],
        estimatedTotal: 93,
      },
    ]);
    expect(draft.skipped).toEqual([{ itemId: "I4", reason: "no Vendor ID in Inventory" }]);
    expect(purchaseOrderRows(draft)).toEqual([
      {
        "PO Number": "PO-20260315-02",
        "Vendor ID": "V1",
        "Item ID": "I2",
        Quantity: 18,
        "Unit Cost": 3.5,
        Status: "Draft",
      },
      {
        "PO Number": "PO-20260315-02",
        "Vendor ID": "V1",
        "Item ID": "I1",
        Quantity: 15,
        "Unit Cost": 2,
        Status: "Draft",
      },
    ]);
  });
});

describe("contract renewals", () => {
  it("live contracts ending within 180 days by notice date", () => {
    const list = renewals(practiceTables().Contracts ?? [], AS_OF);
    // K2 ends in 199 days; K4 is terminated.
    expect(list.map((r) => [r.contract.contractId, r.noticeDate, r.daysToNotice, r.phase])).toEqual([
      ["K1", d(2026, 3, 15), 0, "Notice window"],
      ["K3", d(2026, 5, 1), 47, "Active"],
    ]);
  });
});

describe("compliance", () => {
  const f = computeCompliance(practiceInput());

  it("required training of active staff expired or expiring within 60 days, latest certificate only", () => {
    expect(f.training.map((t) => [t.staff?.name, t.course, t.daysLeft, t.expired])).toEqual([
      ["Alma", "BLS/CPR", -14, true],
      ["Beth", "HIPAA Privacy", 17, false],
    ]);
  });

  it("open records requests, due 30 days after receipt when Due On is blank", () => {
    expect(f.requests.map((r) => [r.request.requestId, r.dueOn, r.daysOverdue, r.overdue])).toEqual([
      ["R1", d(2026, 3, 3), 12, true],
      ["R2", d(2026, 3, 20), -5, false],
      ["R4", d(2026, 4, 9), -25, false],
    ]);
  });
});

describe("marketing", () => {
  it("new patients per campaign", () => {
    const list = computeMarketing(practiceInput());
    expect(list.map((c) => [c.campaign.name, c.newPatients])).toEqual([
      ["Spring Ads", 1],
      ["Radio Spot", 0],
    ]);
  });
});
