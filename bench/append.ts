/**
 * Appends under live validation (issue 10, point 8): a co-author adds one row to a 100k-line table while
 * this add-in validates live. Before, the table change re-read the whole table; now only the appended
 * row is read and checked. "before" re-reads ClaimLines the way the old path did, for comparison.
 * A report, not a test.
 */
import { DEFAULT_AS_OF } from "../src/domain/sample";
import { readTables } from "../src/excel/table-io";
import { ValidationController } from "../src/excel/validation";
import type { ExcelHost } from "../src/host";
import { practiceHost } from "./support";
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

export const appendBench: BenchSection = {
  name: "append",
  async run() {
    const { host } = await practiceHost({ claimLines: CLAIM_LINES }, { textIds: true });
    const me = new ValidationController(host.run);
    await me.validate({ asOf: DEFAULT_AS_OF });
    await host.settle();
    const results: BenchResult[] = [];

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
