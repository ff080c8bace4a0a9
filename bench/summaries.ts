/**
 * Summaries: the sample practice scaled to ~100k claim lines (and ~75k appointments, ~100k payments),
 * written into the in-memory host, then Refresh summaries (read tables, compute, render every
 * sheet) first on a fresh workbook and again over the generated sheets. Also the pure compute alone.
 * Reports wall and CPU ms, syncs (goal: a small constant per sheet) and the largest request (<= 4 MB).
 */
import { TABLE_NAMES, type TableName } from "../src/domain/catalog";
import { DEFAULT_AS_OF, type PracticeData } from "../src/domain/sample";
import { SUMMARIES, withTables, type SummaryTables } from "../src/domain/summaries";
import { createTableData } from "../src/excel/table-io";
import { refreshSummaries } from "../src/excel/summaries/refresh";
import { measure, practiceHost } from "./support";
import type { BenchSection } from "./types";

const CLAIM_LINES = 100_000;

export function typedTables(data: PracticeData): SummaryTables {
  const tables: Partial<Record<TableName, unknown>> = {};
  for (const name of TABLE_NAMES) {
    const { headers, rows } = data[name];
    tables[name] = createTableData({ name, sheet: name, headers, rows, firstRow: 1, firstColumn: 0 }).typed();
  }
  return withTables(tables as Partial<SummaryTables>);
}

export const summariesBench: BenchSection = {
  name: "summaries",
  async run() {
    const { host, data } = await practiceHost({ claimLines: CLAIM_LINES });
    const asOf = DEFAULT_AS_OF + 0.4;
    const counts = `${data.ClaimLines.rows.length} claim lines, ${data.Appointments.rows.length} appointments`;

    const input = { tables: typedTables(data), asOf, bucketDays: [30, 60, 90, 120] };
    const compute = await measure(
      `compute all ${SUMMARIES.length} sheet models (tables already typed)`,
      null,
      () => Promise.resolve(SUMMARIES.map((s) => s.build(input))),
      { cpu: true },
    );

    const refresh = {
      cpu: true,
      note: () => `${(host.stats.syncs / SUMMARIES.length).toFixed(1)} syncs per sheet`,
    };
    const first = await measure(
      `refresh all ${SUMMARIES.length} sheets, new workbook (${counts})`,
      host,
      () => refreshSummaries(host.run, { asOf }),
      refresh,
    );
    const again = await measure(
      "refresh again over the generated sheets",
      host,
      () => refreshSummaries(host.run, { asOf }),
      refresh,
    );
    return [compute, first, again];
  },
};
