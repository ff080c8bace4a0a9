import type { TableName } from "../../domain/catalog";
import type { Finding } from "../../domain/rules";
import type { TableLayout } from "./layout";
import { MAX_REQUEST_BYTES } from "../table-io";
import { MarkScan, MAX_MARK_RANGES, planMarks, writeMarks, type MarkRect } from "./marks";

export interface MarksResult {
  /** Conditional formats added. */
  readonly ranges: number;
  /** Problem cells left unmarked because the mark limit was reached (they are still listed). */
  readonly unmarkedCells: number;
}

/** Marks per table, as last written. */
export type MarksByTable = Map<TableName, MarksResult>;

export function totalMarks(marks: ReadonlyMap<TableName, MarksResult>): MarksResult {
  let ranges = 0;
  let unmarkedCells = 0;
  for (const m of marks.values()) {
    ranges += m.ranges;
    unmarkedCells += m.unmarkedCells;
  }
  return { ranges, unmarkedCells };
}

export interface RefreshOptions {
  /** A scan of (at least) `tables` already under way, its steps carried by earlier syncs. */
  readonly scan?: MarkScan;
  /** Where the tables were when last marked, if they may have shrunk since (see MarkScan). */
  readonly previous?: readonly TableLayout[];
  /** Most marks over all tables (default MAX_MARK_RANGES). */
  readonly limit?: number;
  /** Largest request per sync (default 4 MB). */
  readonly maxBytes?: number;
}

/**
 * Brings our marks on `tables` in line with `findings`: our old marks there go, one mark per block of
 * problem cells comes. Syncs for the scan steps not carried yet (up to 3), then once to write.
 */
export async function refreshMarks(
  context: Excel.RequestContext,
  layouts: ReadonlyMap<TableName, TableLayout>,
  findings: readonly Finding[],
  tables: readonly TableName[],
  options: RefreshOptions = {},
): Promise<MarksByTable> {
  const result: MarksByTable = new Map();
  const present = tables.filter((t) => layouts.has(t));
  if (present.length === 0) return result;
  const ours = await (options.scan ?? new MarkScan(context, present, options.previous)).ours();

  const byTable = new Map<TableName, Finding[]>();
  for (const f of findings) {
    if (!present.includes(f.table)) continue;
    const list = byTable.get(f.table);
    if (list) list.push(f);
    else byTable.set(f.table, [f]);
  }
  const plans = new Map<TableName, MarkRect[]>();
  let room = options.limit ?? MAX_MARK_RANGES;
  for (const table of present) {
    const rects = planMarks(byTable.get(table) ?? []);
    const kept = rects.slice(0, Math.max(0, room));
    let unmarkedCells = 0;
    for (const rect of rects.slice(kept.length)) unmarkedCells += rect.rowCount * rect.columnCount;
    room -= kept.length;
    plans.set(table, kept);
    result.set(table, { ranges: kept.length, unmarkedCells });
  }
  const layoutList = present.map((t) => layouts.get(t)).filter((l): l is TableLayout => l !== undefined);
  await writeMarks(context, ours, layoutList, plans, options.maxBytes ?? MAX_REQUEST_BYTES);
  return result;
}
