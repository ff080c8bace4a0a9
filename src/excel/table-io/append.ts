import { CATALOG, type CellValue, type TableSpec } from "../../domain/catalog";
import type { ProgressListener } from "../progress";
import { MAX_REQUEST_BYTES, fillBytes, jsonBytes } from "./budget";
import {
  calculatedColumns,
  calculatedFormulas,
  outsideValue,
  rowPositions,
  type RowBlock,
  type RowInput,
} from "./row-mapping";
import {
  canImport,
  columnRules,
  formatRowBytes,
  IMPORT_MIN_ROWS,
  type ImportProbe,
  queueImportChunk,
  queueImportProbe,
  queueImportValidation,
  rulesBytes,
  tableResizeSupported,
} from "./import-rows";
import { loadShape, type TableShape } from "./table-shape";

export interface WriteOptions {
  readonly onProgress?: ProgressListener;
  /** Largest request per sync (default MAX_REQUEST_BYTES; tests pass smaller ones). */
  readonly maxBytes?: number;
}

export interface AppendResult {
  /** Index (0-based, among data rows) of the first appended row. */
  readonly firstRowIndex: number;
  readonly rowsAdded: number;
  /**
   * How the rows went in: "import" (written below the table, which is resized over them: import-rows.ts)
   * or "rows.add" (small appends, an Excel without Table.resize, or something in the rows below).
   */
  readonly path: "import" | "rows.add";
}

/**
 * A cell Excel must leave alone: null in a values array means "do not change this cell", so a new row
 * gets blank there, or the formula of a calculated column (ours or one the user made).
 */
const LEAVE = null as unknown as CellValue;

/** Columns the table should have: its catalog spec's, else the input's (the probe reads this many). */
function expectedWidth(tableName: string, input: readonly RowInput[] | RowBlock): number {
  const spec = (CATALOG as Record<string, TableSpec | undefined>)[tableName];
  if (spec) return spec.columns.length;
  if (!Array.isArray(input)) return (input as RowBlock).headers.length;
  const first: RowInput | undefined = (input as readonly RowInput[])[0];
  return Object.keys(first ?? {}).length;
}

/**
 * Appends rows at the end of a table, as whole 2-D blocks of at most the byte budget, one sync each, after
 * one sync that reads the table's headers. Values are placed by header into the workbook's actual column
 * order; text from outside stays text ("=cmd" is never run, see outsideValue). Large appends (IMPORT_MIN_ROWS
 * and more) into a table with empty rows below it go the way the docs advise for importing into tables
 * (import-rows.ts; the first sync also checks the rows below are empty and reads the columns' data
 * validation); the rest use table.rows.add.
 */
export async function appendRows(
  context: Excel.RequestContext,
  tableName: string,
  input: readonly RowInput[] | RowBlock,
  options: WriteOptions = {},
): Promise<AppendResult> {
  // Whether to look below the table is known before the shape: the input's row count.
  const inputRows = Array.isArray(input) ? input.length : (input as RowBlock).rows.length;
  const mayImport = inputRows >= IMPORT_MIN_ROWS && tableResizeSupported();
  let probe: ImportProbe | null = null;
  const shape = await loadShape(context, tableName, (table) => {
    if (mayImport) probe = queueImportProbe(table, inputRows, expectedWidth(tableName, input));
  });
  // probe was set inside loadShape, in the same sync as the shape
  return appendRowsToShape(context, shape, input, options, probe);
}

/**
 * appendRows for a table whose shape is already loaded (several tables' shapes can share one sync):
 * the shape must still be true, i.e. nothing was written to that table or above it on its sheet since.
 * Without an import probe (queued with the shape) the rows go in with rows.add.
 */
export async function appendRowsToShape(
  context: Excel.RequestContext,
  shape: TableShape,
  input: readonly RowInput[] | RowBlock,
  options: WriteOptions = {},
  importProbe: ImportProbe | null = null,
): Promise<AppendResult> {
  const width = shape.headers.length;
  const calculated = calculatedColumns(shape.name, shape.headers);
  const formulas = calculatedFormulas(shape.name, shape.headers);
  const rows = rowPositions(shape.name, shape.headers, input);
  if (rows.count === 0) return { firstRowIndex: shape.rowCount, rowsAdded: 0, path: "rows.add" };
  const blockRow = (index: number): CellValue[] => {
    const row = new Array<CellValue>(width).fill(LEAVE);
    for (const [at, formula] of formulas) row[at] = formula;
    for (const [at, value] of rows.row(index))
      if (!calculated.has(at)) row[at] = outsideValue(value, shape.columnFormats[at]);
    return row;
  };
  const limit = fillBytes(options.maxBytes ?? MAX_REQUEST_BYTES);
  const report = (done: number) =>
    options.onProgress?.({ done, total: rows.count, label: `Adding rows to ${shape.name}` });

  if (importProbe !== null && canImport(importProbe)) {
    // The import path: the table resized over each chunk's rows, then formats, values, validation.
    const rules = await columnRules(context, shape, importProbe);
    const formats = shape.columnFormats.slice(0, width);
    const perRow = formatRowBytes(formats);
    const start = shape.firstRow + shape.rowCount; // a placeholder row (rowCount 0) takes the first row
    // The resize and addresses (a few hundred bytes) fit in the budget's margin, like rows.add's framing;
    // the first chunk carries the validation rules.
    await inChunks(
      rows.count,
      blockRow,
      (row) => jsonBytes(row) + 1 + perRow,
      rulesBytes(rules),
      limit,
      async (chunk, at) => {
        queueImportChunk(shape, start + at, chunk, formats);
        if (at === 0) queueImportValidation(shape, start, rows.count, rules);
        await context.sync();
        report(at + chunk.length);
      },
    );
    return { firstRowIndex: shape.rowCount, rowsAdded: rows.count, path: "import" };
  }

  await inChunks(
    rows.count,
    blockRow,
    (row) => jsonBytes(row) + 1,
    0,
    limit,
    async (chunk, at) => {
      if (at === 0 && shape.placeholderRow) {
        // The table's empty first row takes the first new row (adding below it would leave it as a blank row).
        const first = shape.worksheet.getRangeByIndexes(shape.firstRow, shape.firstColumn, 1, width);
        first.values = chunk.slice(0, 1);
        if (chunk.length > 1) shape.table.rows.add(undefined, chunk.slice(1));
      } else {
        shape.table.rows.add(undefined, chunk);
      }
      await context.sync();
      report(at + chunk.length);
    },
  );
  return { firstRowIndex: shape.rowCount, rowsAdded: rows.count, path: "rows.add" };
}

/**
 * Lays out each chunk's rows just before it is written (the same chunks as measuring every row first), so
 * a large append does its work between syncs, not all before the first. A row larger than the limit goes
 * alone; firstExtra is bytes the first chunk carries besides its rows.
 */
async function inChunks(
  count: number,
  rowAt: (index: number) => CellValue[],
  sizeOf: (row: CellValue[]) => number,
  firstExtra: number,
  limit: number,
  write: (chunk: CellValue[][], at: number) => Promise<void>,
): Promise<void> {
  let chunk: CellValue[][] = [];
  let bytes = firstExtra;
  let at = 0;
  for (let i = 0; i < count; i++) {
    const row = rowAt(i);
    const size = sizeOf(row);
    if (chunk.length > 0 && bytes + size > limit) {
      // One sync per full chunk is the point (sequential: each chunk's sync must land before the next).
      await write(chunk, at);
      at += chunk.length;
      chunk = [];
      bytes = 0;
    }
    chunk.push(row);
    bytes += size;
  }
  if (chunk.length > 0) await write(chunk, at);
}
