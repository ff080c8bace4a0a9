/**
 * The generated summary sheets, in the order they appear in the workbook. Each entry says which
 * tables it reads and builds its SheetModel from them (pure: no Excel here).
 */
import type { TableName } from "../catalog";
import type { Breathe } from "../slices";
import type { SummaryInput } from "./inputs";
import type { SheetModel, SummaryId } from "./model";
import { AR_AGING, AR_AGING_TABLES, arAgingSheet } from "./sheets/ar-aging";
import { BUDGET_TABLES, BUDGET_VS_ACTUAL, budgetVsActualSheet } from "./sheets/budget-vs-actual";
import { COMPLIANCE, COMPLIANCE_TABLES, complianceSheet } from "./sheets/compliance";
import { CONTRACT_RENEWALS, CONTRACT_TABLES, contractRenewalsSheet } from "./sheets/contract-renewals";
import { DASHBOARD, DASHBOARD_TABLES, dashboardSheet, dashboardSheetInSteps } from "./sheets/dashboard";
import { MARKETING, MARKETING_TABLES, marketingSheet } from "./sheets/marketing";
import {
  PRODUCTIVITY,
  PRODUCTIVITY_TABLES,
  productivitySheet,
  productivitySheetInSteps,
} from "./sheets/productivity";
import { REORDER_LIST, REORDER_TABLES, reorderListSheet } from "./sheets/reorder-list";
import { SCHEDULE_SUMMARY, SCHEDULE_TABLES, scheduleSummarySheet } from "./sheets/schedule-summary";
import {
  PATIENT_BALANCE_TABLES,
  PATIENT_BALANCES,
  patientBalancesSheet,
  patientBalancesSheetInSteps,
} from "./sheets/patient-balances";
import {
  UNBILLED_TABLES,
  UNBILLED_VISITS,
  unbilledVisitsSheet,
  unbilledVisitsSheetInSteps,
} from "./sheets/unbilled-visits";
import { WORK_QUEUE, WORK_QUEUE_TABLES, workQueueSheet, workQueueSheetInSteps } from "./sheets/work-queue";

export * from "./model";
export * from "./inputs";

export interface SummaryDefinition {
  readonly id: SummaryId;
  readonly name: string;
  readonly title: string;
  readonly tables: readonly TableName[];
  build(input: SummaryInput): SheetModel;
  /** The same sheet built in steps with `breathe` between them, for sheets whose figures take long. */
  buildInSteps?(input: SummaryInput, breathe: Breathe): Promise<SheetModel>;
}

export const SUMMARIES: readonly SummaryDefinition[] = [
  { ...DASHBOARD, tables: DASHBOARD_TABLES, build: dashboardSheet, buildInSteps: dashboardSheetInSteps },
  { ...AR_AGING, tables: AR_AGING_TABLES, build: arAgingSheet },
  { ...BUDGET_VS_ACTUAL, tables: BUDGET_TABLES, build: budgetVsActualSheet },
  { ...SCHEDULE_SUMMARY, tables: SCHEDULE_TABLES, build: scheduleSummarySheet },
  { ...REORDER_LIST, tables: REORDER_TABLES, build: reorderListSheet },
  { ...CONTRACT_RENEWALS, tables: CONTRACT_TABLES, build: contractRenewalsSheet },
  { ...COMPLIANCE, tables: COMPLIANCE_TABLES, build: complianceSheet },
  { ...MARKETING, tables: MARKETING_TABLES, build: marketingSheet },
  {
    ...PRODUCTIVITY,
    tables: PRODUCTIVITY_TABLES,
    build: productivitySheet,
    buildInSteps: productivitySheetInSteps,
  },
  { ...WORK_QUEUE, tables: WORK_QUEUE_TABLES, build: workQueueSheet, buildInSteps: workQueueSheetInSteps },
  {
    ...UNBILLED_VISITS,
    tables: UNBILLED_TABLES,
    build: unbilledVisitsSheet,
    buildInSteps: unbilledVisitsSheetInSteps,
  },
  {
    ...PATIENT_BALANCES,
    tables: PATIENT_BALANCE_TABLES,
    build: patientBalancesSheet,
    buildInSteps: patientBalancesSheetInSteps,
  },
];

export function summaryDefinition(id: SummaryId): SummaryDefinition | undefined {
  return SUMMARIES.find((s) => s.id === id);
}

/** Every table any summary reads (read once per refresh). */
export function summaryTables(summaries: readonly SummaryDefinition[] = SUMMARIES): TableName[] {
  return [...new Set(summaries.flatMap((s) => s.tables))];
}
