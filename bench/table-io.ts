/**
 * Setup and table I/O on the in-memory host: setup of an empty workbook (and again, nothing to do), then
 * appending, reading and updating 1k, 10k and 100k ClaimLines rows.
 */
import type { CellValue } from "../src/domain/catalog";
import { generatePractice } from "../src/domain/sample";
import { setupWorkbook } from "../src/excel/setup";
import { appendRows, readTable, updateRows } from "../src/excel/table-io";
import { createExcelHost, type ExcelHost } from "../src/host";
import type { BenchResult, BenchSection } from "./types";

const SIZES = [1_000, 10_000, 100_000];

async function measure(
  host: ExcelHost,
  label: string,
  action: () => Promise<unknown>,
  note?: string,
): Promise<BenchResult> {
  host.resetStats();
  const start = performance.now();
  await action();
  const ms = performance.now() - start;
  const { syncs, maxRequestBytes, maxResponseBytes } = host.stats;
  return { case: label, ms, syncs, maxRequestBytes, maxResponseBytes, ...(note ? { note } : {}) };
}

/** Sample-practice claim lines, repeated if the generated practice has fewer than asked for. */
function claimLines(count: number): { headers: string[]; rows: CellValue[][] } {
  const { headers, rows } = generatePractice({ claimLines: count }).ClaimLines;
  if (rows.length === 0) throw new Error("The sample practice has no claim lines");
  const out: CellValue[][] = [];
  for (let i = 0; i < count; i++) out.push(rows[i % rows.length] ?? []);
  return { headers, rows: out };
}

async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const setupHost = createExcelHost();
  results.push(await measure(setupHost, "setup (empty workbook)", () => setupWorkbook(setupHost.run)));
  results.push(await measure(setupHost, "setup (again: nothing to do)", () => setupWorkbook(setupHost.run)));

  for (const size of SIZES) {
    const { headers, rows } = claimLines(size);
    const host = createExcelHost();
    await setupWorkbook(host.run);
    const label = `${size.toLocaleString("en-US")} ClaimLines`;
    results.push(
      await measure(host, `append ${label}`, () =>
        host.run((context) => appendRows(context, "ClaimLines", { headers, rows })),
      ),
    );
    results.push(
      await measure(host, `read ${label}`, () => host.run((context) => readTable(context, "ClaimLines"))),
    );
    const updates = rows.map((_, rowIndex) => ({ rowIndex, values: { Allowed: 100, Paid: 80 } }));
    results.push(
      await measure(
        host,
        `update ${label}`,
        () => host.run((context) => updateRows(context, "ClaimLines", updates)),
        "2 columns, every row",
      ),
    );
  }
  return results;
}

export const tableIoBench: BenchSection = { name: "table-io", run };
