/** A1 references for native formulas in generated sheets (0-based row/col in, Excel text out). */
export function columnLetter(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

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
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return plain ? `${sheet}!${ref}` : `'${sheet.replace(/'/g, "''")}'!${ref}`;
}
