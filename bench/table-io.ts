/**
 * Setup and table I/O on the in-memory host: setup of an empty workbook (and again, nothing to do), then
 * appending, reading and updating 1k, 10k and 100k ClaimLines rows.
 */
import type { CellValue } from "../src/domain/catalog";
import { generatePractice } from "../src/domain/sample";
import { setupWorkbook } from "../src/excel/setup";
import { appendRows, readTable, updateRows } from "../src/excel/table-io";
import { createExcelHost } from "../src/host";
import { measure } from "./support";
import type { BenchResult, BenchSection } from "./types";

const SIZES = [1_000, 10_000, 100_000];

/** Sample-practice claim lines, repeated if the generated practice has fewer than asked for. */
export function claimLines(count: number): { headers: string[]; rows: CellValue[][] } {
  const { headers, rows } = generatePractice({ claimLines: count }).ClaimLines;
  if (rows.length === 0) throw new Error("The sample practice has no claim lines");
  const out: CellValue[][] = [];
  for (let i = 0; i < count; i++) out.push(rows[i % rows.length] ?? []);
  return { headers, rows: out };
}

async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const setupHost = createExcelHost();
  results.push(await measure("setup (empty workbook)", setupHost, () => setupWorkbook(setupHost.run)));
  results.push(await measure("setup (again: nothing to do)", setupHost, () => setupWorkbook(setupHost.run)));

  for (const size of SIZES) {
    const { headers, rows } = claimLines(size);
    const host = createExcelHost();
    await setupWorkbook(host.run);
    const label = `${size.toLocaleString("en-US")} ClaimLines`;
    results.push(
      await measure(`append ${label}`, host, () =>
        host.run((context) => appendRows(context, "ClaimLines", { headers, rows })),
      ),
    );
    results.push(
      await measure(`read ${label}`, host, () => host.run((context) => readTable(context, "ClaimLines"))),
    );
    const updates = rows.map((_, rowIndex) => ({ rowIndex, values: { Allowed: 100, Paid: 80 } }));
    results.push(
      await measure(
        `update ${label}`,
        host,
        () => host.run((context) => updateRows(context, "ClaimLines", updates)),
        { note: "2 columns, every row" },
      ),
    );
  }
  return results;
}

export const tableIoBench: BenchSection = { name: "table-io", run };
