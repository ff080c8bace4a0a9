/**
 * Bodies of the workbook-aware PM functions (their JSDoc and ids are in ../functions.ts). Each streams:
 * see stream.ts. They share one LiveWorkbook, reading through officeRunner inside Excel; tests, the bench
 * and the standalone app call useWorkbookRunner with the in-memory host's runner.
 */
import { CATALOG } from "../../domain/catalog";
import { ymdFromSerial } from "../../domain/dates/excel-dates";
import {
  BudgetBook,
  budgetLines,
  expenseLines,
  filingDeadline as deadline,
  type YtdKind,
} from "../../domain/metrics";
import { officeRunner, type ExcelRunner } from "../../excel/runner";
import { isBlankArg, numberFromText, today, type Args } from "../args";
import { FunctionFault } from "../excel-errors";
import { budgetReportSpill, type SpillTable } from "../spills";
import { LiveWorkbook, tableNotFound, type LoadedTable, type WatchedTable } from "./live-workbook";
import { streamCell } from "./stream";

let live: LiveWorkbook | null = null;

/** The LiveWorkbook the functions read (created on first use with officeRunner). */
export function liveWorkbook(): LiveWorkbook {
  return (live ??= new LiveWorkbook(officeRunner));
}

/** Points the workbook-aware functions at another runner (in-memory host); drops all cached tables. */
export function useWorkbookRunner(runner: ExcelRunner): LiveWorkbook {
  live = new LiveWorkbook(runner);
  return live;
}

const BUDGET_TABLES: readonly WatchedTable[] = ["Budget", "Expenses"];
/** A cell whose year or asOf is left to default to today rolls over at midnight (day-clock.ts). */
function defaultsToToday(...args: unknown[]): { followsToday: boolean } {
  return { followsToday: args.some(isBlankArg) };
}

export function present(tables: Map<WatchedTable, LoadedTable>, names: readonly WatchedTable[]): void {
  for (const name of names) if (!tables.get(name)) throw new FunctionFault("#N/A", tableNotFound(name));
}

/** The budget index of the current Budget and Expenses tables; `need` lists the tables that must exist. */
async function budgetBook(need: readonly WatchedTable[]): Promise<BudgetBook> {
  const w = liveWorkbook();
  present(await w.tables(BUDGET_TABLES), need);
  return w.memo("budget-book", BUDGET_TABLES, (t) => {
    const budget = t.get("Budget")?.typedRows(CATALOG.Budget) ?? [];
    const expenses = t.get("Expenses")?.typedRows(CATALOG.Expenses) ?? [];
    return new BudgetBook(budgetLines(budget), expenseLines(expenses));
  });
}

/** The account argument, which must appear in Budget or Expenses (a typo is #N/A, not a silent 0). */
function account(a: Args, book: BudgetBook, value: unknown): string {
  const name = a.text("account", value);
  if (!book.hasAccount(name)) throw a.missing(`account "${name}" is not in the Budget or Expenses table`);
  return name;
}

function thisYear(): number {
  return ymdFromSerial(today()).year;
}

function ytdKind(a: Args, value: unknown): YtdKind {
  if (isBlankArg(value)) return "actual";
  const kind = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (kind === "budget" || kind === "actual" || kind === "variance") return kind;
  throw a.fail(`kind must be "budget", "actual" or "variance"`);
}

export function budget(
  accountArg: unknown,
  month: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  streamCell(liveWorkbook(), "BUDGET", BUDGET_TABLES, invocation, async (a) => {
    const book = await budgetBook(["Budget"]);
    return book.budget(account(a, book, accountArg), a.month("month", month));
  });
}

export function actual(
  accountArg: unknown,
  month: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  streamCell(liveWorkbook(), "ACTUAL", BUDGET_TABLES, invocation, async (a) => {
    const book = await budgetBook(["Expenses"]);
    return book.actual(account(a, book, accountArg), a.month("month", month));
  });
}

export function ytd(
  accountArg: unknown,
  month: unknown,
  kind: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  streamCell(liveWorkbook(), "YTD", BUDGET_TABLES, invocation, async (a) => {
    const book = await budgetBook(BUDGET_TABLES);
    return book.ytd(account(a, book, accountArg), a.month("month", month), ytdKind(a, kind));
  });
}

export function remaining(
  accountArg: unknown,
  year: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  streamCell(
    liveWorkbook(),
    "REMAINING",
    BUDGET_TABLES,
    invocation,
    async (a) => {
      const book = await budgetBook(BUDGET_TABLES);
      return book.remaining(account(a, book, accountArg), a.optionalYear("year", year, thisYear));
    },
    defaultsToToday(year),
  );
}

export function forecast(
  accountArg: unknown,
  year: unknown,
  asOf: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  streamCell(
    liveWorkbook(),
    "FORECAST",
    BUDGET_TABLES,
    invocation,
    async (a) => {
      const book = await budgetBook(BUDGET_TABLES);
      const name = account(a, book, accountArg);
      const y = a.optionalYear("year", year, thisYear);
      const value = book.forecast(name, y, a.optionalDate("asOf", asOf));
      if (value === null) throw a.missing(`${y} has not started on asOf: there is no run rate yet`);
      return value;
    },
    defaultsToToday(year, asOf),
  );
}

export function budgetReport(
  year: unknown,
  asOf: unknown,
  invocation: CustomFunctions.StreamingInvocation<SpillTable>,
): void {
  streamCell(
    liveWorkbook(),
    "BUDGETREPORT",
    BUDGET_TABLES,
    invocation,
    async (a) => {
      const book = await budgetBook(BUDGET_TABLES);
      return budgetReportSpill(
        book.report(a.optionalYear("year", year, thisYear), a.optionalDate("asOf", asOf)),
      );
    },
    defaultsToToday(year, asOf),
  );
}

/** Payer ID (any case) -> Timely Filing (days), null when the payer's cell is blank. */
async function filingDays(): Promise<Map<string, number | null>> {
  const w = liveWorkbook();
  present(await w.tables(["Payers"]), ["Payers"]);
  return w.memo("payer-filing-days", ["Payers"], (t) => {
    const days = new Map<string, number | null>();
    for (const row of t.get("Payers")?.typedRows(CATALOG.Payers) ?? []) {
      if (row.payerId !== null) days.set(row.payerId.toLowerCase(), row.timelyFilingDays);
    }
    return days;
  });
}

/** A number of days answers at once; a Payer ID streams from the Payers table. */
export function filingDeadline(
  serviceDate: unknown,
  daysOrPayerId: unknown,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  const days =
    typeof daysOrPayerId === "number"
      ? daysOrPayerId
      : typeof daysOrPayerId === "string"
        ? numberFromText(daysOrPayerId)
        : null;
  const tables: readonly WatchedTable[] = days === null ? ["Payers"] : [];
  streamCell(liveWorkbook(), "FILINGDEADLINE", tables, invocation, async (a) => {
    const date = a.date("serviceDate", serviceDate);
    if (days !== null) return deadline(date, a.number("daysOrPayerId", days, { min: 0, integer: true }));
    const payer = a.text("daysOrPayerId", daysOrPayerId);
    const limits = await filingDays();
    const limit = limits.get(payer.toLowerCase());
    if (limit === undefined) throw a.missing(`payer "${payer}" is not in the Payers table`);
    if (limit === null) throw a.missing(`payer "${payer}" has no Timely Filing (days) in the Payers table`);
    return deadline(date, limit);
  });
}
