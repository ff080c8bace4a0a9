/** Where a range is at sync time, and what its cells have in common. */
import type { Rect } from "../address";
import type { Cell } from "../model/cell";
import type { SheetState } from "../model/state";

export interface RangeTarget {
  location(): { sheet: SheetState; rect: Rect };
}

/** What sharedValue returns when the cells differ. */
export const MIXED = Symbol("mixed");

/**
 * The value read gives for every cell of the range, or MIXED (Excel reads such a property as null).
 * Looks at the rows that hold cells and at most 1,001 columns, so whole columns stay cheap.
 */
export function sharedValue<T>(target: RangeTarget, read: (cell: Cell) => T): T | typeof MIXED | undefined {
  const { sheet, rect } = target.location();
  const r1 = Math.min(rect.r1, Math.max(rect.r0, sheet.cells.rowCount));
  const c1 = Math.min(rect.c1, rect.c0 + 1000);
  let first: T | undefined;
  for (let r = rect.r0; r <= r1; r++) {
    for (let c = rect.c0; c <= c1; c++) {
      const value = read(sheet.cells.get(r, c));
      if (first === undefined) first = value;
      else if (value !== first) return MIXED;
    }
  }
  return first;
}
