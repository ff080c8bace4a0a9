/**
 * A1 notation shared by everything that writes or reads Excel addresses: the host, src/excel and the
 * summary models. Column and row indexes are 0-based, like Range.rowIndex / columnIndex.
 */

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

/** 0 for "A", 26 for "AA" (case-insensitive). */
export function columnIndexFromLetters(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * A sheet name as it must stand before "!": Excel quotes it unless it is a plain identifier that cannot be
 * read as a cell reference (A1 or R1C1 style); quotes inside are doubled.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name);
  const looksLikeRef = /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^R([0-9]+)?(C([0-9]+)?)?$/i.test(name);
  if (plain && !looksLikeRef) return name;
  return `'${name.replace(/'/g, "''")}'`;
}
