import { CATALOG, columnSpec, type CellValue, type TableSpec } from "../../domain/catalog";
import type { ProgressListener } from "../progress";
import { MAX_REQUEST_BYTES, fillBytes, jsonBytes } from "./budget";
import { createTableData, type TableData } from "./table-data";
import { queueShape, type TableShape } from "./table-shape";

export interface ReadOptions {
  readonly onProgress?: ProgressListener;
  /** Largest response per sync (default MAX_REQUEST_BYTES; tests pass smaller ones). */
  readonly maxBytes?: number;
}

/** Bytes per row before anything was read: catalog widths, else a generous guess per cell. */
function guessRowBytes(shape: TableShape): number {
  const spec = (CATALOG as Record<string, TableSpec>)[shape.name];
  let bytes = 2;
  for (const header of shape.headers) {
    const width = spec ? columnSpec(spec, header)?.width : undefined;
    bytes += (width ?? 24) * 2 + 3; // quotes and comma; twice the width for longer-than-shown text
  }
  return bytes;
}

interface Reading<N> {
  readonly requested: N;
  readonly shape: TableShape;
  readonly rows: CellValue[][];
  next: number;
  bytesRead: number;
}

/** Average row size of what was read so far, else of the sample, else a guess from the headers. */
function rowBytesEstimate<N>(r: Reading<N>): number {
  if (r.rows.length > 0) return Math.max(1, r.bytesRead / r.rows.length);
  if (r.shape.sample.length > 0) return Math.max(1, jsonBytes(r.shape.sample) / r.shape.sample.length);
  return guessRowBytes(r.shape);
}

/**
 * Reads whole tables. One sync learns every table's shape (and a few sample rows to size chunks); then
 * bodies are read in chunks whose responses stay within the budget, small tables sharing a sync.
 * Tables the workbook does not have map to null.
 */
export async function readTables<N extends string>(
  context: Excel.RequestContext,
  names: readonly N[],
  options: ReadOptions = {},
): Promise<Map<N, TableData<N> | null>> {
  const fill = fillBytes(options.maxBytes ?? MAX_REQUEST_BYTES);
  const unique = [...new Set(names)];
  const pending = unique.map((name) => ({ name, shape: queueShape(context, name, true) }));
  await context.sync();

  const result = new Map<N, TableData<N> | null>();
  const readings: Reading<N>[] = [];
  for (const { name, shape: p } of pending) {
    const shape = p.resolve();
    if (shape) readings.push({ requested: name, shape, rows: [], next: 0, bytesRead: 0 });
    else result.set(name, null);
  }

  const totalRows = readings.reduce((n, r) => n + r.shape.rowCount, 0);
  let doneRows = 0;
  const report = (label: string) => options.onProgress?.({ done: doneRows, total: totalRows, label });
  report("Reading tables");

  for (;;) {
    const open = readings.filter((r) => r.next < r.shape.rowCount);
    if (open.length === 0) break;
    let room = fill;
    const queued: { reading: Reading<N>; range: Excel.Range }[] = [];
    for (const reading of open) {
      const { shape } = reading;
      const perRow = rowBytesEstimate(reading);
      let count = Math.min(shape.rowCount - reading.next, Math.floor(room / perRow));
      if (count <= 0) {
        if (queued.length > 0) break;
        count = 1; // a row bigger than the budget still has to be read
      }
      const range = shape.worksheet.getRangeByIndexes(
        shape.firstRow + reading.next,
        shape.firstColumn,
        count,
        shape.headers.length,
      );
      range.load("values");
      queued.push({ reading, range });
      reading.next += count;
      room -= count * perRow;
      if (room <= 0) break;
    }
    await context.sync();
    for (const { reading, range } of queued) {
      const values = range.values as CellValue[][];
      for (const row of values) reading.rows.push(row);
      reading.bytesRead += jsonBytes(values);
      doneRows += values.length;
    }
    report(`Read ${queued.map((q) => q.reading.shape.name).join(", ")}`);
  }

  for (const { requested, shape, rows } of readings) {
    result.set(
      requested,
      createTableData({
        name: requested,
        sheet: shape.sheet,
        headers: shape.headers,
        rows,
        firstRow: shape.firstRow,
        firstColumn: shape.firstColumn,
      }),
    );
  }
  return result;
}

/** One table (see readTables); null when the workbook has no such table. */
export async function readTable<N extends string>(
  context: Excel.RequestContext,
  name: N,
  options: ReadOptions = {},
): Promise<TableData<N> | null> {
  const tables = await readTables(context, [name], options);
  return tables.get(name) ?? null;
}
