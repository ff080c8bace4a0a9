/** A1 references for native formulas in generated sheets (0-based row/col in, Excel text out). */
import { columnLetters, quoteSheetName } from "../a1/a1";

export const columnLetter = columnLetters;

export function cellRef(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "$B$6": stays put when a user copies the formula elsewhere. */
export function absoluteRef(row: number, col: number): string {
  return `$${columnLetter(col)}$${row + 1}`;
}

export function rangeRef(row: number, col: number, rows: number, cols: number): string {
  const start = cellRef(row, col);
  return rows === 1 && cols === 1 ? start : `${start}:${cellRef(row + rows - 1, col + cols - 1)}`;
}

/** Sheet-qualified reference as Excel writes it: quotes when the name is not a plain word. */
export function sheetRef(sheet: string, ref: string): string {
  return `${quoteSheetName(sheet)}!${ref}`;
}
