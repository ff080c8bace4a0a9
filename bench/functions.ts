/**
 * PM functions: range functions over 100,000 rows (goal: under 50 ms each), and 1,000 workbook-aware
 * cells recalculated after an edit to Expenses (goal: under 200 ms of add-in time, measured from the
 * edit until every cell has its new result, including the re-read from the in-memory host).
 */
import type { CellValue } from "../src/domain/catalog";
import { serialFromYmd } from "../src/domain/dates/excel-dates";
import * as pm from "../src/functions/functions";
import { useWorkbookRunner } from "../src/functions/workbook/functions";
import { createExcelHost, type ExcelHost } from "../src/host";
import { writeTables } from "./support";
import type { BenchResult, BenchSection } from "./types";

const ROWS = 100_000;
const RUNS = 7;
const CELLS = 1_000;

/** Median milliseconds of `RUNS` timed calls after two warm-up calls. */
function medianMs(call: () => unknown): number {
  call();
  call();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    call();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** A column as Excel passes it: one array per row. */
const column = <T>(count: number, cell: (i: number) => T): T[][] =>
  Array.from({ length: count }, (_, i) => [cell(i)]);

function pureCase(name: string, call: () => unknown): BenchResult {
  const ms = medianMs(call);
  return {
    case: name,
    ms,
    syncs: 0,
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    note: `${ROWS} rows, goal < 50 ms`,
  };
}

function rangeCases(): BenchResult[] {
  const asOf = serialFromYmd(2026, 6, 30);
  const dates = column(ROWS, (i) => asOf - (i % 400));
  const isoDates = column(
    ROWS,
    (i) => `2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
  );
  const balances = column(ROWS, (i) => (i % 7 === 0 ? "" : 25 + (i % 300)));
  const claimStatuses = ["Paid", "Denied", "Partially Paid", "Submitted", "Appealed", "Closed", ""];
  const apptStatuses = ["Completed", "No Show", "Late Cancel", "Scheduled", "Arrived", "Canceled", ""];
  const claims = column(ROWS, (i) => claimStatuses[i % claimStatuses.length] ?? "");
  const appointments = column(ROWS, (i) => apptStatuses[i % apptStatuses.length] ?? "");
  const minutes = column(ROWS, (i) => 15 + (i % 4) * 15);
  return [
    pureCase("PM.AGING (serial dates)", () => pm.aging(dates, balances, asOf)),
    pureCase("PM.AGING (ISO text dates)", () => pm.aging(isoDates, balances, asOf)),
    pureCase("PM.DENIALRATE", () => pm.denialRate(claims)),
    pureCase("PM.NOSHOWRATE", () => pm.noShowRate(appointments, true)),
    pureCase("PM.DAYSINAR", () => pm.daysInAR(balances, balances, 90)),
    pureCase("PM.UTILIZATION", () => pm.utilization(minutes, [[ROWS * 40]])),
  ];
}

/** Budget: 25 accounts x 12 months; Expenses: 5,000 rows over 2026. */
async function budgetWorkbook(): Promise<ExcelHost> {
  const accounts = Array.from({ length: 25 }, (_, i) => `Account ${i + 1}`);
  const budget: CellValue[][] = [];
  for (const account of accounts)
    for (let m = 1; m <= 12; m++) budget.push([account, "Operating", serialFromYmd(2026, m, 1), 1000 + m]);
  const expenses: CellValue[][] = [];
  for (let i = 0; i < 5_000; i++) {
    expenses.push([
      serialFromYmd(2026, 1, 1) + (i % 360),
      accounts[i % accounts.length] ?? "",
      "",
      "Item",
      10 + (i % 90),
      "",
      "",
    ]);
  }
  const host = createExcelHost();
  await writeTables(host, [
    { sheet: "Budget", name: "Budget", headers: ["Account", "Category", "Month", "Amount"], rows: budget },
    {
      sheet: "Expenses",
      name: "Expenses",
      headers: ["Date", "Account", "Vendor ID", "Description", "Amount", "Invoice No", "Paid On"],
      rows: expenses,
    },
  ]);
  return host;
}

type Invocation = { setResult: (value: unknown) => void; onCanceled?: () => void };

async function recalcCase(): Promise<BenchResult> {
  const host = await budgetWorkbook();
  useWorkbookRunner(host.run);
  const results = new Array<number>(CELLS).fill(0);
  let waiting: { count: number; done: () => void } | null = null;
  const invocations: Invocation[] = [];
  const kinds = [pm.budget, pm.actual, pm.ytd, pm.remaining, pm.forecast] as unknown as ((
    ...a: unknown[]
  ) => void)[];
  for (let i = 0; i < CELLS; i++) {
    const invocation: Invocation = {
      setResult: () => {
        results[i] = (results[i] ?? 0) + 1;
        if (waiting && --waiting.count === 0) waiting.done();
      },
    };
    invocations.push(invocation);
    const account = `Account ${(i % 25) + 1}`;
    const month = serialFromYmd(2026, (i % 12) + 1, 1);
    const args =
      [
        [account, month],
        [account, month],
        [account, month, "variance"],
        [account, 2026],
        [account, 2026, serialFromYmd(2026, 9, 30)],
      ][i % 5] ?? [];
    kinds[i % 5]?.(...args, invocation);
  }
  const allSet = (count: number) => new Promise<void>((done) => (waiting = { count, done }));
  await allSet(CELLS);

  const times: number[] = [];
  let syncs = 0;
  let maxResponse = 0;
  let maxRequest = 0;
  for (let run = 0; run < RUNS; run++) {
    host.resetStats();
    const updated = allSet(CELLS);
    const start = performance.now();
    await host.edit("Expenses", "E2", [[run + 11]], "Remote");
    await updated;
    times.push(performance.now() - start);
    syncs = host.stats.syncs;
    maxRequest = Math.max(maxRequest, host.stats.maxRequestBytes);
    maxResponse = Math.max(maxResponse, host.stats.maxResponseBytes);
  }
  for (const invocation of invocations) invocation.onCanceled?.();
  times.sort((a, b) => a - b);
  return {
    case: `${CELLS} budget cells after an Expenses edit`,
    ms: times[Math.floor(times.length / 2)] ?? 0,
    syncs,
    maxRequestBytes: maxRequest,
    maxResponseBytes: maxResponse,
    note: "5,000 expenses, 300 budget rows; goal < 200 ms",
  };
}

export const functionsBench: BenchSection = {
  name: "functions",
  async run() {
    return [...rangeCases(), await recalcCase()];
  },
};
