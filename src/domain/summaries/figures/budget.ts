/**
 * Budget vs actual for the as-of year, per account and month, with the shared BudgetBook.
 *
 * Year to date compares complete months only (January through the month before the as-of month), so a
 * month whose bills are not all in yet does not show as "under budget". In January, when no month of
 * the year is complete, it is January so far against January's budget.
 */
import { addMonths, firstOfMonth, serialFromYmd, ymdFromSerial } from "../../dates/excel-dates";
import { BudgetBook, budgetLines, expenseLines } from "../../metrics/budget";
import type { SummaryInput } from "../inputs";
import { rowsOf } from "../inputs";

export interface AccountMonth {
  readonly month: number;
  readonly budget: number;
  /** null for months after the as-of month (nothing can have been spent yet). */
  readonly actual: number | null;
}

export interface AccountBudget {
  readonly account: string;
  readonly months: readonly AccountMonth[];
  readonly budgetYtd: number;
  readonly actualYtd: number;
  readonly fullYearBudget: number;
  readonly forecast: number | null;
}

export interface BudgetFigures {
  readonly year: number;
  /** First day of the last month year to date covers (the last complete month, or January). */
  readonly throughMonth: number;
  /** True when throughMonth is the as-of month itself (January: no complete month yet). */
  readonly throughIsPartial: boolean;
  /** First day of the as-of month: its actuals run to the as-of date only. */
  readonly currentMonth: number;
  readonly months: readonly number[];
  readonly accounts: readonly AccountBudget[];
}

/** Last day year to date covers: the end of the last complete month, or asOf itself in January. */
export function budgetYtdEnd(asOf: number): number {
  const today = Math.floor(asOf);
  const monthStart = firstOfMonth(today);
  return ymdFromSerial(today).month === 1 ? today : monthStart - 1;
}

/** "Jan-Oct 2026", "Jan 2026": the months year to date covers, for labels. */
export function ytdMonthsLabel(asOf: number): string {
  const end = ymdFromSerial(budgetYtdEnd(asOf));
  const name = (m: number) => MONTH_NAMES[m - 1] ?? "";
  return end.month === 1 ? `Jan ${end.year}` : `Jan-${name(end.month)} ${end.year}`;
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function budgetBook(input: SummaryInput): BudgetBook {
  return new BudgetBook(
    budgetLines(rowsOf(input.tables, "Budget")),
    expenseLines(rowsOf(input.tables, "Expenses")),
  );
}

/**
 * First day the workbook has budget or spending for: the first Budget month or Expenses date. A
 * workbook started in September forecasts from September's pace, not from an empty January.
 */
function firstBudgetDay(input: SummaryInput): number | null {
  let first: number | null = null;
  const consider = (day: number | null) => {
    if (day !== null && (first === null || day < first)) first = Math.floor(day);
  };
  for (const b of rowsOf(input.tables, "Budget")) if (b.amount !== null) consider(b.month);
  for (const e of rowsOf(input.tables, "Expenses")) if (e.amount !== null) consider(e.date);
  return first === null ? null : firstOfMonth(first);
}

export function computeBudget(input: SummaryInput): BudgetFigures {
  const today = Math.floor(input.asOf);
  const year = ymdFromSerial(today).year;
  const jan = serialFromYmd(year, 1, 1);
  const dec31 = serialFromYmd(year, 12, 31);
  const currentMonth = firstOfMonth(today);
  const ytdEnd = budgetYtdEnd(today);
  const months = Array.from({ length: 12 }, (_, i) => addMonths(jan, i));
  const book = budgetBook(input);
  const start = Math.max(jan, firstBudgetDay(input) ?? jan);
  const forecast = (account: string): number | null => {
    if (today < start) return null;
    if (today >= dec31) return book.spentBetween(account, jan, dec31);
    return (book.spentBetween(account, jan, today) / (today - start + 1)) * (dec31 - start + 1);
  };
  const accounts = book.report(year, ytdEnd).map((r) => ({
    account: r.account,
    months: months.map((m) => ({
      month: m,
      budget: book.budget(r.account, m),
      actual: m <= currentMonth ? book.actual(r.account, m) : null,
    })),
    budgetYtd: r.budgetYtd,
    actualYtd: r.actualYtd,
    fullYearBudget: book.budgetBetween(r.account, jan, dec31),
    forecast: forecast(r.account),
  }));
  return {
    year,
    throughMonth: firstOfMonth(ytdEnd),
    throughIsPartial: firstOfMonth(ytdEnd) === currentMonth,
    currentMonth,
    months,
    accounts,
  };
}
