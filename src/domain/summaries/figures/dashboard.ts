/**
 * The dashboard's figures, computed from the tables with the shared metrics (src/domain/metrics).
 * The sheet shows them with their definitions; tests check them against hand-computed fixtures.
 */
import {
  ADJUDICATED_STATUSES,
  claimStatus,
  daysInAR,
  DENIED_STATUSES,
  netCollectionRate,
  noShowRate,
  ratio,
  utilization,
  costPerPatient,
  type AppointmentStatus,
  type ClaimStatus,
} from "../../metrics";
import { ymdFromSerial } from "../../dates/excel-dates";
import { filterSteps, runAll, runInSteps, type Breathe } from "../../slices";
import { CREDENTIAL_URGENT_DAYS } from "../../metrics/credentials";
import type { SummaryInput } from "../inputs";
import { rowsOf } from "../inputs";
import { inPeriod, reportPeriods, type Period, type ReportPeriods } from "../periods";
import { isContractualAdjustment } from "./adjustments";
import { budgetBook, budgetYtdEnd } from "./budget";
import { contractsInNoticeWindow } from "./contracts";
import { credentialAlerts } from "./credentials";
import { INCIDENT_DUE_SOON_DAYS, openIncidents } from "./incidents";
import { openRecordsRequests, trainingAlerts } from "./compliance";
import { expiringLots, reorderLines } from "./inventory";
import { spendInPeriod } from "./marketing";
import { campaignMatcher, newPatients, NOT_RECORDED, type NewPatient } from "./new-patients";
import { openClaimsSteps, totalOpen, type ClaimRow } from "./receivables";
import { availableMinutes, isBooked, isCompleted, statusOf, type AppointmentRow } from "./schedule";

export interface PeriodFigures {
  readonly visitsCompleted: number;
  readonly noShowRate: number | null;
  readonly bookedMinutes: number;
  readonly availableMinutes: number;
  readonly utilization: number | null;
  readonly charges: number;
  readonly payments: number;
  readonly contractualAdjustments: number;
  readonly netCollectionRate: number | null;
  readonly denialRate: number | null;
  readonly newPatients: number;
  readonly newPatientsFromCampaigns: number;
  readonly campaignSpend: number;
  readonly costPerNewPatient: number | null;
}

export interface ReferralSourceFigures {
  readonly source: string;
  /** Campaign name when the source names a campaign. */
  readonly campaign: string | null;
  /** That campaign's Campaign ID. */
  readonly campaignId: string | null;
  readonly thisMonth: number;
  readonly lastMonth: number;
  readonly yearToDate: number;
}

export interface DashboardFigures {
  readonly periods: ReportPeriods;
  readonly thisMonth: PeriodFigures;
  readonly lastMonth: PeriodFigures;
  readonly yearToDate: PeriodFigures;
  readonly arTotal: number;
  readonly arOver90: number;
  readonly arOver90Share: number | null;
  /** Charges less contractual adjustments over the last AR_WINDOW_DAYS days. */
  readonly adjustedChargesWindow: number;
  readonly daysInAR: number | null;
  readonly budgetYtd: number;
  readonly actualYtd: number;
  readonly budgetVarianceYtd: number;
  readonly itemsAtReorderPoint: number;
  readonly lotsExpiring: number;
  readonly contractsInNoticeWindow: number;
  readonly trainingDue: number;
  readonly recordsOverdue: number;
  /** Credentials of active people expired or ending within 30 days. */
  readonly credentialsDue: number;
  /** Open incident reporting deadlines passed or within 14 days. */
  readonly incidentDeadlinesDue: number;
  readonly referralSources: readonly ReferralSourceFigures[];
}

/** Days of charges the days-in-A/R average uses (MGMA: the last three months). */
export const AR_WINDOW_DAYS = 90;
export const AGED_AR_DAYS = 90;

export function computeDashboard(input: SummaryInput): DashboardFigures {
  return runAll(dashboardSteps(input));
}

/** computeDashboard in steps (each period's figures walk the large tables), breathing between them. */
export function computeDashboardInSteps(input: SummaryInput, breathe: Breathe): Promise<DashboardFigures> {
  return runInSteps(dashboardSteps(input), breathe);
}

function* dashboardSteps(input: SummaryInput): Generator<void, DashboardFigures> {
  const { tables, asOf } = input;
  const periods = reportPeriods(asOf);
  const today = Math.floor(asOf);
  const claims = rowsOf(tables, "Claims");
  const payments = rowsOf(tables, "Payments");
  const campaigns = rowsOf(tables, "Campaigns");
  const patients = newPatients(rowsOf(tables, "Appointments"));
  const matchCampaign = campaignMatcher(campaigns);
  // Available time counts from the first day on the schedule: a workbook started in September does not
  // have providers idle from January.
  const scheduleStart = firstAppointmentDay(rowsOf(tables, "Appointments"));

  // Each period walks the large tables: in steps, pausing between and inside the passes.
  function* period(p: Period): Generator<void, PeriodFigures> {
    const appointments = yield* filterSteps(rowsOf(tables, "Appointments"), (a) => inPeriod(a.date, p));
    const statuses = appointments.map(statusOf).filter((s): s is AppointmentStatus => s !== null);
    const booked = appointments.filter(isBooked).reduce((t, a) => t + (a.durationMin ?? 0), 0);
    const availableFrom = Math.max(p.start, scheduleStart ?? p.start);
    const available = rowsOf(tables, "Providers").reduce(
      (t, prov) => t + availableMinutes(prov, availableFrom, p.end),
      0,
    );
    yield;
    const claimsInPeriod = yield* filterSteps(claims, (c) => inPeriod(c.serviceDate, p));
    const charges = claimsInPeriod.reduce((t, c) => t + (c.totalCharge ?? 0), 0);
    yield;
    const paid = yield* filterSteps(payments, (x) => inPeriod(x.receivedOn, p));
    const received = paid.reduce((t, x) => t + (x.amount ?? 0), 0);
    const contractual = paid
      .filter(isContractualAdjustment)
      .reduce((t, x) => t + (x.adjustmentAmount ?? 0), 0);
    yield;
    const decided = yield* filterSteps(claimsInPeriod, isAdjudicated);
    const denied = yield* filterSteps(decided, wasDenied);
    const newInPeriod = yield* filterSteps(patients, (n) => inPeriod(n.date, p));
    const fromCampaigns = newInPeriod.filter((n) => matchCampaign(n.source) !== undefined).length;
    const spend = campaigns.reduce((t, c) => t + spendInPeriod(c, p, asOf), 0);
    return {
      visitsCompleted: appointments.filter(isCompleted).length,
      noShowRate: noShowRate(statuses),
      bookedMinutes: booked,
      availableMinutes: available,
      utilization: utilization(booked, available),
      charges,
      payments: received,
      contractualAdjustments: contractual,
      netCollectionRate: netCollectionRate(received, charges, contractual),
      denialRate: ratio(denied.length, decided.length),
      newPatients: newInPeriod.length,
      newPatientsFromCampaigns: fromCampaigns,
      campaignSpend: spend,
      costPerNewPatient: costPerPatient(spend, fromCampaigns),
    };
  }

  yield;
  const thisMonth = yield* period(periods.thisMonth);
  yield;
  const lastMonth = yield* period(periods.lastMonth);
  yield;
  const yearToDate = yield* period(periods.yearToDate);
  yield;
  const open = yield* openClaimsSteps(claims, payments, rowsOf(tables, "Payers"), asOf);
  const arTotal = totalOpen(open);
  const arOver90 = totalOpen(open.filter((c) => c.ageDays > AGED_AR_DAYS));
  const window: Period = { label: "AR window", start: today - AR_WINDOW_DAYS + 1, end: today };
  const windowCharges = claims
    .filter((c) => inPeriod(c.serviceDate, window))
    .reduce((t, c) => t + (c.totalCharge ?? 0), 0);
  const windowAdjustments = payments
    .filter((x) => inPeriod(x.receivedOn, window) && isContractualAdjustment(x))
    .reduce((t, x) => t + (x.adjustmentAmount ?? 0), 0);
  const adjustedChargesWindow = windowCharges - windowAdjustments;

  yield;
  const report = budgetBook(input).report(ymdFromSerial(today).year, budgetYtdEnd(asOf));
  yield;
  const budgetYtd = report.reduce((t, r) => t + r.budgetYtd, 0);
  const actualYtd = report.reduce((t, r) => t + r.actualYtd, 0);

  return {
    periods,
    thisMonth,
    lastMonth,
    yearToDate,
    arTotal,
    arOver90,
    arOver90Share: ratio(arOver90, arTotal),
    adjustedChargesWindow,
    daysInAR: daysInAR(arTotal, adjustedChargesWindow, AR_WINDOW_DAYS),
    budgetYtd,
    actualYtd,
    budgetVarianceYtd: actualYtd - budgetYtd,
    itemsAtReorderPoint: reorderLines(
      rowsOf(tables, "Inventory"),
      rowsOf(tables, "PurchaseOrders"),
      rowsOf(tables, "Vendors"),
    ).length,
    lotsExpiring: expiringLots(rowsOf(tables, "Inventory"), asOf).length,
    contractsInNoticeWindow: contractsInNoticeWindow(rowsOf(tables, "Contracts"), asOf),
    trainingDue: trainingAlerts(rowsOf(tables, "Training"), rowsOf(tables, "Staff"), asOf).length,
    recordsOverdue: openRecordsRequests(rowsOf(tables, "RecordsRequests"), asOf).filter((r) => r.overdue)
      .length,
    credentialsDue: credentialAlerts(
      rowsOf(tables, "Credentials"),
      rowsOf(tables, "Providers"),
      rowsOf(tables, "Staff"),
      asOf,
      CREDENTIAL_URGENT_DAYS,
    ).length,
    incidentDeadlinesDue: openIncidents(rowsOf(tables, "Incidents"), asOf).filter(
      (l) => l.daysLeft !== null && l.daysLeft <= INCIDENT_DUE_SOON_DAYS,
    ).length,
    referralSources: referralSources(patients, periods, matchCampaign),
  };
}

function statusOfClaim(c: ClaimRow): ClaimStatus | null {
  return c.status === null ? null : claimStatus(c.status);
}

function isAdjudicated(c: ClaimRow): boolean {
  const s = statusOfClaim(c);
  return s !== null && ADJUDICATED_STATUSES.includes(s);
}

/**
 * Denied at least once: Denied or Appealed now, or a Denial Reason on a claim that was paid after a
 * correction or an appeal, partly paid or written off. Counting final statuses only would hide every
 * denial the billers fixed.
 */
function wasDenied(c: ClaimRow): boolean {
  const s = statusOfClaim(c);
  if (s !== null && DENIED_STATUSES.includes(s)) return true;
  return (c.denialReason ?? "").trim() !== "";
}

/** First day with an appointment, or null when the schedule is empty. */
function firstAppointmentDay(appointments: readonly AppointmentRow[]): number | null {
  let first: number | null = null;
  for (const a of appointments) if (a.date !== null && (first === null || a.date < first)) first = a.date;
  return first === null ? null : Math.floor(first);
}

function referralSources(
  patients: readonly NewPatient[],
  periods: ReportPeriods,
  matchCampaign: ReturnType<typeof campaignMatcher>,
): ReferralSourceFigures[] {
  const bySource = new Map<
    string,
    { source: string; campaign: string | null; campaignId: string | null; counts: [number, number, number] }
  >();
  for (const n of patients) {
    const counts = [periods.thisMonth, periods.lastMonth, periods.yearToDate].map((p) =>
      inPeriod(n.date, p) ? 1 : 0,
    );
    if (counts.every((c) => c === 0)) continue;
    const campaign = matchCampaign(n.source);
    const label = campaign?.name ?? (n.source === "" ? NOT_RECORDED : n.source);
    const key = label.toLowerCase();
    const entry = bySource.get(key) ?? {
      source: label,
      campaign: campaign?.name ?? null,
      campaignId: campaign?.campaignId ?? null,
      counts: [0, 0, 0],
    };
    entry.counts = [
      entry.counts[0] + (counts[0] ?? 0),
      entry.counts[1] + (counts[1] ?? 0),
      entry.counts[2] + (counts[2] ?? 0),
    ];
    bySource.set(key, entry);
  }
  return [...bySource.values()]
    .map((e) => ({
      source: e.source,
      campaign: e.campaign,
      campaignId: e.campaignId,
      thisMonth: e.counts[0],
      lastMonth: e.counts[1],
      yearToDate: e.counts[2],
    }))
    .sort((a, b) => b.yearToDate - a.yearToDate || a.source.localeCompare(b.source));
}
