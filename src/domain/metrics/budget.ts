/**
 * Budget math: variance, proration, and budget-versus-actual over the Budget and Expenses tables.
 * Variance is actual - budget, so for spending a positive variance means over budget.
 */
import type { CATALOG, RowOf } from "../catalog";
import { addMonths, daysInMonth, firstOfMonth, serialFromYmd, ymdFromSerial } from "../dates/excel-dates";
import { ratio } from "./ratio";

/** Variance = actual - budget (positive: spent more than budgeted). */
export function variance(actual: number, budget: number): number {
  return actual - budget;
}

/** Variance % = (actual - budget) / budget; null when the budget is 0. */
export function variancePct(actual: number, budget: number): number | null {
  return ratio(actual - budget, budget);
}

/**
 * The part of an amount that falls in a month when the amount covers startDate..endDate (both days
 * included) evenly per day, e.g. a 12-month contract's cost in March. 0 when the period misses the
 * month. endDate must not be before startDate.
 */
export function prorate(amount: number, startDate: number, endDate: number, month: number): number {
  const start = Math.floor(startDate);
  const end = Math.floor(endDate);
  if (end < start) throw new RangeError("endDate is before startDate");
  const monthStart = firstOfMonth(month);
  const monthEnd = monthStart + daysInMonth(monthStart) - 1;
  const overlap = Math.min(end, monthEnd) - Math.max(start, monthStart) + 1;
  return overlap <= 0 ? 0 : (amount * overlap) / (end - start + 1);
}

/** One Budget row: the amount budgeted for an account in a month (the month's first day). */
export interface BudgetLine {
  readonly account: string;
  readonly month: number;
  readonly amount: number;
}

/** One Expenses row: an amount charged to an account on a date. */
export interface ExpenseLine {
  readonly account: string;
  readonly date: number;
  readonly amount: number;
}

/** Budget lines from typed Budget rows; rows without an account, month or amount are left out. */
export function budgetLines(rows: readonly RowOf<typeof CATALOG.Budget>[]): BudgetLine[] {
  const lines: BudgetLine[] = [];
  for (const r of rows) {
    if (r.account === null || r.month === null || r.amount === null) continue;
    lines.push({ account: r.account, month: firstOfMonth(r.month), amount: r.amount });
  }
  return lines;
}

/** Expense lines from typed Expenses rows; rows without an account, date or amount are left out. */
export function expenseLines(rows: readonly RowOf<typeof CATALOG.Expenses>[]): ExpenseLine[] {
  const lines: ExpenseLine[] = [];
  for (const r of rows) {
    if (r.account === null || r.date === null || r.amount === null) continue;
    lines.push({ account: r.account, date: Math.floor(r.date), amount: r.amount });
  }
  return lines;
}

/** Accounts match regardless of case and surrounding or repeated spaces. */
export function accountKey(account: string): string {
  return account.trim().replace(/\s+/g, " ").toLowerCase();
}

export type YtdKind = "budget" | "actual" | "variance";

export interface BudgetReportRow {
  readonly account: string;
  readonly budgetYtd: number;
  readonly actualYtd: number;
  /** actualYtd - budgetYtd. */
  readonly variance: number;
  /** variance / budgetYtd; null when nothing was budgeted. */
  readonly variancePct: number | null;
  /** Year-end projection of actuals (see BudgetBook.forecast); null before the year starts. */
  readonly forecast: number | null;
}

interface AccountBook {
  /** Spelling of the account's first appearance (Budget first, then Expenses). */
  readonly name: string;
  /** Month serial -> budgeted amount. */
  readonly budget: Map<number, number>;
  /** Expense dates ascending, and running totals: spentBefore[i] = sum of amounts of dates[0..i-1]. */
  dates: number[];
  spentBefore: number[];
}

/** Index of the first element of an ascending array that is greater than value. */
function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Budget and Expenses indexed per account so that each question (an account's budget, actual,
 * year-to-date, forecast) costs a few map look-ups and binary searches, not a pass over the tables:
 * a workbook with a thousand PM.ACTUAL cells recalculates quickly. Build once per table change.
 */
export class BudgetBook {
  private readonly accounts = new Map<string, AccountBook>();

  constructor(budget: readonly BudgetLine[], expenses: readonly ExpenseLine[]) {
    for (const line of budget) {
      const book = this.book(line.account);
      book.budget.set(line.month, (book.budget.get(line.month) ?? 0) + line.amount);
    }
    const spending = new Map<AccountBook, ExpenseLine[]>();
    for (const line of expenses) {
      const book = this.book(line.account);
      const list = spending.get(book) ?? [];
      list.push(line);
      spending.set(book, list);
    }
    for (const [book, list] of spending) {
      list.sort((a, b) => a.date - b.date);
      book.dates = list.map((l) => l.date);
      book.spentBefore = new Array<number>(list.length + 1);
      book.spentBefore[0] = 0;
      list.forEach((l, i) => (book.spentBefore[i + 1] = (book.spentBefore[i] as number) + l.amount));
    }
  }

  private book(account: string): AccountBook {
    const key = accountKey(account);
    let book = this.accounts.get(key);
    if (!book) {
      book = { name: account.trim(), budget: new Map(), dates: [], spentBefore: [0] };
      this.accounts.set(key, book);
    }
    return book;
  }

  /** True when the account appears in Budget or Expenses. */
  hasAccount(account: string): boolean {
    return this.accounts.has(accountKey(account));
  }

  /** Account names in first-appearance order (Budget rows first, then accounts only in Expenses). */
  accountNames(): string[] {
    return [...this.accounts.values()].map((b) => b.name);
  }

  /** Budgeted amount for the account in the month containing `month`. */
  budget(account: string, month: number): number {
    return this.accounts.get(accountKey(account))?.budget.get(firstOfMonth(month)) ?? 0;
  }

  /** Budgeted from the first of fromMonth's month through the end of toMonth's month. */
  budgetBetween(account: string, fromMonth: number, toMonth: number): number {
    const book = this.accounts.get(accountKey(account));
    if (!book) return 0;
    const last = firstOfMonth(toMonth);
    let total = 0;
    for (let m = firstOfMonth(fromMonth); m <= last; m = addMonths(m, 1)) total += book.budget.get(m) ?? 0;
    return total;
  }

  /** Spent on the account from fromDate through toDate, both days included. */
  spentBetween(account: string, fromDate: number, toDate: number): number {
    const book = this.accounts.get(accountKey(account));
    if (!book || toDate < fromDate) return 0;
    const before = (day: number) => book.spentBefore[upperBound(book.dates, day)] as number;
    return before(Math.floor(toDate)) - before(Math.floor(fromDate) - 1);
  }

  /** Spent on the account in the month containing `month`. */
  actual(account: string, month: number): number {
    const start = firstOfMonth(month);
    return this.spentBetween(account, start, addMonths(start, 1) - 1);
  }

  /** Year to date through the end of `month`'s month: budget, actual, or variance (actual - budget). */
  ytd(account: string, month: number, kind: YtdKind = "actual"): number {
    const jan = serialFromYmd(ymdFromSerial(month).year, 1, 1);
    const monthEnd = addMonths(month, 1) - 1;
    const budget = kind === "actual" ? 0 : this.budgetBetween(account, jan, month);
    const actual = kind === "budget" ? 0 : this.spentBetween(account, jan, monthEnd);
    return kind === "budget" ? budget : kind === "actual" ? actual : variance(actual, budget);
  }

  /** Budget for the whole year minus everything spent in that year. */
  remaining(account: string, year: number): number {
    const jan = serialFromYmd(year, 1, 1);
    const dec31 = serialFromYmd(year, 12, 31);
    return this.budgetBetween(account, jan, dec31) - this.spentBetween(account, jan, dec31);
  }

  /**
   * Year-end projection at the run rate: spent from 1 January through asOf, divided by the days
   * elapsed (both included), times the days in the year. On or after 31 December it is simply the
   * year's spending. Null when asOf is before the year starts (there is no rate yet).
   */
  forecast(account: string, year: number, asOf: number): number | null {
    const jan = serialFromYmd(year, 1, 1);
    const dec31 = serialFromYmd(year, 12, 31);
    const day = Math.floor(asOf);
    if (day < jan) return null;
    if (day >= dec31) return this.spentBetween(account, jan, dec31);
    const elapsed = day - jan + 1;
    return (this.spentBetween(account, jan, day) / elapsed) * (dec31 - jan + 1);
  }

  /**
   * Budget-versus-actual for every account with budget or spending in the year, year to date through
   * the end of asOf's month (the whole year once it is over; nothing before it starts), with the
   * forecast at asOf. Accounts keep first-appearance order.
   */
  report(year: number, asOf: number): BudgetReportRow[] {
    const jan = serialFromYmd(year, 1, 1);
    const dec31 = serialFromYmd(year, 12, 31);
    const cutoffMonth = firstOfMonth(Math.min(Math.floor(asOf), dec31));
    const started = Math.floor(asOf) >= jan;
    const rows: BudgetReportRow[] = [];
    for (const name of this.accountNames()) {
      if (!this.hasActivityInYear(name, jan, dec31)) continue;
      const budgetYtd = started ? this.budgetBetween(name, jan, cutoffMonth) : 0;
      const actualYtd = started ? this.spentBetween(name, jan, addMonths(cutoffMonth, 1) - 1) : 0;
      rows.push({
        account: name,
        budgetYtd,
        actualYtd,
        variance: variance(actualYtd, budgetYtd),
        variancePct: variancePct(actualYtd, budgetYtd),
        forecast: this.forecast(name, year, asOf),
      });
    }
    return rows;
  }

  /** True when the account has a Budget month or an expense in the year, even of amount 0. */
  private hasActivityInYear(account: string, jan: number, dec31: number): boolean {
    const book = this.accounts.get(accountKey(account));
    if (!book) return false;
    for (const m of book.budget.keys()) if (m >= jan && m <= dec31) return true;
    return upperBound(book.dates, dec31) > upperBound(book.dates, jan - 1);
  }
}
