/** Budget vs actual for the as-of year, per account and month, with the shared BudgetBook. */
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
  /** First day of the as-of month: YTD runs through the end of it. */
  readonly throughMonth: number;
  readonly months: readonly number[];
  readonly accounts: readonly AccountBudget[];
}

export function computeBudget(input: SummaryInput): BudgetFigures {
  const today = Math.floor(input.asOf);
  const year = ymdFromSerial(today).year;
  const jan = serialFromYmd(year, 1, 1);
  const dec31 = serialFromYmd(year, 12, 31);
  const throughMonth = firstOfMonth(today);
  const months = Array.from({ length: 12 }, (_, i) => addMonths(jan, i));
  const book = new BudgetBook(
    budgetLines(rowsOf(input.tables, "Budget")),
    expenseLines(rowsOf(input.tables, "Expenses")),
  );
  const accounts = book.report(year, today).map((r) => ({
    account: r.account,
    months: months.map((m) => ({
      month: m,
      budget: book.budget(r.account, m),
      actual: m <= throughMonth ? book.actual(r.account, m) : null,
    })),
    budgetYtd: r.budgetYtd,
    actualYtd: r.actualYtd,
    fullYearBudget: book.budgetBetween(r.account, jan, dec31),
    forecast: r.forecast,
  }));
  return { year, throughMonth, months, accounts };
}
