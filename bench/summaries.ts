/**
 * Summaries: the sample practice scaled to ~100k claim lines (and ~75k appointments, ~100k payments),
 * written into the in-memory host, then Refresh summaries (read tables, compute, render all eight
 * sheets) first on a fresh workbook and again over the generated sheets. Also the pure compute alone.
 * Reports wall and CPU ms, syncs (goal: a small constant per sheet) and the largest request (<= 4 MB).
 */
import { CATALOG, TABLE_NAMES, type CellValue, type TableName } from "../src/domain/catalog";
import { DEFAULT_AS_OF, generatePractice } from "../src/domain/sample";
import { SUMMARIES, withTables, type SummaryTables } from "../src/domain/summaries";
import { createTableData, jsonBytes, MAX_REQUEST_BYTES } from "../src/excel/table-io";
import { refreshSummaries } from "../src/excel/summaries/refresh";
import { createExcelHost, type ExcelHost } from "../src/host";
import type { BenchResult, BenchSection } from "./types";

const CLAIM_LINES = 100_000;

/** Writes every table (header at A1 of its own sheet) in chunks that keep each request under 4 MB. */
async function fill(
  host: ExcelHost,
  data: Record<TableName, { headers: string[]; rows: CellValue[][] }>,
): Promise<void> {
  await host.run(async (context) => {
    for (const name of TABLE_NAMES) {
      const { headers, rows } = data[name];
      const sheet = context.workbook.worksheets.add(CATALOG[name].sheet);
      const header = sheet.getRangeByIndexes(0, 0, 1, headers.length);
      header.values = [headers];
      const table = sheet.tables.add(header, true);
      table.name = name;
      // One table per request keeps each under 4 MB.
      await context.sync();
      let start = 0;
      while (start < rows.length) {
        let bytes = 0;
        let end = start;
        while (end < rows.length && bytes < MAX_REQUEST_BYTES * 0.8) bytes += jsonBytes(rows[end++]);
        table.rows.add(undefined, rows.slice(start, end));
        // 4 MB chunks: one request each.
        await context.sync();
        start = end;
      }
    }
  });
}

function typedTables(data: Record<TableName, { headers: string[]; rows: CellValue[][] }>): SummaryTables {
  const tables: Partial<Record<TableName, unknown>> = {};
  for (const name of TABLE_NAMES) {
    const { headers, rows } = data[name];
    tables[name] = createTableData({ name, sheet: name, headers, rows, firstRow: 1, firstColumn: 0 }).typed();
  }
  return withTables(tables as Partial<SummaryTables>);
}

async function measure(label: string, host: ExcelHost, work: () => Promise<unknown>): Promise<BenchResult> {
  host.resetStats();
  const cpu = process.cpuUsage();
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return {
    case: label,
    ms,
    syncs: host.stats.syncs,
    maxRequestBytes: host.stats.maxRequestBytes,
    maxResponseBytes: host.stats.maxResponseBytes,
    note: `CPU ${((used.user + used.system) / 1000).toFixed(0)} ms; ${(host.stats.syncs / SUMMARIES.length).toFixed(1)} syncs per sheet`,
  };
}

export const summariesBench: BenchSection = {
  name: "summaries",
  async run() {
    const practice = generatePractice({ claimLines: CLAIM_LINES });
    const data = practice as unknown as Record<TableName, { headers: string[]; rows: CellValue[][] }>;
    const host = createExcelHost();
    await fill(host, data);
    const asOf = DEFAULT_AS_OF + 0.4;
    const counts = `${data.ClaimLines.rows.length} claim lines, ${data.Appointments.rows.length} appointments`;

    const input = { tables: typedTables(data), asOf, bucketDays: [30, 60, 90, 120] };
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (const s of SUMMARIES) s.build(input);
    const computeMs = performance.now() - start;
    const computeCpu = process.cpuUsage(cpu);

    const first = await measure(`refresh all 8 sheets, new workbook (${counts})`, host, () =>
      refreshSummaries(host.run, { asOf }),
    );
    const again = await measure("refresh again over the generated sheets", host, () =>
      refreshSummaries(host.run, { asOf }),
    );
    return [
      {
        case: "compute all 8 sheet models (tables already typed)",
        ms: computeMs,
        syncs: 0,
        maxRequestBytes: 0,
        maxResponseBytes: 0,
        note: `CPU ${((computeCpu.user + computeCpu.system) / 1000).toFixed(0)} ms`,
      },
      first,
      again,
    ];
  },
};
