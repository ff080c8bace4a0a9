import { CATALOG, type CellValue, type TableSpec } from "../../domain/catalog";
import type { ProgressListener } from "../progress";
import { inSteps, type Breathe } from "../../domain/slices";
import { breathe as yieldToPage } from "../slices";
import { MAX_REQUEST_BYTES, fillBytes } from "./budget";
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
  /**
   * A chunk's response was too large (ResponsePayloadSizeLimitExceeded) and is read again in smaller
   * pieces: what the caller queued to travel with that sync was lost with it and must be queued again.
   */
  readonly onSyncLost?: () => void;
  /** Awaited between steps of measuring the rows read (default: yield to the page now and then). */
  readonly breathe?: Breathe;
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
  /** The largest row read so far, in bytes with room for escaping (rowBytes). */
  largestRow: number;
}

/**
 * A row's bytes in a response: its JSON, plus one byte per escape in it (a quote, backslash or control
 * character inside text), room for the transport escaping it once more. Text full of quotes grows there.
 */
export function rowBytes(row: readonly unknown[]): number {
  // One pass over one JSON text (this runs for every row read): UTF-8 bytes, plus one per escape.
  const json = JSON.stringify(row) ?? "";
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code === 92) {
      bytes += 3; // the backslash, the escaped (ASCII) character after it, and the transport's extra escape
      i++;
    } else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Bytes to plan per row: the LARGEST row seen, not the average. The average of a table whose first rows
 * are short (a few long notes further down) lets one chunk grow past Excel on the web's 5 MB limit.
 */
function rowBytesEstimate<N>(r: Reading<N>): number {
  return r.rows.length > 0 ? Math.max(1, r.largestRow) : guessRowBytes(r.shape.name);
}

function isResponseTooLarge(e: unknown): boolean {
  return (
    typeof e === "object" &&
    e !== null &&
    (e as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded"
  );
}

function largestRowOf(
  rows: readonly (readonly unknown[])[],
  atLeast: number,
  from = 0,
  to = rows.length,
): number {
  let largest = atLeast;
  for (let r = from; r < to; r++) largest = Math.max(largest, rowBytes(rows[r] ?? []));
  return largest;
}

/** largestRowOf a chunk's rows (a 4 MB chunk takes a while to measure), breathing between steps. */
async function largestRowInSteps(
  rows: readonly (readonly unknown[])[],
  atLeast: number,
  breathe: Breathe,
): Promise<number> {
  let largest = atLeast;
  await inSteps(rows.length, (from, to) => (largest = largestRowOf(rows, largest, from, to)), breathe);
  return largest;
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

  const breathe = options.breathe ?? yieldToPage;
  const readings: Reading<N>[] = [];
  for (const { name, loads } of shapes) {
    const shape = shapeOf(loads);
    const rows = [...shape.firstRows];
    readings.push({ requested: name, shape, rows, largestRow: await largestRowInSteps(rows, 0, breathe) });
  }
  const totalRows = readings.reduce((n, r) => n + r.shape.rowCount, 0);
  let doneRows = readings.reduce((n, r) => n + r.rows.length, 0);
  const report = (label: string) => options.onProgress?.({ done: doneRows, total: totalRows, label });
  report("Reading tables");

  // Rows not yet seen may be longer than any seen: when a chunk's response is still too large, it is
  // read again with half its rows (down to one row), at the cost of a failed sync; the cap stays until a
  // chunk shows a longer row (the plan then follows it) and doubles with each chunk that does not.
  let cap = Number.POSITIVE_INFINITY;
  for (;;) {
    const open = readings.filter((r) => r.rows.length < r.shape.rowCount);
    if (open.length === 0) break;
    let room = fill;
    let capLeft = cap;
    const queued: { reading: Reading<N>; range: Excel.Range; count: number }[] = [];
    for (const reading of open) {
      const { shape } = reading;
      const perRow = rowBytesEstimate(reading);
      let count = Math.min(shape.rowCount - reading.rows.length, Math.floor(room / perRow), capLeft);
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
      queued.push({ reading, range, count });
      capLeft -= count;
      room -= count * perRow;
      if (room <= 0 || capLeft <= 0) break;
    }
    // One sync per chunk within the budget is the point of the loop.
    try {
      await sync();
    } catch (e) {
      // One row that alone is too large cannot be read in smaller pieces.
      const asked = queued.reduce((n, q) => n + q.count, 0);
      if (!isResponseTooLarge(e) || asked <= 1) throw e;
      cap = Math.max(1, Math.floor(asked / 2));
      options.onSyncLost?.();
      continue;
    }
    options.onSync?.(syncs);
    let longer = false;
    for (const { reading, range } of queued) {
      const values = range.values as CellValue[][];
      for (const row of values) reading.rows.push(row);
      const largest = await largestRowInSteps(values, reading.largestRow, breathe);
      longer ||= largest > reading.largestRow;
      reading.largestRow = largest;
      doneRows += values.length;
    }
    cap = longer ? Number.POSITIVE_INFINITY : cap * 2;
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
