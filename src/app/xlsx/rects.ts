/** Groups cells that share something (a validation rule) into few rectangles, for the file. */
import type { Rect } from "../../host/address";

interface Run {
  key: unknown;
  r0: number;
  r1: number;
}

/**
 * Collects cells row by row (rows ascending, as a sheet is walked) without keeping one entry per cell:
 * each column keeps its current vertical run of one key; a run that breaks is closed. rects() then
 * merges runs of the same key spanning the same rows in neighbouring columns.
 */
export class RectCollector<K> {
  private readonly open = new Map<number, Run>();
  private readonly closed = new Map<K, Rect[]>();

  add(row: number, col: number, key: K): void {
    const run = this.open.get(col);
    if (run && run.key === key && run.r1 + 1 === row) {
      run.r1 = row;
      return;
    }
    if (run) this.close(col, run);
    this.open.set(col, { key, r0: row, r1: row });
  }

  /** The rectangles of each key (vertical runs merged across columns). */
  rects(): Map<K, Rect[]> {
    for (const [col, run] of this.open) this.close(col, run);
    this.open.clear();
    const out = new Map<K, Rect[]>();
    for (const [key, runs] of this.closed) out.set(key, mergeColumns(runs));
    return out;
  }

  private close(col: number, run: Run): void {
    const rect: Rect = { r0: run.r0, r1: run.r1, c0: col, c1: col };
    const list = this.closed.get(run.key as K);
    if (list) list.push(rect);
    else this.closed.set(run.key as K, [rect]);
  }
}

/** Single-column runs -> rectangles: a run extends the rectangle to its left that spans the same rows. */
function mergeColumns(runs: Rect[]): Rect[] {
  runs.sort((a, b) => a.c0 - b.c0 || a.r0 - b.r0);
  const open = new Map<string, number>(); // rows key -> index in merged of the rectangle ending left of here
  const merged: Rect[] = [];
  for (const run of runs) {
    const key = `${run.r0}:${run.r1}`;
    const at = open.get(key);
    const left = at === undefined ? undefined : merged[at];
    if (at !== undefined && left && left.c1 + 1 === run.c0) {
      merged[at] = { ...left, c1: run.c0 };
    } else {
      open.set(key, merged.length);
      merged.push(run);
    }
  }
  return merged;
}
