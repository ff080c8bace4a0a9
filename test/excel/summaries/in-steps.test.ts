/**
 * Refresh summaries builds its long figures in steps (issue 12: the task pane's thread, which this code
 * shares with the page, never freezes for long): the open claims every A/R sheet starts from and the
 * productivity figures are computed a step of rows at a time with a breathe between steps, and the
 * sheets come out exactly as when built in one go.
 */
import { CATALOG, TABLE_NAMES, type TableName } from "../../../src/domain/catalog";
import { DEFAULT_AS_OF, generatePractice } from "../../../src/domain/sample";
import { ROWS_PER_STEP } from "../../../src/domain/slices";
import { SUMMARIES, type SummaryInput, type SummaryTables } from "../../../src/domain/summaries";
import { openClaims, openClaimsInSteps } from "../../../src/domain/summaries/figures/receivables";
import { computeDashboard, computeDashboardInSteps } from "../../../src/domain/summaries/figures/dashboard";
import { prepareSummaries } from "../../../src/domain/summaries/prepare";
import { withTables } from "../../../src/domain/summaries/inputs";
import { refreshSummaries } from "../../../src/excel/summaries/refresh";
import { setupWorkbook } from "../../../src/excel/setup";
import { appendRows, createTableData } from "../../../src/excel/table-io";
import { createExcelHost, type ExcelHost } from "../../../src/host";
import { countingBreathe } from "../../support/counting-breathe";

/** A smaller practice set up and added table by table, as the sample loader does. */
const small = generatePractice({ providers: 2, months: 2 });
async function practiceWorkbook(): Promise<ExcelHost> {
  const host = createExcelHost();
  await setupWorkbook(host.run);
  await host.run(async (context) => {
    for (const name of TABLE_NAMES) await appendRows(context, name, small[name]);
  });
  return host;
}

const practice = generatePractice({ providers: 3, months: 6 });

/** The practice's tables typed as Refresh summaries types them; new arrays on every call. */
function tables(): SummaryTables {
  const typed: Partial<Record<TableName, unknown>> = {};
  for (const name of TABLE_NAMES) {
    typed[name] = createTableData({
      name,
      sheet: name,
      ...practice[name],
      firstRow: 1,
      firstColumn: 0,
    }).typedRows(CATALOG[name]);
  }
  return withTables(typed as Partial<SummaryTables>);
}

function inputOf(t: SummaryTables): SummaryInput {
  return { tables: t, unread: {}, asOf: DEFAULT_AS_OF, bucketDays: [30, 60, 90, 120], unbilledAfterDays: 3 };
}

describe("summary figures in steps", () => {
  it("the practice is large enough for several steps", () => {
    const t = tables();
    expect(t.ClaimLines?.length).toBeGreaterThan(3 * ROWS_PER_STEP);
    expect(t.Claims?.length).toBeGreaterThan(ROWS_PER_STEP);
  });

  it("open claims in steps are the open claims in one go, breathing once per step", async () => {
    const a = tables();
    const b = tables(); // other arrays: nothing is remembered between the two
    const { breathe, calls } = countingBreathe();
    const stepped = await openClaimsInSteps(
      a.Claims ?? [],
      a.Payments ?? [],
      a.Payers ?? [],
      DEFAULT_AS_OF,
      breathe,
    );
    expect(stepped).toEqual(openClaims(b.Claims ?? [], b.Payments ?? [], b.Payers ?? [], DEFAULT_AS_OF));
    expect(stepped.length).toBeGreaterThan(10);
    expect(calls()).toBeGreaterThanOrEqual(Math.floor((a.Claims?.length ?? 0) / ROWS_PER_STEP));
  });

  it("the dashboard's period figures pause inside their passes over appointments, claims and payments", async () => {
    const t = tables();
    const { breathe, calls } = countingBreathe();
    const stepped = await computeDashboardInSteps(inputOf(t), breathe);
    expect(stepped).toEqual(computeDashboard(inputOf(tables())));
    // This month, last month and the year so far each walk Appointments, Claims and Payments in steps.
    const steps = (rows: readonly unknown[] | null | undefined) =>
      Math.floor((rows?.length ?? 0) / ROWS_PER_STEP);
    expect(steps(t.Appointments) + steps(t.Claims) + steps(t.Payments)).toBeGreaterThan(3);
    expect(calls()).toBeGreaterThanOrEqual(3 * (steps(t.Appointments) + steps(t.Claims) + steps(t.Payments)));
  });

  it("every sheet built in steps, after the shared work was prepared in steps, is the sheet built in one go", async () => {
    const stepped = inputOf(tables());
    const oneGo = inputOf(tables());
    const { breathe, calls } = countingBreathe();
    await prepareSummaries(stepped, breathe);
    const prepared = calls();
    expect(prepared).toBeGreaterThan(1);
    for (const summary of SUMMARIES) {
      const model = summary.buildInSteps
        ? await summary.buildInSteps(stepped, breathe)
        : summary.build(stepped);
      expect(model).toEqual(summary.build(oneGo));
    }
    // Productivity walks every claim line (and the claims, payments, appointments) in steps.
    expect(calls() - prepared).toBeGreaterThanOrEqual(
      Math.floor((stepped.tables.ClaimLines?.length ?? 0) / ROWS_PER_STEP),
    );
  });

  it("Refresh summaries breathes while it types rows and builds sheets, and writes what it writes without", async () => {
    const { breathe, calls } = countingBreathe();
    const stepped = await practiceWorkbook();
    const oneGo = await practiceWorkbook();
    const a = await refreshSummaries(stepped.run, { asOf: DEFAULT_AS_OF, breathe });
    const b = await refreshSummaries(oneGo.run, { asOf: DEFAULT_AS_OF, breathe: () => Promise.resolve() });
    expect(a).toEqual(b);
    expect(calls()).toBeGreaterThan(2 * SUMMARIES.length);
    expect(stepped.snapshot()).toEqual(oneGo.snapshot());
  });
});
