/** Layout of the tables the PM functions spill: a header row, one row per item, a Total row. */
import type { AgingTable, BudgetReportRow } from "../domain/metrics";

/** A spilled table: text and numbers, blanks as "". */
export type SpillTable = (string | number)[][];

export const AGING_HEADERS = ["Bucket", "Amount", "Share"];

/** Bucket | Amount | Share, then Total. A share is blank when the total is 0. */
export function agingSpill(table: AgingTable): SpillTable {
  return [
    AGING_HEADERS,
    ...table.rows.map((r) => [r.bucket, r.amount, r.share ?? ""]),
    ["Total", table.total, table.total === 0 ? "" : 1],
  ];
}

export const BUDGET_REPORT_HEADERS = [
  "Account",
  "Budget YTD",
  "Actual YTD",
  "Variance",
  "Variance %",
  "Forecast",
];

/** One row per account, then Total. Variance % is blank without a budget, Forecast before the year starts. */
export function budgetReportSpill(rows: readonly BudgetReportRow[]): SpillTable {
  let budget = 0;
  let actual = 0;
  let forecast: number | null = null;
  for (const r of rows) {
    budget += r.budgetYtd;
    actual += r.actualYtd;
    if (r.forecast !== null) forecast = (forecast ?? 0) + r.forecast;
  }
  const pct = (v: number, b: number) => (b === 0 ? "" : v / b);
  return [
    BUDGET_REPORT_HEADERS,
    ...rows.map((r) => [
      r.account,
      r.budgetYtd,
      r.actualYtd,
      r.variance,
      r.variancePct ?? "",
      r.forecast ?? "",
    ]),
    ["Total", budget, actual, actual - budget, pct(actual - budget, budget), forecast ?? ""],
  ];
}
