/**
 * Streaming cells: a workbook-aware PM function computes its result from the live tables now and again
 * after every change to the tables it reads, until Excel cancels the cell (formula deleted or edited).
 */
import { Args } from "../args";
import { asFault, checkResult } from "../call";
import { notAvailable, toExcelError } from "../excel-errors";
import { onDayChange } from "./day-clock";
import { WorkbookUnavailable, type LiveWorkbook, type WatchedTable } from "./live-workbook";

export type Compute<T> = (args: Args) => T | Promise<T>;

export interface StreamOptions {
  /** The result depends on today's date (a default year or asOf): recompute when the date changes. */
  readonly followsToday?: boolean;
}

/**
 * Sets the cell's result from compute(), now and after each change to `tables` (and of the date, when
 * options.followsToday). Arguments are read
 * inside compute so that a bad argument shows its #VALUE! like any other error. Results of an older
 * computation that finishes after a newer one are dropped.
 */
export function streamCell<T>(
  live: LiveWorkbook,
  fn: string,
  tables: readonly WatchedTable[],
  invocation: CustomFunctions.StreamingInvocation<T>,
  compute: Compute<T>,
  options: StreamOptions = {},
): void {
  let latest = 0;
  let canceled = false;
  const recompute = async (): Promise<void> => {
    const run = ++latest;
    let result: T | CustomFunctions.Error;
    try {
      result = checkResult(await compute(new Args(fn)));
    } catch (error) {
      const fault =
        error instanceof WorkbookUnavailable ? notAvailable(fn, error.message) : asFault(fn, error);
      result = toExcelError(fault);
    }
    if (run === latest && !canceled) invocation.setResult(result);
  };
  const stop = live.onChange(tables, () => void recompute());
  const stopDay = options.followsToday ? onDayChange(() => void recompute()) : () => {};
  invocation.onCanceled = () => {
    canceled = true;
    stop();
    stopDay();
  };
  void recompute();
}
