import type { CellValue } from "../../domain/catalog";
import type { ProgressListener } from "../progress";
import type { TableData } from "../table-io";
import { MAX_REQUEST_BYTES, fillBytes, jsonBytes, spansByBytes } from "../table-io/budget";
import { SyncBudget } from "../table-io/sync-budget";
import type { CellBlock } from "../table-io/update";
import { cellForFormat } from "../literal-text";
import { calculatedFormulas } from "../table-io/row-mapping";
import { blockBytesBefore, type NewRows } from "./write-blocks";

/**
 * All-or-nothing posting. Everything to write is prepared first; the current content of every cell
 * about to change is saved (one read sync); then all writes go out together, in one sync unless the
 * 4 MB request budget needs more. If a sync fails, a compensating batch puts the saved content back
 * and removes the rows this post appended, so the workbook ends as it was.
 */
export interface RowsToAppend {
  readonly table: TableData<string>;
  /** Raw values in the table's column order (null leaves the cell blank), made as they are written. */
  readonly rows: NewRows;
  /** Key (e.g. Payment ID) of each appended row: only rows carrying them are ever removed again. */
  readonly ids: Iterable<string>;
  /** Position of that key column in the table. */
  readonly idColumn: number;
}

export interface PostingWrites {
  readonly appends: readonly RowsToAppend[];
  readonly changes: readonly { readonly table: TableData<string>; readonly blocks: readonly CellBlock[] }[];
}

export interface WriteOptions {
  readonly maxBytes?: number;
  readonly onProgress?: ProgressListener;
}

export class PostingFailedError extends Error {
  /** Office error code of the failure (or the error's name). */
  readonly code: string;
  /** True when the compensating batch restored the workbook. */
  readonly restored: boolean;
  readonly failure: unknown;
  readonly restoreFailure: unknown;

  constructor(failure: unknown, restoreFailure: unknown) {
    const code = errorCode(failure);
    const why = errorMessage(failure);
    const restored = restoreFailure === undefined;
    super(
      restored
        ? `Posting failed, and nothing was posted: the workbook is as it was. Excel said: ${why} [${code}]`
        : `Posting failed and undoing it failed too (${errorMessage(restoreFailure)}). Check the Payments rows ` +
            `whose Payment ID starts with "ERA-" and the claims in this remittance before posting again. ` +
            `Excel said: ${why} [${code}]`,
    );
    this.name = "PostingFailedError";
    this.code = code;
    this.restored = restored;
    this.failure = failure;
    this.restoreFailure = restoreFailure;
  }
}

function errorCode(e: unknown): string {
  if (typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string") {
    return (e as { code: string }).code;
  }
  return e instanceof Error ? e.name : "Error";
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

interface SavedBlock {
  readonly table: TableData<string>;
  readonly block: CellBlock;
  /** The range the save loaded; let go once read, so its loaded formulas and values can be collected. */
  range: Excel.Range | null;
  /**
   * What to write back to undo the block, copied out of the proxy right after the save sync: setting
   * range.values later makes the proxy echo the new values.
   */
  restore: CellValue[][];
  /** Number formats of the block's cells, as saved: how Excel will read the text written there. */
  formats: unknown[][];
}

/** Raw values written into cells of these formats so that text stays exactly text (textForCell). */
function forFormats(
  rows: readonly (readonly (CellValue | null)[])[],
  formats: (r: number, c: number) => unknown,
) {
  return rows.map((row, r) =>
    row.map((value, c) => (value === null ? null : cellForFormat(value, formats(r, c)))),
  );
}

/**
 * Bytes a queued range operation adds to a request besides its values: binding the range (address)
 * and the property set or load. Generous, so that estimates stay above what Excel receives.
 */
const OPERATION_BYTES = 256;

/** Allowance per saved cell for its formula (Claims[Balance] is "=[@[Total Charge]]-[@Paid]-[@Adjustment]"). */
const FORMULA_BYTES = 64;

/** Ranges of a block, binding each worksheet once per batch. */
function rangeMaker(context: Excel.RequestContext) {
  const sheets = new Map<string, Excel.Worksheet>();
  return (table: TableData<string>, block: CellBlock): Excel.Range => {
    const sheet = sheets.get(table.sheet) ?? context.workbook.worksheets.getItem(table.sheet);
    sheets.set(table.sheet, sheet);
    return sheet.getRangeByIndexes(
      table.firstRow + block.row,
      table.firstColumn + block.column,
      block.values.length,
      block.values[0]?.length ?? 1,
    );
  };
}

/**
 * What to write back for a saved cell: its formula, or its constant kept as it was: text stays text
 * ("00123" in a General cell goes back with the quote prefix, not as the number 123).
 */
function restoreCell(formula: unknown, value: unknown, numberFormat: unknown): CellValue {
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return formula;
  return cellForFormat((value ?? "") as CellValue, numberFormat);
}

/**
 * A changed block cut into row slices whose before-image (values and formulas) and new values each fit
 * one request: posting 200,000 claims changes one tall block of Claims, far over the 5 MB response limit.
 */
function blockSlices(table: TableData<string>, block: CellBlock, limit: number): CellBlock[] {
  const width = block.values[0]?.length ?? 1;
  const sizes = block.values.map((row, r) => {
    const before = blockBytesBefore(table, { row: block.row + r, column: block.column, values: [row] });
    // Room for escaping: a saved cell's JSON can be several times its text (quotes, backslashes).
    return Math.max(before * 4 + width * FORMULA_BYTES, jsonBytes(row)) + 8;
  });
  const spans = spansByBytes(sizes, Math.max(1, limit - OPERATION_BYTES));
  if (spans.length <= 1) return [block];
  return spans.map(({ start, count }) => ({
    row: block.row + start,
    column: block.column,
    values: block.values.slice(start, start + count),
  }));
}

export async function writePosting(
  context: Excel.RequestContext,
  writes: PostingWrites,
  options: WriteOptions = {},
): Promise<void> {
  const limit = fillBytes(options.maxBytes ?? MAX_REQUEST_BYTES);
  const report = (done: number, label: string) => options.onProgress?.({ done, total: 3, label });

  // 1. Save what the changed cells hold now (formulas and values), before anything is written.
  report(0, "Saving the cells posting will change");
  const saved: SavedBlock[] = [];
  const blockRange = rangeMaker(context);
  const saving = new SyncBudget(context, limit);
  for (const { table, blocks: whole } of writes.changes) {
    for (const block of whole.flatMap((b) => blockSlices(table, b, limit))) {
      // The response holds formulas too: a calculated column's formula per cell is not in the values.
      const cells = block.values.length * (block.values[0]?.length ?? 1);
      await saving.reserve(blockBytesBefore(table, block) * 4 + cells * FORMULA_BYTES + OPERATION_BYTES);
      const range = blockRange(table, block);
      range.load("formulas,values,numberFormat");
      saved.push({ table, block, range, restore: [], formats: [] });
    }
  }
  const appends = writes.appends.filter((a) => a.rows.count > 0);
  // New rows take the formats of the last row: read them with the save.
  const appendFormats = appends.map((append) => {
    const last = context.workbook.tables.getItem(append.table.name).getDataBodyRange().getLastRow();
    last.load("numberFormat");
    return last;
  });
  if (saved.length > 0 || appends.length > 0) await saving.flush();
  for (const entry of saved) {
    if (!entry.range) continue;
    const formulas = entry.range.formulas as unknown[][];
    const values = entry.range.values as unknown[][];
    const formats = entry.range.numberFormat as unknown[][];
    entry.formats = formats;
    entry.restore = entry.block.values.map((row, r) =>
      row.map((_, c) => restoreCell(formulas[r]?.[c], values[r]?.[c], formats[r]?.[c])),
    );
    entry.range = null;
  }

  // 2. Write everything: appended rows and changed cells, one sync per request budget.
  report(1, "Posting payments");
  const writing = new SyncBudget(context, limit);
  try {
    for (const [i, append] of appends.entries()) {
      const table = context.workbook.tables.getItem(append.table.name);
      const lastFormats = (appendFormats[i]?.numberFormat[0] ?? []) as unknown[];
      // Calculated columns written, not left to AutoCorrect's "Fill formulas in tables" (it may be off).
      const formulas = calculatedFormulas(append.table.name, append.table.headers);
      // Rows are made chunk by chunk, each chunk within the request budget.
      let chunk: CellValue[][] = [];
      let bytes = 1;
      const add = async () => {
        await writing.reserve(bytes + OPERATION_BYTES);
        // null cells: Excel leaves them blank (the Office.js typings do not say so).
        table.rows.add(undefined, chunk);
        chunk = [];
        bytes = 1;
      };
      for (let r = 0; r < append.rows.count; r++) {
        const row = append.rows.row(r);
        row.forEach((value, c) => {
          if (value !== null) row[c] = cellForFormat(value, lastFormats[c]);
        });
        for (const [at, formula] of formulas) row[at] = formula;
        const size = jsonBytes(row) + 1;
        if (chunk.length > 0 && bytes + size > limit) await add();
        chunk.push(row as CellValue[]);
        bytes += size;
      }
      if (chunk.length > 0) await add();
    }
    const writeRange = rangeMaker(context);
    for (const { table, block, formats } of saved) {
      const values = forFormats(block.values, (r, c) => formats[r]?.[c]);
      await writing.reserve(jsonBytes(values) + OPERATION_BYTES);
      writeRange(table, block).values = values;
    }
    await writing.flush();
  } catch (failure) {
    report(2, "Undoing the failed post");
    let restoreFailure: unknown = undefined;
    try {
      await restore(context, writes, saved, limit);
    } catch (e) {
      restoreFailure = e ?? new Error("unknown error");
    }
    throw new PostingFailedError(failure, restoreFailure);
  }
  report(3, "Posted");
}

/** The compensating batch: saved cells back, then the rows this post appended (and only those) removed. */
async function restore(
  context: Excel.RequestContext,
  writes: PostingWrites,
  saved: readonly SavedBlock[],
  limit: number,
): Promise<void> {
  const appended = writes.appends.filter((a) => a.rows.count > 0);
  const bodies = appended.map((append) => {
    const body = context.workbook.tables.getItem(append.table.name).getDataBodyRange();
    body.load("rowCount");
    return body;
  });
  const budget = new SyncBudget(context, limit);
  const blockRange = rangeMaker(context);
  for (const { table, block, restore: content } of saved) {
    await budget.reserve(jsonBytes(content) + OPERATION_BYTES);
    blockRange(table, block).formulas = content;
  }
  await budget.flush();

  // Rows at or after each table's old end whose key is one of ours (a new table's blank row is not).
  const keys = appended.map((append, i) => {
    const from = append.table.rowCount;
    const rowCount = bodies[i]?.rowCount ?? from;
    if (rowCount <= from) return null;
    const range = context.workbook.worksheets
      .getItem(append.table.sheet)
      .getRangeByIndexes(
        append.table.firstRow + from,
        append.table.firstColumn + append.idColumn,
        rowCount - from,
        1,
      );
    range.load("values");
    return range;
  });
  if (keys.every((k) => k === null)) return;
  await context.sync();
  appended.forEach((append, i) => {
    const range = keys[i];
    if (!range) return;
    const ours = new Set(append.ids);
    const key = (cell: unknown) => (typeof cell === "string" || typeof cell === "number" ? String(cell) : "");
    const mine = (range.values as unknown[][]).map((row) => ours.has(key(row[0])));
    const first = mine.indexOf(true);
    if (first < 0) return;
    const count = mine.lastIndexOf(true) - first + 1;
    if (mine.slice(first, first + count).includes(false)) {
      throw new Error(`Rows this post did not write sit between the rows it added to ${append.table.name}.`);
    }
    context.workbook.worksheets
      .getItem(append.table.sheet)
      .getRangeByIndexes(
        append.table.firstRow + append.table.rowCount + first,
        append.table.firstColumn,
        count,
        append.table.headers.length,
      )
      .delete("Up");
  });
  await context.sync();
}
