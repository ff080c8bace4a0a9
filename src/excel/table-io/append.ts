import type { CellValue } from "../../domain/catalog";
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
}

/**
 * A cell Excel must leave alone: null in a values array means "do not change this cell", so a new row
 * gets blank there, or the formula of a calculated column (ours or one the user made).
 */
const LEAVE = null as unknown as CellValue;

/**
 * Appends rows at the end of a table, as whole 2-D blocks (table.rows.add) of at most the byte budget,
 * one sync each, after one sync that reads the table's headers. Values are placed by header into the
 * workbook's actual column order; text from outside stays text ("=cmd" is never run, see outsideValue).
 */
export async function appendRows(
  context: Excel.RequestContext,
  tableName: string,
  input: readonly RowInput[] | RowBlock,
  options: WriteOptions = {},
): Promise<AppendResult> {
  return appendRowsToShape(context, await loadShape(context, tableName), input, options);
}

/**
 * appendRows for a table whose shape is already loaded (several tables' shapes can share one sync):
 * the shape must still be true, i.e. nothing was written to that table or above it on its sheet since.
 */
export async function appendRowsToShape(
  context: Excel.RequestContext,
  shape: TableShape,
  input: readonly RowInput[] | RowBlock,
  options: WriteOptions = {},
): Promise<AppendResult> {
  const width = shape.headers.length;
  const calculated = calculatedColumns(shape.name, shape.headers);
  const formulas = calculatedFormulas(shape.name, shape.headers);
  const rows = rowPositions(shape.name, shape.headers, input);
  if (rows.count === 0) return { firstRowIndex: shape.rowCount, rowsAdded: 0 };
  const blockRow = (index: number): CellValue[] => {
    const row = new Array<CellValue>(width).fill(LEAVE);
    for (const [at, formula] of formulas) row[at] = formula;
    for (const [at, value] of rows.row(index))
      if (!calculated.has(at)) row[at] = outsideValue(value, shape.columnFormats[at]);
    return row;
  };

  // Each chunk's rows are laid out and measured just before it is written (the same chunks as
  // measuring every row first): a large append does its work between syncs, not all before the first.
  const limit = fillBytes(options.maxBytes ?? MAX_REQUEST_BYTES);
  let done = 0;
  let chunk: CellValue[][] = [];
  let bytes = 0;
  const write = async () => {
    if (done === 0 && shape.placeholderRow) {
      // The table's empty first row takes the first new row (adding below it would leave it as a blank row).
      const first = shape.worksheet.getRangeByIndexes(shape.firstRow, shape.firstColumn, 1, width);
      first.values = chunk.slice(0, 1);
      if (chunk.length > 1) shape.table.rows.add(undefined, chunk.slice(1));
    } else {
      shape.table.rows.add(undefined, chunk);
    }
    await context.sync();
    done += chunk.length;
    options.onProgress?.({ done, total: rows.count, label: `Adding rows to ${shape.name}` });
    chunk = [];
    bytes = 0;
  };
  for (let i = 0; i < rows.count; i++) {
    const row = blockRow(i);
    const size = jsonBytes(row) + 1;
    // One sync per full chunk is the point; a row larger than the limit goes alone.
    if (chunk.length > 0 && bytes + size > limit) await write();
    chunk.push(row);
    bytes += size;
  }
  await write();
  return { firstRowIndex: shape.rowCount, rowsAdded: rows.count };
}
