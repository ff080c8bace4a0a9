import { type CellValue } from "../../domain/catalog";
import { MAX_REQUEST_BYTES, fillBytes, jsonBytes, spansByBytes } from "./budget";
import type { WriteOptions } from "./append";
import { calculatedColumns, headerPositions, outsideValue, type RowInput } from "./row-mapping";
import { loadShape } from "./table-shape";

export interface RowUpdate {
  /** 0-based data row (as in TableData.rows). */
  readonly rowIndex: number;
  /** New values by header; undefined leaves a cell alone, null clears it. */
  readonly values: RowInput;
}

/** A rectangle of given cells: rows × a contiguous column span, all of them written. */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly values: CellValue[][];
}

export interface UpdateResult {
  readonly cellsWritten: number;
  readonly blocks: number;
}

/**
 * Groups single cells into exact rectangles: each row's columns split into contiguous spans, and
 * consecutive rows with the same span merge. Every cell of a block was given, so writing blocks writes
 * the given cells and nothing else.
 */
export function blocksFromCells(cells: ReadonlyMap<number, ReadonlyMap<number, CellValue>>): CellBlock[] {
  const rows = [...cells.keys()].sort((a, b) => a - b);
  return blocksFromRows(rows.map((r) => [r, cells.get(r) ?? new Map<number, CellValue>()] as const));
}

/**
 * blocksFromCells over rows given one at a time in increasing row order: a caller with many rows can
 * make each row's cells as it is consumed instead of holding them all.
 */
export function blocksFromRows(
  rowsInOrder: Iterable<readonly [number, ReadonlyMap<number, CellValue>]>,
): CellBlock[] {
  const blocks: CellBlock[] = [];
  const open = new Map<string, { row: number; column: number; values: CellValue[][]; lastRow: number }>();
  for (const [rowIndex, row] of rowsInOrder) {
    const columns = [...row.keys()].sort((a, b) => a - b);
    const spans: number[][] = [];
    for (const c of columns) {
      const last = spans[spans.length - 1];
      if (last && last[last.length - 1] === c - 1) last.push(c);
      else spans.push([c]);
    }
    const seen = new Set<string>();
    for (const span of spans) {
      const key = `${span[0]}:${span[span.length - 1]}`;
      seen.add(key);
      const values = span.map((c) => row.get(c) ?? "");
      const current = open.get(key);
      if (current && current.lastRow === rowIndex - 1) {
        current.values.push(values);
        current.lastRow = rowIndex;
      } else {
        if (current) blocks.push(current);
        open.set(key, { row: rowIndex, column: span[0] ?? 0, values: [values], lastRow: rowIndex });
      }
    }
    // Spans this row did not continue are finished.
    for (const [key, block] of open) {
      if (!seen.has(key)) {
        blocks.push(block);
        open.delete(key);
      }
    }
  }
  for (const block of open.values()) blocks.push(block);
  return blocks.map(({ row, column, values }) => ({ row, column, values }));
}

/** Splits blocks over the budget by rows, then packs blocks into groups of at most `limit` bytes. */
export function packBlocks(blocks: readonly CellBlock[], limit: number): CellBlock[][] {
  const ADDRESS_BYTES = 64; // each range write also carries its address
  const pieces: { block: CellBlock; bytes: number }[] = [];
  for (const block of blocks) {
    const rowBytes = block.values.map((r) => jsonBytes(r) + 1);
    for (const span of spansByBytes(rowBytes, limit - ADDRESS_BYTES)) {
      const values = block.values.slice(span.start, span.start + span.count);
      const bytes = rowBytes
        .slice(span.start, span.start + span.count)
        .reduce((a, b) => a + b, ADDRESS_BYTES);
      pieces.push({ block: { row: block.row + span.start, column: block.column, values }, bytes });
    }
  }
  return spansByBytes(
    pieces.map((p) => p.bytes),
    limit,
  ).map((span) => pieces.slice(span.start, span.start + span.count).map((p) => p.block));
}

/**
 * Writes only the given cells of existing rows: cells grouped into 2-D blocks, one sync per budget-sized
 * group, after one sync that reads the table's headers. Calculated columns are Excel's: writing one throws.
 */
export async function updateRows(
  context: Excel.RequestContext,
  tableName: string,
  updates: readonly RowUpdate[],
  options: WriteOptions = {},
): Promise<UpdateResult> {
  const shape = await loadShape(context, tableName);
  const headers = new Set<string>();
  for (const u of updates) for (const [h, v] of Object.entries(u.values)) if (v !== undefined) headers.add(h);
  const positions = headerPositions(shape.name, shape.headers, headers);
  const calculated = calculatedColumns(shape.name, shape.headers);
  for (const [header, at] of positions) {
    if (calculated.has(at))
      throw new Error(`${shape.name}[${header}] is calculated by Excel and cannot be written.`);
  }

  const cells = new Map<number, Map<number, CellValue>>();
  for (const { rowIndex, values } of updates) {
    if (!Number.isInteger(rowIndex) || rowIndex < 0 || rowIndex >= shape.rowCount) {
      throw new RangeError(`Row ${rowIndex} is not a data row of ${shape.name} (it has ${shape.rowCount}).`);
    }
    const row = cells.get(rowIndex) ?? new Map<number, CellValue>();
    for (const [header, value] of Object.entries(values)) {
      const at = positions.get(header);
      if (value !== undefined && at !== undefined) row.set(at, outsideValue(value, shape.columnFormats[at]));
    }
    if (row.size > 0) cells.set(rowIndex, row);
  }

  const blocks = blocksFromCells(cells);
  const groups = packBlocks(blocks, fillBytes(options.maxBytes ?? MAX_REQUEST_BYTES));
  let cellsWritten = 0;
  const total = [...cells.values()].reduce((n, r) => n + r.size, 0);
  for (const group of groups) {
    for (const block of group) {
      const range = shape.worksheet.getRangeByIndexes(
        shape.firstRow + block.row,
        shape.firstColumn + block.column,
        block.values.length,
        block.values[0]?.length ?? 1,
      );
      range.values = block.values;
      cellsWritten += block.values.length * (block.values[0]?.length ?? 0);
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 4 MB chunk is the point
    await context.sync();
    options.onProgress?.({ done: cellsWritten, total, label: `Updating ${shape.name}` });
  }
  return { cellsWritten, blocks: blocks.length };
}
