/**
 * The JS heap the standalone app keeps for the Large sample practice (about 100k claim lines, ~5M
 * stored cells), after a full GC: V8's major-GC marking time grows with the live heap, and on the
 * Large sample it is what still holds the page past 200 ms (issue 12). Cases: the sample as loaded,
 * and the same workbook saved and opened again (the .xlsx reader builds its cells). "ms" is the load
 * or the opening; the note has the heap the workbook holds, its stored cells by what they hold, and
 * the heap per stored cell (everything the workbook keeps, divided by its stored cells).
 * Run it on its own for steady figures: `npm run bench -- memory`.
 */
import { loadSamplePractice } from "../src/app/sample";
import { openWorkbookFile } from "../src/app/workbook-files";
import { writeXlsx } from "../src/app/xlsx/write-xlsx";
import type { ExcelHost } from "../src/host";
import { settledHeap } from "./heap";
import type { BenchResult, BenchSection } from "./types";

const AS_OF = 46_097; // 2026-03-16: every run builds the same workbook
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export interface StoredCells {
  readonly total: number;
  readonly numbers: number;
  readonly strings: number;
  readonly formulas: number;
  /** No content: only a number format, style or validation. */
  readonly empty: number;
  /** Distinct objects among the empty cells (shared ones count once). */
  readonly emptyObjects: number;
  /** Distinct objects among all stored cells. */
  readonly objects: number;
}

/** Counts the stored cells of every sheet by what they hold. */
export function countStoredCells(host: ExcelHost): StoredCells {
  let total = 0;
  let numbers = 0;
  let strings = 0;
  let formulas = 0;
  let empty = 0;
  const emptyObjects = new Set<object>();
  const objects = new Set<object>();
  for (const sheet of host.workbook.sheets()) {
    sheet.cells.forEach((cell) => {
      total++;
      objects.add(cell);
      if (cell.formula !== null) formulas++;
      else if (cell.kind === "Double") numbers++;
      else if (cell.kind === "String") strings++;
      else if (cell.kind === "Empty") {
        empty++;
        emptyObjects.add(cell);
      }
    });
  }
  return { total, numbers, strings, formulas, empty, emptyObjects: emptyObjects.size, objects: objects.size };
}

function cellsNote(cells: StoredCells): string {
  const k = (n: number) => `${(n / 1000).toFixed(0)}k`;
  return (
    `${k(cells.total)} stored cells (${k(cells.numbers)} numbers, ${k(cells.strings)} strings, ` +
    `${k(cells.formulas)} formulas, ${k(cells.empty)} empty in ${cells.emptyObjects} objects), ` +
    `${k(cells.objects)} distinct cell objects`
  );
}

/** `base`: the heap before the workbook was made (an empty process, or one holding the .xlsx bytes). */
function heapRow(label: string, ms: number, heap: number, base: number, cells: StoredCells): BenchResult {
  const held = heap - base;
  return {
    case: label,
    ms,
    syncs: 0,
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    note:
      `heapUsed ${mb(heap)} (${mb(held)} held by the workbook), ` +
      `${(held / cells.total).toFixed(0)} bytes per stored cell; ${cellsNote(cells)}`,
  };
}

async function run(): Promise<BenchResult[]> {
  const base = await settledHeap();
  let start = performance.now();
  let host: ExcelHost | null = await loadSamplePractice({ size: "large", asOf: AS_OF });
  const loadMs = performance.now() - start;
  const loaded = await settledHeap();
  // Loading computes every formula (its last sync reads), so this is what the app holds once shown.
  const rows = [heapRow("large sample loaded", loadMs, loaded, base, countStoredCells(host))];
  // The same workbook saved and opened again (the .xlsx reader builds the cells), the sample dropped.
  const { bytes } = await writeXlsx(host.workbook);
  host = null;
  const fileOnly = await settledHeap();
  start = performance.now();
  const opened = await openWorkbookFile({
    name: "large.xlsx",
    size: bytes.byteLength,
    arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
  });
  const openMs = performance.now() - start;
  const heap = await settledHeap();
  rows.push(heapRow("large sample saved, opened", openMs, heap, fileOnly, countStoredCells(opened.host)));
  return rows;
}

export const memoryBench: BenchSection = { name: "memory", run };
