import { CATALOG, type CellValue, type TableSpec } from "../../domain/catalog";
import type { ProgressListener } from "../progress";
import { MAX_REQUEST_BYTES, fillBytes, jsonBytes } from "./budget";
import { createTableData, type TableData } from "./table-data";
import { isItemNotFound, queueShape, shapeOf, type TableShape } from "./table-shape";

export interface ReadOptions {
  readonly onProgress?: ProgressListener;
  /** Largest response per sync (default MAX_REQUEST_BYTES; tests pass smaller ones). */
  readonly maxBytes?: number;
  /**
   * Called after each sync whose results the read uses (the shapes', then each chunk's), with the number
   * of syncs made so far, before the next sync is queued: a caller may queue loads of its own to travel
   * with the read's next sync instead of syncing for them. Work queued before readTables travels with
   * sync 1, which fails when a table is missing (readTables then asks which exist and tries again): it
   * was delivered exactly when the first call says 1.
   */
  readonly onSync?: (syncs: number) => void;
}

/** Share of the first sync's budget spent on reading tables' first rows along with their shapes. */
const FIRST_ROWS_SHARE = 0.25;

/** Bytes a row may take before anything was read: catalog widths (doubled), else a generous guess. */
function guessRowBytes(name: string): number {
  const spec = (CATALOG as Record<string, TableSpec>)[name];
  if (!spec) return 16 * 64;
  // Twice the shown width for longer-than-shown text, quotes and comma; half again for user columns.
  const catalogBytes = spec.columns.reduce((sum, c) => sum + (c.width ?? 12) * 2 + 3, 2);
  return Math.ceil(catalogBytes * 1.5);
}

interface Reading<N> {
  readonly requested: N;
  readonly shape: TableShape;
  readonly rows: CellValue[][];
  bytesRead: number;
}

/** Below this many rows read, the average is a small sample: it gets a margin (rows vary, e.g. notes). */
const SMALL_SAMPLE_ROWS = 50;
const SMALL_SAMPLE_MARGIN = 1.12;

function rowBytesEstimate<N>(r: Reading<N>): number {
  if (r.rows.length === 0) return guessRowBytes(r.shape.name);
  const average = Math.max(1, r.bytesRead / r.rows.length);
  return r.rows.length < SMALL_SAMPLE_ROWS ? average * SMALL_SAMPLE_MARGIN : average;
}

/**
 * Reads whole tables. One sync loads every table's shape (headers, row count, position) with its first
 * rows; then the rest is read in chunks whose responses stay within the budget, sized from the bytes per
 * row seen so far, small tables sharing a sync. Missing tables map to null (found with two more syncs).
 */
export async function readTables<N extends string>(
  context: Excel.RequestContext,
  names: readonly N[],
  options: ReadOptions = {},
): Promise<Map<N, TableData<N> | null>> {
  const fill = fillBytes(options.maxBytes ?? MAX_REQUEST_BYTES);
  const unique = [...new Set(names)];
  const queueShapes = (present: readonly N[]) => {
    const firstShare = present.length > 0 ? (fill * FIRST_ROWS_SHARE) / present.length : 0;
    return present.map((name) => ({
      name,
      loads: queueShape(
        context.workbook.tables.getItem(name),
        Math.max(1, Math.floor(firstShare / guessRowBytes(name))),
      ),
    }));
  };

  // Tables are usually all there: ask for every shape at once. Only when one is missing (Excel answers
  // ItemNotFound and reads nothing) ask which exist, then ask again for those.
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  let present: readonly N[] = unique;
  let shapes = queueShapes(present);
  try {
    if (shapes.length > 0) await sync();
  } catch (e) {
    if (!isItemNotFound(e)) throw e;
    const lookups = unique.map((name) => ({
      name,
      table: context.workbook.tables.getItemOrNullObject(name),
    }));
    for (const { table } of lookups) table.load("name");
    await sync();
    present = lookups.filter(({ table }) => !table.isNullObject).map(({ name }) => name);
    shapes = queueShapes(present);
    if (shapes.length > 0) await sync();
  }
  if (shapes.length > 0) options.onSync?.(syncs);
  const result = new Map<N, TableData<N> | null>();

  const readings: Reading<N>[] = shapes.map(({ name, loads }) => {
    const shape = shapeOf(loads);
    const rows = [...shape.firstRows];
    return { requested: name, shape, rows, bytesRead: rows.length > 0 ? jsonBytes(rows) : 0 };
  });
  const totalRows = readings.reduce((n, r) => n + r.shape.rowCount, 0);
  let doneRows = readings.reduce((n, r) => n + r.rows.length, 0);
  const report = (label: string) => options.onProgress?.({ done: doneRows, total: totalRows, label });
  report("Reading tables");

  for (;;) {
    const open = readings.filter((r) => r.rows.length < r.shape.rowCount);
    if (open.length === 0) break;
    let room = fill;
    const queued: { reading: Reading<N>; range: Excel.Range }[] = [];
    for (const reading of open) {
      const { shape } = reading;
      const perRow = rowBytesEstimate(reading);
      let count = Math.min(shape.rowCount - reading.rows.length, Math.floor(room / perRow));
      if (count <= 0) {
        if (queued.length > 0) break;
        count = 1; // a row bigger than the budget still has to be read
      }
      const range = shape.worksheet.getRangeByIndexes(
        shape.firstRow + reading.rows.length,
        shape.firstColumn,
        count,
        shape.headers.length,
      );
      range.load("values");
      queued.push({ reading, range });
      room -= count * perRow;
      if (room <= 0) break;
    }
    // One sync per chunk within the budget is the point of the loop.
    await sync();
    options.onSync?.(syncs);
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
  return new Map(unique.map((name) => [name, result.get(name) ?? null]));
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
