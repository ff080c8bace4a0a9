/**
 * Appends (issue 10, point 8), a report, not a test:
 * - Under live validation: a co-author adds one row to a 100k-line table while this add-in validates
 *   live. Before, the table change re-read the whole table; now only the appended row is read and checked.
 *   "before" re-reads ClaimLines the way the old path did, for comparison.
 * - 100k ClaimLines rows into a set-up workbook both ways: TableRowCollection.add (what an Excel without
 *   Table.resize gets) and the import path the docs advise (written below the table, Table.resize takes
 *   them in: src/excel/table-io/import-rows.ts). Syncs, bytes and time are the in-memory host's; how much
 *   faster the import is in real Excel is what the docs describe ("you might experience slow performance"
 *   with rows.add) and cannot be measured here.
 */
import { DEFAULT_AS_OF } from "../src/domain/sample";
import { setupWorkbook } from "../src/excel/setup";
import { appendRows, readTables, type AppendResult } from "../src/excel/table-io";
import { ValidationController } from "../src/excel/validation";
import { createExcelHost, type ExcelHost } from "../src/host";
import { claimLines } from "./table-io";
import { measure, practiceHost, type Measured } from "./support";
import type { BenchResult, BenchSection } from "./types";

const CLAIM_LINES = 100_000;

function result(label: string, host: ExcelHost, ms: number, note: string): BenchResult {
  return {
    case: label,
    ms,
    syncs: host.stats.syncs,
    maxRequestBytes: host.stats.maxRequestBytes,
    maxResponseBytes: host.stats.maxResponseBytes,
    note: `${note}; ${(host.stats.totalResponseBytes / 1024).toFixed(1)} KB read in all`,
  };
}

/** An Excel without ExcelApi 1.13 (isSetSupported says no): appendRows falls back to rows.add. */
async function withoutResize<T>(work: () => Promise<T>): Promise<T> {
  const holder = globalThis as unknown as { Office?: unknown };
  const before = holder.Office;
  holder.Office = { context: { requirements: { isSetSupported: () => false } } };
  try {
    return await work();
  } finally {
    holder.Office = before;
  }
}

/** 100k ClaimLines rows appended to a set-up workbook, by rows.add or by the import path. */
async function bulkAppend(path: AppendResult["path"]): Promise<Measured> {
  const { headers, rows } = claimLines(CLAIM_LINES);
  const host = createExcelHost();
  await setupWorkbook(host.run);
  const append = () => host.run((context) => appendRows(context, "ClaimLines", { headers, rows }));
  const measured = await measure(
    `append 100,000 ClaimLines rows: ${path}`,
    host,
    () => (path === "import" ? append() : withoutResize(append)),
    {
      cpu: true,
      note: (result) =>
        `took ${result.path}; ${(host.stats.totalRequestBytes / 1024 / 1024).toFixed(1)} MB sent in all`,
    },
  );
  return measured;
}

export const appendBench: BenchSection = {
  name: "append",
  async run() {
    const bulk = [await bulkAppend("rows.add"), await bulkAppend("import")];
    const { host } = await practiceHost({ claimLines: CLAIM_LINES }, { textIds: true });
    const me = new ValidationController(host.run);
    await me.validate({ asOf: DEFAULT_AS_OF });
    await host.settle();
    const results: BenchResult[] = [...bulk];

    // Before: what a table change other than an in-place edit cost (the whole table re-read).
    host.resetStats();
    let start = performance.now();
    await host.run((context) => readTables(context, ["ClaimLines"]));
    results.push(
      result("before: co-author adds 1 row (table re-read)", host, performance.now() - start, "the old path"),
    );

    // Now: the co-author's add-in appends one line; this add-in's live validation reads that row only.
    host.resetStats();
    start = performance.now();
    await host.session("co-author").run(async (context) => {
      const table = context.workbook.tables.getItem("ClaimLines");
      const header = table.getHeaderRowRange().load("values");
      await context.sync();
      const row = (header.values[0] ?? []).map((h) => (h === "Claim ID" ? "C-NEW" : h === "Line" ? 1 : null));
      table.rows.add(undefined, [row as (string | number)[]]);
      await context.sync();
    });
    await host.settle();
    const live = me.getSnapshot().lastLive;
    results.push(
      result(
        "now: co-author adds 1 row (live, appended row only)",
        host,
        performance.now() - start,
        `read ${live?.read ?? "?"}, ${live?.rowsRechecked ?? 0} rows re-checked; includes the co-author's 2 syncs`,
      ),
    );
    return results;
  },
};
