/**
 * Save and open .xlsx in the standalone app: the Small and Large sample practices (Large: about 100k
 * claim lines) written with writeXlsx and read back with readXlsx. The workbook is calculated before
 * saving, as it is once the grid has shown it. Goal: Large under 10 s each way (was ~146 s to save
 * and ~30 s to open through exceljs's object model).
 */
import { loadSamplePractice, type SampleSize } from "../src/app/sample";
import { readXlsx } from "../src/app/xlsx/read-xlsx";
import { writeXlsx } from "../src/app/xlsx/write-xlsx";
import type { BenchResult, BenchSection } from "./types";

const SIZES: readonly SampleSize[] = ["small", "large"];
/** A fixed "today", so every run builds the same workbook. */
const AS_OF = 46_097; // 2026-03-16

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function result(label: string, ms: number, note: string): BenchResult {
  return { case: label, ms, syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0, note };
}

async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const size of SIZES) {
    const host = await loadSamplePractice({ size, asOf: AS_OF });
    host.workbook.ensureCalculated();
    const cells = host.workbook.sheets().reduce((sum, sheet) => {
      let count = 0;
      sheet.cells.forEach(() => count++);
      return sum + count;
    }, 0);

    let start = performance.now();
    const { bytes } = await writeXlsx(host.workbook);
    const writeMs = performance.now() - start;
    results.push(
      result(
        `write ${size} sample`,
        writeMs,
        `${cells.toLocaleString("en-US")} cells, file ${megabytes(bytes.byteLength)}`,
      ),
    );

    start = performance.now();
    const { model } = await readXlsx(bytes);
    const readMs = performance.now() - start;
    results.push(result(`read ${size} sample`, readMs, `${model.tables().length} tables`));
  }
  return results;
}

export const xlsxBench: BenchSection = { name: "xlsx", run };
