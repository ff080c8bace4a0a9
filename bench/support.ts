/**
 * What the bench sections share: timing one case on a host (measure) and filling a host with tables,
 * the sample practice in particular, the way an add-in writes them.
 */
import { CATALOG, TABLE_NAMES } from "../src/domain/catalog";
import {
  generatePractice,
  type PracticeData,
  type PracticeOptions,
  type TableData,
} from "../src/domain/sample";
import { jsonBytes, MAX_REQUEST_BYTES } from "../src/excel/table-io";
import { createExcelHost, type ExcelHost } from "../src/host";
import type { BenchResult } from "./types";

/** CPU milliseconds (user + system) used since `since`. */
export function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

export interface Measured extends BenchResult {
  readonly cpuMs: number;
}

export interface MeasureOptions<T> {
  /** Start the note with the CPU time of the work: "CPU 812 ms; ...". */
  readonly cpu?: boolean;
  /** The case's note, or how to write it from the work's result and CPU ms (called right after the work). */
  readonly note?: string | ((result: T, cpuMs: number) => string);
}

/** Times `work` and reports the host's syncs and largest request and response during it (0 without a host). */
export async function measure<T>(
  label: string,
  host: ExcelHost | null,
  work: () => Promise<T>,
  options: MeasureOptions<T> = {},
): Promise<Measured> {
  host?.resetStats();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  const used = cpuMs(cpu);
  const note = typeof options.note === "function" ? options.note(result, used) : options.note;
  const notes = [options.cpu ? `CPU ${used.toFixed(0)} ms` : undefined, note].filter((n) => n !== undefined);
  const stats = host?.stats ?? { syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0 };
  return {
    case: label,
    ms,
    cpuMs: used,
    syncs: stats.syncs,
    maxRequestBytes: stats.maxRequestBytes,
    maxResponseBytes: stats.maxResponseBytes,
    ...(notes.length > 0 ? { note: notes.join("; ") } : {}),
  };
}

export interface BenchTable extends TableData {
  /** Name of the new sheet the table starts on, at A1. */
  readonly sheet: string;
  readonly name: string;
  /** Number format of each column's data cells (new rows take it from the row above). */
  readonly numberFormats?: readonly string[];
}

/**
 * Writes each table on a new sheet: its header row becomes a table, then its rows are added in requests
 * under 4 MB, one sync each (a table per request at most).
 */
export async function writeTables(host: ExcelHost, tables: readonly BenchTable[]): Promise<void> {
  await host.run(async (context) => {
    for (const { sheet: sheetName, name, headers, rows, numberFormats } of tables) {
      const sheet = context.workbook.worksheets.add(sheetName);
      const header = sheet.getRangeByIndexes(0, 0, 1, headers.length);
      header.values = [headers];
      const table = sheet.tables.add(header, true);
      table.name = name;
      if (numberFormats) table.getDataBodyRange().numberFormat = [[...numberFormats]];
      await context.sync();
      let start = 0;
      while (start < rows.length) {
        let bytes = 0;
        let end = start;
        while (end < rows.length && bytes < MAX_REQUEST_BYTES * 0.8) bytes += jsonBytes(rows[end++]);
        table.rows.add(undefined, rows.slice(start, end));
        await context.sync();
        start = end;
      }
    }
  });
}

/**
 * The sample practice (generatePractice with these options) written into a new host, every table on
 * its catalog sheet. textIds: ID and text columns formatted as text, as Set up does.
 */
export async function practiceHost(
  options: PracticeOptions,
  { textIds = false }: { readonly textIds?: boolean } = {},
): Promise<{ host: ExcelHost; data: PracticeData }> {
  const data = generatePractice(options);
  const host = createExcelHost();
  const tables = TABLE_NAMES.map((name): BenchTable => {
    const { headers, rows } = data[name];
    const table = { sheet: CATALOG[name].sheet, name, headers, rows };
    if (!textIds) return table;
    const kinds = headers.map((h) => CATALOG[name].columns.find((c) => c.header === h)?.kind);
    return { ...table, numberFormats: kinds.map((k) => (k === "id" || k === "text" ? "@" : "General")) };
  });
  await writeTables(host, tables);
  return { host, data };
}
