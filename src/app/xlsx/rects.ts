/** Groups cells that share something (a validation rule) into few rectangles, for the file. */
import type { Rect } from "../../host/address";

/** Cells as [row, col] pairs (any order) -> rectangles: vertical runs per column, merged across columns. */
export function cellsToRects(cells: readonly (readonly [number, number])[]): Rect[] {
  const byColumn = new Map<number, number[]>();
  for (const [r, c] of cells) {
    const rows = byColumn.get(c);
    if (rows) rows.push(r);
    else byColumn.set(c, [r]);
  }
  const runs: Rect[] = [];
  for (const [c, rows] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let start = rows[0] ?? 0;
    let prev = start;
    for (const r of rows.slice(1)) {
      if (r === prev) continue;
      if (r !== prev + 1) {
        runs.push({ r0: start, r1: prev, c0: c, c1: c });
        start = r;
      }
      prev = r;
    }
    if (rows.length > 0) runs.push({ r0: start, r1: prev, c0: c, c1: c });
  }
  // A run extends the rectangle to its left when it spans the same rows in the next column.
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
