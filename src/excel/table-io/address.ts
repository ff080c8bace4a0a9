/**
 * A1 addresses as Excel reports them ("'Claim Lines'!A2:I9", "Claims!B5") and back. Row and column
 * indexes here are 0-based, like Range.rowIndex / columnIndex.
 */
import { columnIndexFromLetters, columnLetters, quoteSheetName } from "../../domain/a1/a1";

export { columnIndexFromLetters, columnLetters };

export interface RangeBox {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Sheet name as it must appear before "!". */
export function quoteSheet(sheet: string): string {
  return quoteSheetName(sheet);
}

/** "'Claim Lines'!C5" for row 4, column 2. */
export function cellAddress(sheet: string, row: number, column: number): string {
  return `${quoteSheet(sheet)}!${columnLetters(column)}${row + 1}`;
}

export function rangeAddress(box: RangeBox): string {
  const first = `${columnLetters(box.column)}${box.row + 1}`;
  const last = `${columnLetters(box.column + box.columnCount - 1)}${box.row + box.rowCount}`;
  return `${quoteSheet(box.sheet)}!${first === last ? first : `${first}:${last}`}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** Parses "Sheet!A1:B2" / "'My Sheet'!A1" (sheet part optional, then `defaultSheet`). */
export function parseRangeAddress(address: string, defaultSheet = ""): RangeBox {
  const bang = address.lastIndexOf("!");
  let sheet = defaultSheet;
  let cells = address;
  if (bang >= 0) {
    const rawSheet = address.slice(0, bang);
    sheet = rawSheet.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
    cells = address.slice(bang + 1);
  }
  const [from = "", to = from] = cells.split(":");
  const a = CELL.exec(from);
  const b = CELL.exec(to);
  if (!a || !b) throw new Error(`Cannot read the range address "${address}"`);
  const c1 = columnIndexFromLetters(a[1] ?? "A");
  const c2 = columnIndexFromLetters(b[1] ?? "A");
  const r1 = Number(a[2]) - 1;
  const r2 = Number(b[2]) - 1;
  return {
    sheet,
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    columnCount: Math.abs(c2 - c1) + 1,
  };
}
