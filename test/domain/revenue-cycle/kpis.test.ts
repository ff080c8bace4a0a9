import {
  deniedDollarsBy,
  denialCode,
  patientArOver90,
  revenueKpis,
} from "../../../src/domain/revenue-cycle/kpis";
import { SUMMARIES, rowsOf } from "../../../src/domain/summaries";
import { reportPeriods } from "../../../src/domain/summaries/periods";
import { AS_OF, revenueTables } from "./fixture";

const t = revenueTables();
const claims = rowsOf(t, "Claims");
const year = reportPeriods(AS_OF).yearToDate; // 2026-01-01 .. 2026-03-02

describe("revenue-cycle KPIs (fixture, year to date)", () => {
  it("computes each figure as defined", () => {
    expect(revenueKpis(claims, rowsOf(t, "ClaimActivity"), year)).toEqual({
      // 10 claims submitted (C9 is a Draft; C8, C10, C11 are from 2025), each 2 days after service
      submissionLag: 2,
      // adjudicated: C2, C3, C12 (Denied), C6, C7, C13 (Paid); paid first time: C6, C7, C13
      firstPassResolution: 0.5,
      // C1 was rejected: 9 of 10
      cleanClaimRate: 0.9,
      // C2 200 + C3 500 + C12 300 (C1's rejection is not a denial)
      deniedDollars: 1000,
      appealOverturnRate: null, // no appeal decided
      underpaymentDollars: 22.5, // C6 12.50 + C7 10.00
    });
  });

  it("splits denied dollars by reason code and by payer", () => {
    expect(deniedDollarsBy(claims, year, (c) => denialCode(c.denialReason))).toEqual([
      { key: "CO-50", claims: 1, dollars: 500 },
      { key: "CO-16", claims: 1, dollars: 300 },
      { key: "CO-197", claims: 1, dollars: 200 },
    ]);
    expect(deniedDollarsBy(claims, year, (c) => c.payerId ?? "")).toEqual([
      { key: "AETNA", claims: 2, dollars: 500 },
      { key: "MCR", claims: 1, dollars: 500 },
    ]);
  });

  it("counts appeals won over appeals decided, by filing date", () => {
    const appealed = claims.map((c, i) =>
      i < 3 ? { ...c, appealFiledOn: AS_OF - 10, appealOutcome: i === 0 ? "Lost" : "Won" } : c,
    );
    expect(revenueKpis(appealed, [], year).appealOverturnRate).toBeCloseTo(2 / 3);
  });

  it("patient A/R over 90 days: C10's 25 (121 days); C13's 30 is 40 days old", () => {
    expect(patientArOver90(claims, rowsOf(t, "Payments"), rowsOf(t, "Payers"), AS_OF)).toBe(25);
  });

  it("puts them on the Dashboard with their definitions", () => {
    const dashboard = SUMMARIES.find((s) => s.id === "dashboard")?.build({
      tables: t,
      asOf: AS_OF,
      bucketDays: [30, 60, 90, 120],
    });
    const row = dashboard?.cells.find((r) => r[0] === "Clean-claim rate") ?? [];
    // this month: nothing submitted; February: C1 (rejected), C5, C14 -> 2 of 3; year: 9 of 10
    expect(row[1]).toBeNull();
    expect(row[2]).toBeCloseTo(2 / 3);
    expect(row[3]).toBe(0.9);
    expect(row[4]).toMatch(/never rejected/);
    expect(dashboard?.cells.find((r) => r[0] === "Patient A/R over 90 days (now)")?.[1]).toBe(25);
  });
});
