/**
 * A1 addresses as Excel reports them ("'Claim Lines'!A2:I9", "Claims!B5") and back. Row and column
 * indexes here are 0-based, like Range.rowIndex / columnIndex.
 */

export interface RangeBox {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnLetters(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Bad column index ${index}`);
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndexFromLetters(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Sheet name as it must appear before "!": quoted unless it is a plain word that is not a cell reference. */
export function quoteSheet(sheet: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}[0-9]+$/.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
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
