/** Budget vs Actual: YTD per account with run-rate forecast, totals by month (chart), account x month. */
import type { TableName } from "../../catalog";
import { isoFromSerial } from "../../dates/excel-dates";
import { cellRef } from "../a1";
import { DEFINITIONS as D } from "../definitions";
import { computeBudget, ytdMonthsLabel, type BudgetFigures } from "../figures/budget";
import { difference, formula, ratio, shareOf, sumCells } from "../formulas";
import type { SummaryInput } from "../inputs";
import type { CellRect, SheetModel } from "../model";
import { ATTENTION } from "../style";
import type { SheetBuilder } from "../builder";
import { startSheet } from "./common";

export const BUDGET_VS_ACTUAL = {
  id: "budgetVsActual",
  name: "Budget vs Actual",
  title: "Budget vs Actual",
} as const;
export const BUDGET_TABLES: readonly TableName[] = ["Budget", "Expenses"];

const MONTH_LABEL = (month: number): string => isoFromSerial(month).slice(0, 7);

export function budgetVsActualSheet(input: SummaryInput): SheetModel {
  return layoutBudget(input, computeBudget(input));
}

function overBudget(b: SheetBuilder, rect: CellRect): void {
  // ISNUMBER: a blank ("") variance of a future month must not count as greater than 0.
  const cell = cellRef(rect.row, rect.col);
  b.conditionalFormat({
    rect,
    formula: `=AND(ISNUMBER(${cell}),${cell}>0)`,
    ...ATTENTION,
    meaning: "over budget",
  });
}

export function layoutBudget(input: SummaryInput, f: BudgetFigures): SheetModel {
  const b = startSheet(BUDGET_VS_ACTUAL, input, BUDGET_TABLES);
  const months = ytdMonthsLabel(input.asOf);
  const ytdWhat = f.throughIsPartial ? `${months}, month to date` : `${months}, complete months`;

  b.section(`Year to date by account (${ytdWhat})`);
  const y = b.table([
    { header: "Account", width: 26 },
    { header: "Budget YTD", format: "currency", width: 14 },
    { header: "Actual YTD", format: "currency", width: 14 },
    { header: "Variance", format: "currency", width: 14 },
    { header: "Variance %", format: "percent", width: 11 },
    { header: "Full-year budget", format: "currency", width: 15 },
    { header: "Forecast (run rate)", format: "currency", width: 15 },
    { header: "Forecast variance", format: "currency", width: 15 },
  ]);
  const ytdRow = (
    label: string,
    cells: readonly (number | null | { formula: string })[],
    style?: "total",
  ): number => {
    const r = y.nextRow;
    y.add(
      [
        label,
        cells[0] ?? null,
        cells[1] ?? null,
        formula(`=${cellRef(r, 2)}-${cellRef(r, 1)}`),
        ratio({ row: r, col: 3 }, { row: r, col: 1 }),
        cells[2] ?? null,
        cells[3] ?? null,
        formula(`=${cellRef(r, 6)}-${cellRef(r, 5)}`),
      ],
      style,
    );
    return r;
  };
  for (const a of f.accounts) ytdRow(a.account, [a.budgetYtd, a.actualYtd, a.fullYearBudget, a.forecast]);
  if (f.accounts.length === 0) y.add([`No budget or expenses in ${f.year}`], "note");
  const n = f.accounts.length;
  ytdRow("Total", [1, 2, 5, 6].map((c) => sumCells(y.firstRow, c, n)) as { formula: string }[], "total");
  y.end();
  overBudget(b, { row: y.firstRow, col: 3, rows: y.rowCount, cols: 1 });
  overBudget(b, { row: y.firstRow, col: 7, rows: y.rowCount, cols: 1 });
  b.note(`${D.budgetVariance} Over-budget variances are highlighted.`);
  b.note(D.forecast);
  b.note("Full-year budget and forecast cover January to December.");

  b.section(`By month, all accounts (${f.year})`);
  const m = b.table([
    { header: "Month", format: "month" },
    { header: "Budget", format: "currency" },
    { header: "Actual", format: "currency" },
    { header: "Variance", format: "currency" },
    { header: "Variance %", format: "percent" },
  ]);
  f.months.forEach((month, i) => {
    const r = m.nextRow;
    const budget = f.accounts.reduce((t, a) => t + (a.months[i]?.budget ?? 0), 0);
    const actual =
      month <= f.currentMonth ? f.accounts.reduce((t, a) => t + (a.months[i]?.actual ?? 0), 0) : null;
    m.add([
      month,
      budget,
      actual,
      difference({ row: r, col: 2 }, { row: r, col: 1 }),
      shareOf({ row: r, col: 3 }, { row: r, col: 1 }),
    ]);
  });
  const monthsRow = m.firstRow;
  // The year's budget next to what is spent so far: no variance, the months ahead have no spending yet
  // (the year-to-date comparison is the table above).
  const yearOver = Math.floor(input.asOf) >= (f.months[11] ?? 0) + 30; // 31 December
  const mt = m.nextRow;
  m.add(
    [
      yearOver ? "Year" : "Year (spent so far)",
      sumCells(monthsRow, 1, 12),
      sumCells(monthsRow, 2, 12),
      yearOver ? formula(`=${cellRef(mt, 2)}-${cellRef(mt, 1)}`) : null,
      yearOver ? ratio({ row: mt, col: 3 }, { row: mt, col: 1 }) : null,
    ],
    "total",
  );
  m.end();
  overBudget(b, { row: monthsRow, col: 3, rows: 12, cols: 1 });
  b.note(
    `${MONTH_LABEL(f.currentMonth)} holds the expenses entered up to ${isoFromSerial(input.asOf)}: the month is not over.`,
  );
  b.chart({
    kind: "ColumnClustered",
    title: `Budget vs actual by month, ${f.year}`,
    source: { row: m.headerRow, col: 0, rows: 13, cols: 3 },
    seriesBy: "Columns",
    placement: { row: m.headerRow, col: 6, rows: 16, cols: 7 },
  });

  b.section("By account and month");
  const d = b.table([
    { header: "Account" },
    { header: "Month", format: "month" },
    { header: "Budget", format: "currency" },
    { header: "Actual", format: "currency" },
    { header: "Variance", format: "currency" },
    { header: "Variance %", format: "percent" },
  ]);
  for (const a of f.accounts) {
    for (const month of a.months) {
      // A month with neither budget nor spending says nothing; leaving it out keeps the list readable.
      if (month.budget === 0 && !month.actual) continue;
      const r = d.nextRow;
      d.add([
        a.account,
        month.month,
        month.budget,
        month.actual,
        difference({ row: r, col: 3 }, { row: r, col: 2 }),
        shareOf({ row: r, col: 4 }, { row: r, col: 2 }),
      ]);
    }
  }
  if (d.rowCount === 0) d.add([`No budget or expenses in ${f.year}`], "note");
  d.end();
  overBudget(b, { row: d.firstRow, col: 4, rows: d.rowCount, cols: 1 });
  b.note("Months with neither a budget nor expenses are left out.");
  return b.build();
}
