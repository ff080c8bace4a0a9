import type { TableName } from "../../domain/catalog";
import type { Finding } from "../../domain/rules";
import type { TableLayout } from "./layout";
import { MAX_MARK_RANGES, planMarks, scanMarks, writeMarks, type MarkRect } from "./marks";

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

/**
 * Brings our marks on `tables` in line with `findings`: our old marks there go, one mark per block of
 * problem cells comes. Up to 4 syncs (find formats, read their types, read their rules, write).
 */
export async function refreshMarks(
  context: Excel.RequestContext,
  layouts: ReadonlyMap<TableName, TableLayout>,
  findings: readonly Finding[],
  tables: readonly TableName[],
  limit = MAX_MARK_RANGES,
): Promise<MarksByTable> {
  const result: MarksByTable = new Map();
  const present = tables.filter((t) => layouts.has(t));
  if (present.length === 0) return result;
  const scan = scanMarks(context, present);
  await context.sync();
  const ours = await scan.ours();

  const byTable = new Map<TableName, Finding[]>();
  for (const f of findings) {
    if (!present.includes(f.table)) continue;
    const list = byTable.get(f.table);
    if (list) list.push(f);
    else byTable.set(f.table, [f]);
  }
  const plans = new Map<TableName, MarkRect[]>();
  let room = limit;
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
  await writeMarks(context, ours, layoutList, plans);
  return result;
}
