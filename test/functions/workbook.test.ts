import { serialFromYmd } from "../../src/domain/dates/excel-dates";
import { FUNCTION_EXAMPLES, exampleFormula } from "../../src/functions/examples";
import * as pm from "../../src/functions/functions";
import { expectResult } from "./expect-result";
import { functionsById } from "./pure-function-table";
import { firstResult, streamCell } from "./stream-cell";
import { addTable, exampleWorkbook, settle } from "./workbook-host";

type Fn = (...args: unknown[]) => unknown;
const call = (fn: unknown) => fn as Fn;

describe("documented examples of the workbook-aware functions", () => {
  const examples = FUNCTION_EXAMPLES.filter((e) => e.usesTables);
  it.each(examples.map((e) => [exampleFormula(e), e] as const))("%s", async (_formula, example) => {
    await exampleWorkbook();
    const fn = (await functionsById()).get(example.id) as Fn;
    expectResult(await firstResult(fn, ...example.args), example.result);
  });
});

describe("results follow the tables", () => {
  it("a change to Expenses changes PM.ACTUAL without pressing anything", async () => {
    const { host } = await exampleWorkbook();
    const cell = streamCell(call(pm.actual), "Supplies", "2026-01");
    expect(await cell.next()).toBe(800); // 350 + 450
    // Expenses row 2 (Gloves, 350) is sheet row 3; Amount is column D. A co-author changes it to 1,350.
    const next = cell.next();
    await host.edit("Expenses", "D3", [[1350]], "Remote");
    expect(await next).toBe(1800);
    cell.cancel();
  });

  it("recalculates every cell from one read, and only cells that read the changed table", async () => {
    const { host, live } = await exampleWorkbook();
    const cells = Array.from({ length: 50 }, (_, i) =>
      streamCell(call(pm.budget), i % 2 ? "Rent" : "Supplies", "2026-02"),
    );
    const filing = streamCell(call(pm.filingDeadline), "2026-01-15", "AETNA");
    await settle(host);
    expect(cells.map((c) => c.latest)).toEqual(cells.map((_, i) => (i % 2 ? 5000 : 800)));
    expect(filing.latest).toBe(46157);
    expect(live.listenerCount).toBe(51);

    host.resetStats();
    await host.edit("Budget", "D3", [[4500]]); // Rent, February
    await settle(host);
    expect(cells.map((c) => c.latest)).toEqual(cells.map((_, i) => (i % 2 ? 4500 : 800)));
    expect(cells.every((c) => c.results.length === 2)).toBe(true);
    expect(filing.results).toEqual([46157]); // Payers did not change
    // One re-read: the workbook's table list, then Budget and Expenses together in one sync.
    expect(host.stats.syncs).toBe(2);

    for (const c of [...cells, filing]) c.cancel();
    expect(live.listenerCount).toBe(0);
    await host.edit("Budget", "D3", [[4000]]);
    await settle(host);
    expect(cells[1]?.results).toEqual([5000, 4500]); // canceled cells get nothing more
  });

  it("FILINGDEADLINE follows the payer's filing limit", async () => {
    const { host } = await exampleWorkbook();
    const cell = streamCell(call(pm.filingDeadline), "2026-01-15", "aetna");
    expect(await cell.next()).toBe(46157);
    const next = cell.next();
    await host.edit("Payers", "C2", [[90]]);
    expect(await next).toBe(46127);
    await host.edit("Payers", "C2", [[""]]);
    await settle(host);
    expect(cell.latest).toMatchObject({
      code: "#N/A",
      message: 'PM.FILINGDEADLINE: payer "aetna" has no Timely Filing (days) in the Payers table',
    });
  });
});

describe("errors", () => {
  it("a missing table is #N/A telling the user to run setup, and results appear once it exists", async () => {
    const { host } = await exampleWorkbook(["Expenses"]);
    const cell = streamCell(call(pm.budget), "Rent", "2026-02");
    expect(await cell.next()).toMatchObject({
      code: "#N/A",
      message: "Budget table not found - run Set up workbook",
    });
    expect(await firstResult(call(pm.filingDeadline), "2026-01-15", "AETNA")).toMatchObject({
      code: "#N/A",
      message: "Payers table not found - run Set up workbook",
    });
    // ACTUAL needs only Expenses.
    expect(await firstResult(call(pm.actual), "Rent", "2026-02")).toBe(5000);

    const next = cell.next();
    await addTable(host, "Budget", [
      ["Account", "Category", "Month", "Amount"],
      ["Rent", "Operating", "2026-02-01", 5200],
    ]);
    expect(await next).toBe(5200);
  });

  it("names the function and argument", async () => {
    await exampleWorkbook();
    expect(await firstResult(call(pm.budget), "Rnet", "2026-02")).toMatchObject({
      code: "#N/A",
      message: 'PM.BUDGET: account "Rnet" is not in the Budget or Expenses table',
    });
    expect(await firstResult(call(pm.actual), "Rent", "Febuary")).toMatchObject({
      code: "#VALUE!",
      message: 'PM.ACTUAL: month "Febuary" is not a date (use a date or text like 2026-03-31)',
    });
    expect(await firstResult(call(pm.ytd), "Rent", "2026-02", "forecast")).toMatchObject({
      code: "#VALUE!",
      message: 'PM.YTD: kind must be "budget", "actual" or "variance"',
    });
    expect(await firstResult(call(pm.forecast), "Rent", 2027, "2026-06-01")).toMatchObject({
      code: "#N/A",
      message: "PM.FORECAST: 2027 has not started on asOf: there is no run rate yet",
    });
    expect(await firstResult(call(pm.budget), null, "2026-02")).toMatchObject({
      code: "#VALUE!",
      message: "PM.BUDGET: account is blank",
    });
  });

  it("a failed read is #N/A with Excel's error, and the next change reads again", async () => {
    const { host } = await exampleWorkbook();
    const cell = streamCell(call(pm.budget), "Rent", "2026-02");
    expect(await cell.next()).toBe(5000);
    host.failSync(1, { code: "GeneralException", message: "Excel is busy" });
    let next = cell.next();
    await host.edit("Budget", "D3", [[4500]]);
    expect(await next).toMatchObject({ code: "#N/A" });
    expect((cell.latest as { message: string }).message).toMatch(
      /^PM\.BUDGET: could not read the Budget table: .*Excel is busy/,
    );
    next = cell.next();
    await host.edit("Budget", "D3", [[4600]]);
    expect(await next).toBe(4600);
  });
});

describe("argument forms", () => {
  it("months and years as serials, text or a date; accounts in any case", async () => {
    await exampleWorkbook();
    const feb = serialFromYmd(2026, 2, 14);
    expect(await firstResult(call(pm.budget), " rent ", feb)).toBe(5000);
    expect(await firstResult(call(pm.actual), "RENT", "Feb 2026")).toBe(5000);
    expect(await firstResult(call(pm.ytd), "Supplies", "2026-03-31", "budget")).toBe(2400);
    expect(await firstResult(call(pm.ytd), "Supplies", "2026-03", "actual")).toBe(1800);
    // A date for the year means its year.
    expect(await firstResult(call(pm.remaining), "Rent", serialFromYmd(2026, 7, 1))).toBe(0);
    expect(await firstResult(call(pm.remaining), "Rent", "2025")).toBe(0);
    // A month with nothing budgeted or spent is 0, not an error.
    expect(await firstResult(call(pm.budget), "Rent", "2026-07")).toBe(0);
  });
});

describe("defaults", () => {
  it("YTD defaults to actual, REMAINING and BUDGETREPORT to this year", async () => {
    await exampleWorkbook();
    expect(await firstResult(call(pm.ytd), "Rent", "2026-02", null)).toBe(10000);
    const year = new Date().getFullYear();
    // The example tables are all 2026: Supplies has 2,400 budgeted and 1,800 spent then, nothing in other years.
    expect(await firstResult(call(pm.remaining), "Supplies", null)).toBe(year === 2026 ? 600 : 0);
    const report = (await firstResult(call(pm.budgetReport), null, null)) as unknown[][];
    expect(report[0]).toEqual(["Account", "Budget YTD", "Actual YTD", "Variance", "Variance %", "Forecast"]);
  });
});
