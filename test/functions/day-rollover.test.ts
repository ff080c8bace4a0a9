/**
 * Streaming functions that default to today roll over when the date changes, without a table edit.
 * A streaming function cannot be volatile ("Volatile values in functions",
 * learn.microsoft.com/office/dev/add-ins/excel/custom-functions-volatile; functions.json `volatile` is
 * ignored with `stream`), so Excel never recalculates them on its own: the add-in must.
 */
import * as pm from "../../src/functions/functions";
import { streamCell } from "./stream-cell";
import { exampleWorkbook } from "./workbook-host";

type Fn = (...args: unknown[]) => unknown;
const call = (fn: unknown) => fn as Fn;

afterEach(() => jest.useRealTimers());

describe("day rollover of the streaming functions that default to today", () => {
  beforeEach(() => {
    // New Year's Eve 2025, a minute before midnight (local time, as Excel's TODAY()).
    jest.useFakeTimers({ now: new Date(2025, 11, 31, 23, 59, 0), doNotFake: ["queueMicrotask", "nextTick"] });
  });

  it("PM.REMAINING with no year moves to the new year at midnight", async () => {
    await exampleWorkbook(); // Supplies: 2,400 budgeted and 1,800 spent in 2026, nothing in 2025
    const cell = streamCell(call(pm.remaining), "Supplies", null);
    await jest.advanceTimersByTimeAsync(0);
    await waitForResults(cell, 1);
    expect(cell.latest).toBe(0);

    await jest.advanceTimersByTimeAsync(2 * 60 * 1000);
    await waitForResults(cell, 2);
    expect(cell.latest).toBe(600);
    cell.cancel();
  });

  it("PM.BUDGETREPORT with no year and no asOf reports the new year after midnight", async () => {
    await exampleWorkbook();
    const cell = streamCell(call(pm.budgetReport), null, null);
    await waitForResults(cell, 1);
    const before = cell.latest as unknown[][];
    await jest.advanceTimersByTimeAsync(2 * 60 * 1000);
    await waitForResults(cell, 2);
    expect(cell.latest).not.toEqual(before);
    cell.cancel();
  });

  it("a canceled cell no longer listens to the clock", async () => {
    await exampleWorkbook();
    const cell = streamCell(call(pm.remaining), "Supplies", null);
    await waitForResults(cell, 1);
    cell.cancel();
    await jest.advanceTimersByTimeAsync(2 * 60 * 1000);
    expect(cell.results).toHaveLength(1);
    expect(jest.getTimerCount()).toBe(0);
  });

  it("a cell given its year does not recompute at midnight", async () => {
    await exampleWorkbook();
    const fixed = streamCell(call(pm.remaining), "Supplies", 2026);
    await waitForResults(fixed, 1);
    await jest.advanceTimersByTimeAsync(2 * 60 * 1000);
    expect(fixed.results).toEqual([600]);
    fixed.cancel();
  });
});

async function waitForResults(cell: { results: unknown[] }, count: number): Promise<void> {
  for (let i = 0; i < 50 && cell.results.length < count; i++) await jest.advanceTimersByTimeAsync(1);
  expect(cell.results.length).toBeGreaterThanOrEqual(count);
}
