/**
 * Native Excel formulas for generated sheets. Only plain worksheet functions (SUM, IF), so the sheet
 * computes the same in any Excel without the add-in.
 */
import { absoluteRef, cellRef, rangeRef } from "./a1";
import type { Formula, ModelCell } from "./model";

export function formula(text: string): Formula {
  return { formula: text };
}

/** =SUM over a block; an empty block sums to 0 without a formula (B6:B5 would be an invalid range). */
export function sumCells(row: number, col: number, rows: number, cols = 1): ModelCell {
  return rows <= 0 || cols <= 0 ? 0 : formula(`=SUM(${rangeRef(row, col, rows, cols)})`);
}

/** =SUM of scattered cells (e.g. vendor subtotals), as a sum of references. */
export function sumOfRefs(refs: readonly { row: number; col: number }[]): ModelCell {
  if (refs.length === 0) return 0;
  return formula(`=SUM(${refs.map((r) => cellRef(r.row, r.col)).join(",")})`);
}

/** numerator / denominator, blank when the denominator is 0 (no #DIV/0! on a summary). */
export function ratio(
  numerator: { row: number; col: number },
  denominator: { row: number; col: number; absolute?: boolean },
): Formula {
  const den = denominator.absolute
    ? absoluteRef(denominator.row, denominator.col)
    : cellRef(denominator.row, denominator.col);
  return formula(`=IF(${den}=0,"",${cellRef(numerator.row, numerator.col)}/${den})`);
}

/** a - b, blank unless both are numbers (future months have no actuals yet). COUNT counts numbers only. */
export function difference(a: { row: number; col: number }, b: { row: number; col: number }): Formula {
  const ra = cellRef(a.row, a.col);
  const rb = cellRef(b.row, b.col);
  return formula(`=IF(COUNT(${ra},${rb})<2,"",${ra}-${rb})`);
}

/** part / whole, blank unless part is a number and whole a non-zero number. */
export function shareOf(part: { row: number; col: number }, whole: { row: number; col: number }): Formula {
  const rp = cellRef(part.row, part.col);
  const rw = cellRef(whole.row, whole.col);
  return formula(`=IF(OR(COUNT(${rp},${rw})<2,${rw}=0),"",${rp}/${rw})`);
}
