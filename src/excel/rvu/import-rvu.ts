/**
 * Import RVU file: the two user actions, preview (reads only) and import (writes), each one runner call.
 * The file was parsed and checked before (src/domain/import/rvu-file): a file that cannot be used
 * never reaches here, so nothing is written on error. Import recomputes what to write from the
 * workbook as it is then, so the preview's figures and the write always agree.
 */
import { type CellValue } from "../../domain/catalog";
import type { RvuFile, RvuFileRow } from "../../domain/import/rvu-file";
import type { ProgressListener } from "../progress";
import type { ExcelRunner } from "../runner";
import { appendRows, readTables, updateRows, type RowUpdate, type TableData } from "../table-io";

/** append: add the codes the year does not have yet, keep the rows it has; replace: the file's rows become the year's rows. */
export type RvuImportMode = "append" | "replace";

export interface RvuImportChoice {
  readonly year: number;
  readonly mode: RvuImportMode;
  /** Only the codes the practice's claim lines use (CMS's file has about 19,000 rows). */
  readonly onlyBilledCodes: boolean;
}

export interface RvuImportPlan {
  readonly year: number;
  readonly rowsInFile: number;
  /** Rows of the file the import would write (all, or the billed codes only). */
  readonly rowsChosen: number;
  /** Rows the RVU table has for that year now. */
  readonly existingYearRows: number;
  /** Of the chosen rows, those whose code and modifier the year already has (append keeps them as they are). */
  readonly alreadyPresent: number;
  /** Distinct codes on the practice's claim lines, and how many of them the file has values for. */
  readonly billedCodes: number;
  readonly billedCodesInFile: number;
  /** Billed codes the file has no values for (the first few). */
  readonly billedCodesMissing: readonly string[];
  /** What the import does with each mode. */
  readonly appendAdds: number;
  readonly replaceWrites: number;
  readonly replaceRemoves: number;
}

export type RvuImportOutcome =
  | {
      readonly kind: "imported";
      readonly plan: RvuImportPlan;
      readonly added: number;
      readonly updated: number;
      readonly removed: number;
    }
  | { readonly kind: "nothing-to-do"; readonly plan: RvuImportPlan }
  | { readonly kind: "no-table" };

export interface RvuImportOptions {
  readonly onProgress?: ProgressListener;
  readonly maxBytes?: number;
}

export const NO_RVU_TABLE =
  "The workbook has no RVU table. Run Set up workbook first (it adds the RVU sheet without touching your data).";

const HEADERS = ["Code", "Modifier", "Year", "Work RVU", "PE RVU", "MP RVU", "Total RVU"] as const;

const keyOf = (code: string, modifier: string) =>
  `${code.trim().toUpperCase()}|${modifier.trim().toUpperCase()}`;

function billedCodes(lines: TableData<"ClaimLines"> | null | undefined): Set<string> {
  const codes = new Set<string>();
  for (const line of lines?.typed() ?? []) if (line.code !== null) codes.add(line.code.trim().toUpperCase());
  return codes;
}

interface Workings {
  readonly plan: RvuImportPlan;
  readonly chosen: readonly RvuFileRow[];
  /** Data-row indexes of the year's rows, top to bottom. */
  readonly yearRows: readonly number[];
  /** Chosen rows whose code and modifier the year does not have yet. */
  readonly fresh: readonly RvuFileRow[];
}

function work(
  file: RvuFile,
  choice: Pick<RvuImportChoice, "year" | "onlyBilledCodes">,
  rvu: TableData<"RVU">,
  lines: TableData<"ClaimLines"> | null | undefined,
): Workings {
  const billed = billedCodes(lines);
  const chosen = choice.onlyBilledCodes ? file.rows.filter((r) => billed.has(r.code)) : file.rows;
  const yearRows: number[] = [];
  const present = new Set<string>();
  rvu.typed().forEach((row, i) => {
    if (row.year !== choice.year || row.code === null) return;
    yearRows.push(i);
    present.add(keyOf(row.code, row.modifier ?? ""));
  });
  const fresh = chosen.filter((r) => !present.has(keyOf(r.code, r.modifier)));
  const inFile = new Set(file.rows.map((r) => r.code));
  const missing = [...billed].filter((c) => !inFile.has(c)).sort();
  return {
    chosen,
    yearRows,
    fresh,
    plan: {
      year: choice.year,
      rowsInFile: file.rows.length,
      rowsChosen: chosen.length,
      existingYearRows: yearRows.length,
      alreadyPresent: chosen.length - fresh.length,
      billedCodes: billed.size,
      billedCodesInFile: billed.size - missing.length,
      billedCodesMissing: missing.slice(0, 10),
      appendAdds: fresh.length,
      replaceWrites: chosen.length,
      replaceRemoves: Math.max(0, yearRows.length - chosen.length),
    },
  };
}

function values(row: RvuFileRow, year: number): Record<(typeof HEADERS)[number], CellValue | null> {
  return {
    Code: row.code,
    Modifier: row.modifier === "" ? null : row.modifier,
    Year: year,
    "Work RVU": row.workRvu,
    "PE RVU": row.peRvu,
    "MP RVU": row.mpRvu,
    "Total RVU": row.totalRvu,
  };
}

async function readWorkbook(context: Excel.RequestContext, options: RvuImportOptions) {
  const tables = await readTables(context, ["RVU", "ClaimLines"] as const, {
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
  });
  return {
    rvu: (tables.get("RVU") ?? null) as TableData<"RVU"> | null,
    lines: (tables.get("ClaimLines") ?? null) as TableData<"ClaimLines"> | null,
  };
}

export function previewRvuImport(
  run: ExcelRunner,
  file: RvuFile,
  choice: Pick<RvuImportChoice, "year" | "onlyBilledCodes">,
  options: RvuImportOptions = {},
): Promise<RvuImportPlan | null> {
  return run(async (context) => {
    const { rvu, lines } = await readWorkbook(context, options);
    return rvu ? work(file, choice, rvu, lines).plan : null;
  });
}

/**
 * Writes the chosen rows. Replace overwrites the year's rows in place, top to bottom, appends what does
 * not fit and deletes the year's rows left over (bottom up, so the indexes above stay right); other
 * years' rows and the user's own columns are never touched.
 */
export function importRvuFile(
  run: ExcelRunner,
  file: RvuFile,
  choice: RvuImportChoice,
  options: RvuImportOptions = {},
): Promise<RvuImportOutcome> {
  return run(async (context) => {
    const { rvu, lines } = await readWorkbook(context, options);
    if (!rvu) return { kind: "no-table" };
    const w = work(file, choice, rvu, lines);
    const write = { ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}) };
    const block = (rows: readonly RvuFileRow[]) => ({
      headers: [...HEADERS],
      rows: rows.map((r) => HEADERS.map((h) => values(r, choice.year)[h])),
    });
    if (choice.mode === "append") {
      if (w.fresh.length === 0) return { kind: "nothing-to-do", plan: w.plan };
      await appendRows(context, "RVU", block(w.fresh), write);
      return { kind: "imported", plan: w.plan, added: w.fresh.length, updated: 0, removed: 0 };
    }
    const overwrite = Math.min(w.yearRows.length, w.chosen.length);
    const updates: RowUpdate[] = [];
    for (let i = 0; i < overwrite; i++) {
      const row = w.chosen[i];
      const at = w.yearRows[i];
      if (row !== undefined && at !== undefined)
        updates.push({ rowIndex: at, values: values(row, choice.year) });
    }
    if (updates.length > 0) await updateRows(context, "RVU", updates, write);
    const surplus = w.yearRows.slice(overwrite);
    if (surplus.length > 0) {
      const sheet = context.workbook.worksheets.getItem(rvu.sheet);
      for (const run of contiguousRuns(surplus).reverse()) {
        sheet
          .getRangeByIndexes(rvu.firstRow + run.start, rvu.firstColumn, run.count, rvu.headers.length)
          .delete("Up");
      }
      await context.sync();
    }
    const rest = w.chosen.slice(overwrite);
    if (rest.length > 0) await appendRows(context, "RVU", block(rest), write);
    return {
      kind: "imported",
      plan: w.plan,
      added: rest.length,
      updated: updates.length,
      removed: surplus.length,
    };
  });
}

/** Sorted row indexes as runs of consecutive rows: [3,4,5,9] -> 3 (3 rows), 9 (1 row). */
export function contiguousRuns(indexes: readonly number[]): { start: number; count: number }[] {
  const runs: { start: number; count: number }[] = [];
  for (const i of indexes) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === i) last.count += 1;
    else runs.push({ start: i, count: 1 });
  }
  return runs;
}
