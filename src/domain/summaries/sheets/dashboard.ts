/** Dashboard: the figures a practice manager checks every morning, each with its definition. */
import type { TableName } from "../../catalog";
import { cellRef } from "../a1";
import { DEFINITIONS as D } from "../definitions";
import { ytdMonthsLabel } from "../figures/budget";
import { CREDENTIAL_DEFINITIONS } from "../figures/credentials";
import { INCIDENT_DEFINITIONS } from "../figures/incidents";
import {
  computeDashboard,
  computeDashboardInSteps,
  type DashboardFigures,
  type PeriodFigures,
} from "../figures/dashboard";
import { formula, ratio, sumCells } from "../formulas";
import type { SummaryInput } from "../inputs";
import type { ModelCell, SheetModel } from "../model";
import type { NumberFormatName } from "../style";
import { startSheet } from "./common";
import { periodKpisInSteps, revenueCycleSection } from "./dashboard-revenue-cycle";
import type { RevenueKpis } from "../../revenue-cycle/kpis";
import type { Breathe } from "../../slices";
import { isoFromSerial } from "../../dates/excel-dates";

export const DASHBOARD = { id: "dashboard", name: "Dashboard", title: "Practice Dashboard" } as const;

export const DASHBOARD_TABLES: readonly TableName[] = [
  "Appointments",
  "Providers",
  "Claims",
  "Payments",
  "Payers",
  "Budget",
  "Expenses",
  "Inventory",
  "PurchaseOrders",
  "Contracts",
  "Training",
  "Staff",
  "RecordsRequests",
  "Campaigns",
  "Credentials",
  "Incidents",
  "ClaimActivity",
];

export function dashboardSheet(input: SummaryInput): SheetModel {
  return layoutDashboard(input, computeDashboard(input));
}

/** dashboardSheet with its figures computed in steps, breathing between them. */
export async function dashboardSheetInSteps(input: SummaryInput, breathe: Breathe): Promise<SheetModel> {
  const figures = await computeDashboardInSteps(input, breathe);
  const kpis = await periodKpisInSteps(input, breathe);
  return layoutDashboard(input, figures, kpis);
}

/** `kpis`: the revenue-cycle section's claim KPIs per period when already computed. */
export function layoutDashboard(
  input: SummaryInput,
  f: DashboardFigures,
  kpis?: readonly RevenueKpis[],
): SheetModel {
  const b = startSheet(DASHBOARD, input, DASHBOARD_TABLES);
  const periods = [f.thisMonth, f.lastMonth, f.yearToDate] as const;

  b.section("Activity");
  const t = b.table([
    { header: "Measure", width: 34 },
    { header: `This month (${isoFromSerial(f.periods.thisMonth.start).slice(0, 7)})`, width: 16 },
    { header: `Last month (${isoFromSerial(f.periods.lastMonth.start).slice(0, 7)})`, width: 16 },
    { header: `Year to date (${isoFromSerial(f.periods.yearToDate.start).slice(0, 4)})`, width: 16 },
    { header: "Definition", width: 90 },
  ]);
  const row = (
    label: string,
    cells: readonly ModelCell[],
    format: NumberFormatName,
    definition: string,
  ): number => {
    const r = t.add([label, ...cells, definition]);
    b.format({ row: r, col: 1, rows: 1, cols: 3 }, format);
    b.style({ row: r, col: 4, rows: 1, cols: 1 }, "note");
    return r;
  };
  const each = (pick: (p: PeriodFigures) => number | null) => periods.map(pick);
  row(
    "Visits completed",
    each((p) => p.visitsCompleted),
    "integer",
    D.visitsCompleted,
  );
  row(
    "No-show rate",
    each((p) => p.noShowRate),
    "percent",
    D.noShowRate,
  );
  row(
    "Provider utilization",
    each((p) => p.utilization),
    "percent",
    D.utilization,
  );
  const charges = row(
    "Charges",
    each((p) => p.charges),
    "currency",
    D.charges,
  );
  const payments = row(
    "Payments",
    each((p) => p.payments),
    "currency",
    D.payments,
  );
  const adjustments = row(
    "Contractual adjustments",
    each((p) => p.contractualAdjustments),
    "currency",
    D.contractualAdjustments,
  );
  row(
    "Net collection rate",
    [1, 2, 3].map((c) => {
      const net = `(${cellRef(charges, c)}-${cellRef(adjustments, c)})`;
      return formula(`=IF(${net}=0,"",${cellRef(payments, c)}/${net})`);
    }),
    "percent",
    D.netCollectionRate,
  );
  row(
    "Denial rate",
    each((p) => p.denialRate),
    "percent",
    D.denialRate,
  );
  row(
    "New patients",
    each((p) => p.newPatients),
    "integer",
    D.newPatients,
  );
  const fromCampaigns = row(
    "New patients from campaigns",
    each((p) => p.newPatientsFromCampaigns),
    "integer",
    D.newPatientsFromCampaigns,
  );
  const spend = row(
    "Campaign spend",
    each((p) => p.campaignSpend),
    "currency",
    D.campaignSpend,
  );
  row(
    "Cost per new patient",
    [1, 2, 3].map((c) => ratio({ row: spend, col: c }, { row: fromCampaigns, col: c })),
    "currency",
    D.costPerNewPatient,
  );
  const months = ytdMonthsLabel(input.asOf);
  const budget = row(
    `Budget, ${months}`,
    [null, null, f.budgetYtd],
    "currency",
    "Budget amounts year to date: complete months only (January alone while it runs).",
  );
  const actual = row(
    `Spent, ${months}`,
    [null, null, f.actualYtd],
    "currency",
    "Expenses dated in those months.",
  );
  row(
    `Budget variance, ${months}`,
    [null, null, formula(`=${cellRef(actual, 3)}-${cellRef(budget, 3)}`)],
    "currency",
    D.budgetVariance,
  );
  t.end();

  b.section(`Right now (as of ${isoFromSerial(input.asOf)})`);
  const n = b.table([
    { header: "Measure" },
    { header: "Value" },
    { header: "" },
    { header: "" },
    { header: "Definition" },
  ]);
  const now = (label: string, value: ModelCell, format: NumberFormatName, definition: string): number => {
    const r = n.add([label, value, null, null, definition]);
    b.format({ row: r, col: 1, rows: 1, cols: 1 }, format);
    b.style({ row: r, col: 4, rows: 1, cols: 1 }, "note");
    return r;
  };
  const ar = now("A/R total", f.arTotal, "currency", D.arTotal);
  const ar90 = now("A/R over 90 days", f.arOver90, "currency", D.arOver90);
  now(
    "Share of A/R over 90 days",
    ratio({ row: ar90, col: 1 }, { row: ar, col: 1 }),
    "percent",
    D.arOver90Share,
  );
  now("Days in A/R", f.daysInAR === null ? null : Math.round(f.daysInAR * 10) / 10, "decimal", D.daysInAR);
  now("Items at or below reorder point", f.itemsAtReorderPoint, "integer", D.itemsAtReorder);
  now("Lots expiring within 30 days", f.lotsExpiring, "integer", D.lotsExpiring);
  now("Contracts in their notice window", f.contractsInNoticeWindow, "integer", D.contractsInNotice);
  now("Training expired or expiring within 60 days", f.trainingDue, "integer", D.trainingDue);
  now("Records requests overdue", f.recordsOverdue, "integer", D.recordsOverdue);
  now(
    "Credentials expired or ending within 30 days",
    f.credentialsDue,
    "integer",
    CREDENTIAL_DEFINITIONS.dashboard,
  );
  now(
    "Incident deadlines overdue or within 14 days",
    f.incidentDeadlinesDue,
    "integer",
    INCIDENT_DEFINITIONS.dashboard,
  );

  b.section("New patients by referral source");
  const s = b.table([
    { header: "Referral source" },
    { header: "This month" },
    { header: "Last month" },
    { header: "Year to date" },
    { header: "Campaign ID", format: "text" },
  ]);
  for (const src of f.referralSources) {
    s.add([src.source, src.thisMonth, src.lastMonth, src.yearToDate, src.campaignId ?? ""]);
  }
  if (f.referralSources.length === 0) s.add(["No new patients this year", null, null, null, null], "note");
  const dataRows = f.referralSources.length;
  s.add(["Total", ...[1, 2, 3].map((c) => sumCells(s.firstRow, c, dataRows)), null], "total");
  b.format({ row: s.firstRow, col: 1, rows: s.rowCount, cols: 3 }, "integer");
  revenueCycleSection(b, input, kpis);
  return b.build();
}
