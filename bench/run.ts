/**
 * `npm run bench [-- section ...]`: runs the bench sections (all, or those named) and prints one table.
 * A report, not a test: nothing here fails on slow numbers.
 *
 * To add a section: create bench/<name>.ts exporting `{ name, run }` (a BenchSection, see types.ts)
 * and add it to SECTIONS below. bench/support.ts times a case (measure) and fills a host with tables
 * or the sample practice (writeTables, practiceHost).
 */
import { tableIoBench } from "./table-io";
import { summariesBench } from "./summaries";
import { productivityBench } from "./productivity";
import { workQueueBench } from "./work-queue";
import { functionsBench } from "./functions";
import { remittanceBench } from "./remittance";
import { remittanceLargeBench } from "./remittance-large";
import { validationBench } from "./validation";
import { stallBench } from "./stall";
import { xlsxBench } from "./xlsx";
import { appendBench } from "./append";
import { hostileXlsxBench } from "./hostile-xlsx";
import { bundleBench } from "./bundle";
import { frontDeskBench } from "./front-desk";
import { memoryBench } from "./memory";
import type { BenchResult, BenchSection } from "./types";

const SECTIONS: readonly BenchSection[] = [
  tableIoBench,
  summariesBench,
  productivityBench,
  workQueueBench,
  functionsBench,
  remittanceBench,
  remittanceLargeBench,
  validationBench,
  xlsxBench,
  stallBench,
  appendBench,
  hostileXlsxBench,
  bundleBench,
  frontDeskBench,
  memoryBench,
];

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function printTable(rows: readonly (readonly string[])[]): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  const line = (r: readonly string[]) =>
    r.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
  console.log(line(rows[0] ?? []));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows.slice(1)) console.log(line(r));
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
  if (unknown.length > 0) {
    console.error(
      `Unknown bench section(s): ${unknown.join(", ")}. Known: ${SECTIONS.map((s) => s.name).join(", ")}`,
    );
    process.exitCode = 1;
    return;
  }
  const sections = wanted.length > 0 ? SECTIONS.filter((s) => wanted.includes(s.name)) : SECTIONS;
  const rows: string[][] = [["section", "case", "ms", "syncs", "max request", "max response", "note"]];
  for (const section of sections) {
    let results: readonly BenchResult[];
    try {
      results = await section.run();
    } catch (e) {
      console.error(`Bench section ${section.name} failed:`, e);
      process.exitCode = 1;
      continue;
    }
    for (const r of results) {
      rows.push([
        section.name,
        r.case,
        r.ms.toFixed(0),
        String(r.syncs),
        kb(r.maxRequestBytes),
        kb(r.maxResponseBytes),
        r.note ?? "",
      ]);
    }
  }
  printTable(rows);
}

void main();
