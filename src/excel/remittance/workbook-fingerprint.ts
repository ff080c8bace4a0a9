import type { TableData } from "../table-io";

/**
 * A fingerprint of the tables an import read: each table's place (sheet, first cell), headers, row count
 * and every raw cell with its kind. The plan is a pure function of the files, these cells and today's
 * date, so when the fingerprint at the post equals the preview's, the preview's plan is the plan the post
 * would compute: the post can use it instead of holding a second one (200,000 claims: about 200 MB).
 *
 * Two independent 32-bit multiply-xor hashes (cyrb53's mixing) over the cells' text, so two different
 * workbooks share a fingerprint only by a 1-in-2^64 accident; cell boundaries and kinds are hashed too,
 * so "ab","c" and "a","bc" or 1 and "1" differ.
 */
export function tablesFingerprint(tables: readonly (TableData<string> | null)[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const text = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  };
  // A separator no cell text can imitate: kinds and boundaries are hashed as lone surrogates.
  const mark = (code: number) => {
    h1 = Math.imul(h1 ^ (0xd800 + code), 2654435761);
    h2 = Math.imul(h2 ^ (0xd800 + code), 1597334677);
  };
  for (const table of tables) {
    if (table === null) {
      mark(9);
      continue;
    }
    mark(8);
    text(table.name);
    mark(7);
    text(table.sheet);
    mark(7);
    text(`${table.firstRow},${table.firstColumn},${table.rowCount},${table.headers.length}`);
    for (const header of table.headers) {
      mark(6);
      text(header);
    }
    for (const row of table.rows) {
      mark(5);
      for (const cell of row) {
        if (typeof cell === "string") mark(1);
        else if (typeof cell === "number") mark(2);
        else mark(3);
        text(String(cell));
      }
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(h1 >>> 0).toString(16).padStart(8, "0")}${(h2 >>> 0).toString(16).padStart(8, "0")}`;
}
