/**
 * The generated summary sheets, in the order they appear in the workbook. Each entry says which
 * tables it reads and builds its SheetModel from them (pure: no Excel here).
 */
import type { TableName } from "../catalog";
import type { SummaryInput } from "./inputs";
import type { SheetModel, SummaryId } from "./model";
import { DASHBOARD, DASHBOARD_TABLES, dashboardSheet } from "./sheets/dashboard";

export * from "./model";
export * from "./inputs";

export interface SummaryDefinition {
  readonly id: SummaryId;
  readonly name: string;
  readonly title: string;
  readonly tables: readonly TableName[];
  build(input: SummaryInput): SheetModel;
}

export const SUMMARIES: readonly SummaryDefinition[] = [
  { ...DASHBOARD, tables: DASHBOARD_TABLES, build: dashboardSheet },
];

export function summaryDefinition(id: SummaryId): SummaryDefinition | undefined {
  return SUMMARIES.find((s) => s.id === id);
}

/** Every table any summary reads (read once per refresh). */
export function summaryTables(summaries: readonly SummaryDefinition[] = SUMMARIES): TableName[] {
  return [...new Set(summaries.flatMap((s) => s.tables))];
}
