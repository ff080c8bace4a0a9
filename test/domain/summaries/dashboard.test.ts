import { SUMMARIES } from "../../../src/domain/summaries";
import { computeDashboard } from "../../../src/domain/summaries/figures/dashboard";
import { noTables, withTables } from "../../../src/domain/summaries/inputs";
import { AS_OF, d, practiceInput, rows } from "./fixtures";

describe("dashboard figures on the hand-computed practice (as of 2026-03-15)", () => {
  const f = computeDashboard(practiceInput());

  it("uses month to date, the whole last month and year to date", () => {
    expect(f.periods.thisMonth).toMatchObject({ start: d(2026, 3, 1), end: d(2026, 3, 15) });
    expect(f.periods.lastMonth).toMatchObject({ start: d(2026, 2, 1), end: d(2026, 2, 28) });
    expect(f.periods.yearToDate).toMatchObject({ start: d(2026, 1, 1), end: d(2026, 3, 15) });
  });

  it("counts visits and no-shows by appointment date", () => {
    // March 1-15: A1 Completed, A2 No Show, A3 Canceled, A6 Late Cancel, A8 Completed (A7 is on the 20th).
    expect(f.thisMonth.visitsCompleted).toBe(2);
    expect(f.thisMonth.noShowRate).toBeCloseTo(1 / 3, 10); // 1 no-show / (2 kept + 1 no-show)
    expect(f.lastMonth.visitsCompleted).toBe(2); // A4, A5
    expect(f.lastMonth.noShowRate).toBe(0);
    expect(f.yearToDate.visitsCompleted).toBe(4);
    expect(f.yearToDate.noShowRate).toBeCloseTo(1 / 5, 10);
  });

  it("computes utilization from work days and booked minutes, from the first day on the schedule", () => {
    // P1 works Mon/Wed/Fri 8:00-12:00 = 240 min. March 2,4,6,9,11,13 = 6 days; P9 is inactive.
    expect(f.thisMonth.availableMinutes).toBe(1440);
    expect(f.thisMonth.bookedMinutes).toBe(90); // A1, A2, A8 (canceled and late-canceled slots excluded)
    expect(f.thisMonth.utilization).toBeCloseTo(0.0625, 10);
    // The schedule starts on Tuesday 2026-02-10 (A4): February counts Feb 11, 13, 16, 18, 20, 23, 25
    // and 27 = 8 work days = 1920 min, not the 12 days (2880 min) of the whole month; A4 60 + A5 30.
    expect(f.lastMonth.availableMinutes).toBe(1920);
    expect(f.lastMonth.utilization).toBeCloseTo(90 / 1920, 10);
    // January (13 work days) was before the schedule: providers were not idle, the workbook was empty.
    expect(f.yearToDate.availableMinutes).toBe(1920 + 1440);
    expect(f.yearToDate.utilization).toBeCloseTo(180 / 3360, 10);
  });

  it("computes charges, payments, contractual adjustments and the net collection rate", () => {
    expect(f.thisMonth.charges).toBe(280); // C1 200 + C5 80
    expect(f.lastMonth.charges).toBe(300); // C2
    expect(f.yearToDate.charges).toBe(730); // C1 + C2 + C4 + C5 (C3 and C6 were in 2025)
    expect(f.thisMonth.payments).toBe(115); // X1 100 + X2 15
    expect(f.lastMonth.payments).toBe(150);
    expect(f.yearToDate.payments).toBe(315);
    expect(f.thisMonth.contractualAdjustments).toBe(60);
    expect(f.yearToDate.contractualAdjustments).toBe(70);
    expect(f.thisMonth.netCollectionRate).toBeCloseTo(115 / 220, 10);
    expect(f.lastMonth.netCollectionRate).toBeCloseTo(0.5, 10);
    expect(f.yearToDate.netCollectionRate).toBeCloseTo(315 / 660, 10);
  });

  it("computes the denial rate over adjudicated claims", () => {
    expect(f.thisMonth.denialRate).toBe(0); // C1 Paid; C5 Submitted is not adjudicated
    expect(f.lastMonth.denialRate).toBe(1); // C2 Denied
    expect(f.yearToDate.denialRate).toBeCloseTo(1 / 3, 10); // Paid, Denied, Paid
  });

  it("computes A/R, aged A/R and days in A/R", () => {
    // Open: C1 200-100-60-15 patient = 25, C2 300, C3 100, C5 80; C4 paid, C6 closed.
    expect(f.arTotal).toBeCloseTo(505, 10);
    expect(f.arOver90).toBe(100); // C3, 134 days
    expect(f.arOver90Share).toBeCloseTo(100 / 505, 10);
    // Last 90 days (2025-12-16..2026-03-15): charges 730 - CO adjustments 70 = 660 -> 7.33/day.
    expect(f.adjustedChargesWindow).toBe(660);
    expect(f.daysInAR).toBeCloseTo((505 * 90) / 660, 8);
  });

  it("counts operational alerts", () => {
    expect(f.itemsAtReorderPoint).toBe(3); // I1, I2, I4
    expect(f.lotsExpiring).toBe(2); // I3 in 15 days, I5 expired and still on hand
    expect(f.contractsInNoticeWindow).toBe(1); // K1: notice date 2026-03-15 is today
    expect(f.trainingDue).toBe(2); // S1 HIPAA (17 days), S3 BLS/CPR expired; OSHA was renewed
    expect(f.recordsOverdue).toBe(1); // R1 due 2026-03-03
  });

  it("budget variance YTD: actual minus budget over the complete months (January and February)", () => {
    // March is not over: its 1000 budget and 1100 of rent stay out of year to date.
    expect(f.budgetYtd).toBe(2000);
    expect(f.actualYtd).toBe(2000);
    expect(f.budgetVarianceYtd).toBe(0);
  });

  it("attributes new patients to campaigns and spreads campaign spend over its days", () => {
    expect(f.thisMonth.newPatients).toBe(0); // A8 is MRN1's second New Patient visit
    expect(f.lastMonth.newPatients).toBe(2);
    expect(f.yearToDate.newPatientsFromCampaigns).toBe(1); // "spring ads" names Spring Ads
    // Spring Ads ran 2026-02-01..today = 43 days, 430 spent = 10/day.
    expect(f.thisMonth.campaignSpend).toBeCloseTo(150, 8);
    expect(f.lastMonth.campaignSpend).toBeCloseTo(280, 8);
    expect(f.thisMonth.costPerNewPatient).toBeNull();
    expect(f.lastMonth.costPerNewPatient).toBeCloseTo(280, 8);
    expect(f.yearToDate.costPerNewPatient).toBeCloseTo(430, 8);
    expect(f.referralSources).toEqual([
      {
        source: "Spring Ads",
        campaign: "Spring Ads",
        campaignId: "CMP1",
        thisMonth: 0,
        lastMonth: 1,
        yearToDate: 1,
      },
      {
        source: "Word of mouth",
        campaign: null,
        campaignId: null,
        thisMonth: 0,
        lastMonth: 1,
        yearToDate: 1,
      },
    ]);
  });
});

describe("dashboard figures without data", () => {
  it("empty workbook: zeros for counts and amounts, no value for rates", () => {
    const f = computeDashboard({ tables: noTables(), asOf: AS_OF, bucketDays: [30, 60, 90, 120] });
    for (const p of [f.thisMonth, f.lastMonth, f.yearToDate]) {
      expect(p).toMatchObject({
        visitsCompleted: 0,
        charges: 0,
        payments: 0,
        newPatients: 0,
        availableMinutes: 0,
      });
      expect(p.noShowRate).toBeNull();
      expect(p.utilization).toBeNull();
      expect(p.netCollectionRate).toBeNull();
      expect(p.denialRate).toBeNull();
      expect(p.costPerNewPatient).toBeNull();
    }
    expect(f.arTotal).toBe(0);
    expect(f.arOver90Share).toBeNull();
    expect(f.daysInAR).toBeNull();
    expect(f.budgetVarianceYtd).toBe(0);
    expect(f.referralSources).toEqual([]);
  });

  it("a month with no data next to one with data", () => {
    // Only February data; as of 2026-04-10 "this month" (April) is empty, "last month" (March) too.
    const tables = withTables({
      Claims: rows("Claims", [
        { claimId: "C", serviceDate: d(2026, 2, 3), totalCharge: 120, status: "Paid", paid: 120 },
      ]),
      Payments: rows("Payments", [{ paymentId: "X", receivedOn: d(2026, 2, 20), amount: 120 }]),
    });
    const f = computeDashboard({ tables, asOf: d(2026, 4, 10), bucketDays: [30, 60, 90, 120] });
    expect(f.thisMonth.charges).toBe(0);
    expect(f.thisMonth.netCollectionRate).toBeNull();
    expect(f.lastMonth.charges).toBe(0);
    expect(f.yearToDate.charges).toBe(120);
    expect(f.yearToDate.netCollectionRate).toBe(1);
  });
});

describe("the As of cell", () => {
  it("is never cut off: column B fits the date-time on every summary sheet", () => {
    for (const summary of SUMMARIES) {
      const model = summary.build(practiceInput());
      // "yyyy-mm-dd h:mm" shows 16 characters; Excel shows ##### in a column narrower than that.
      expect([summary.id, (model.columnWidths[1] ?? 0) >= 17]).toEqual([summary.id, true]);
    }
  });
});
