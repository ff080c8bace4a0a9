/** A1 addresses: parsing and formatting, zero-based inclusive rectangles. */
import { columnIndexFromLetters, columnLetters, quoteSheetName } from "../domain/a1/a1";

export { columnLetters, quoteSheetName };

/** 0 for "A", 26 for "AA". */
export const columnIndex = columnIndexFromLetters;

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, zero-based, inclusive on both ends. */
export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export interface ParsedAddress {
  /** The sheet named before "!", unquoted; undefined when the address has none. */
  readonly sheet?: string;
  readonly rect: Rect;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Every row of the sheet: "A:C". */
export function isWholeColumns(rect: Rect): boolean {
  return rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
}

/** Every column of the sheet: "2:4". */
export function isWholeRows(rect: Rect): boolean {
  return rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
}

/** "A1", "A1:C3", "A:C" (whole columns) or "2:4" (whole rows), without the sheet. */
export function rectAddress(rect: Rect): string {
  const wholeColumns = isWholeColumns(rect);
  const wholeRows = isWholeRows(rect);
  if (wholeColumns && !wholeRows) return `${columnLetters(rect.c0)}:${columnLetters(rect.c1)}`;
  if (wholeRows && !wholeColumns) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  const start = cellAddress(rect.r0, rect.c0);
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return start;
  return `${start}:${cellAddress(rect.r1, rect.c1)}`;
}

/** Like Range.address: "Sheet1!A1:C3", "'My Sheet'!B2". */
export function qualifiedAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${rectAddress(rect)}`;
}

/** Absolute form used in names' formulas: "=Sheet1!$A$1:$C$3". */
export function absoluteAddress(sheetName: string, rect: Rect): string {
  const cell = (r: number, c: number): string => `$${columnLetters(c)}$${r + 1}`;
  const start = cell(rect.r0, rect.c0);
  const body = rect.r0 === rect.r1 && rect.c0 === rect.c1 ? start : `${start}:${cell(rect.r1, rect.c1)}`;
  return `${quoteSheetName(sheetName)}!${body}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?([0-9]{1,7})$/;

function splitSheet(text: string): { sheet?: string; ref: string } {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { ref: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  return { sheet, ref: text.slice(bang + 1) };
}

/** Parses one A1 reference; undefined when the text is not one. */
export function parseAddress(text: string): ParsedAddress | undefined {
  const { sheet, ref } = splitSheet(text.trim());
  const parts = ref.split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) return undefined;
  const first = parts[0] ?? "";
  const last = parts[1] ?? first;
  let rect: Rect | undefined;
  const a = CELL.exec(first);
  const b = CELL.exec(last);
  if (a && b) {
    rect = {
      r0: Number(a[2]) - 1,
      c0: columnIndex(a[1] ?? ""),
      r1: Number(b[2]) - 1,
      c1: columnIndex(b[1] ?? ""),
    };
  } else if (parts.length === 2 && COLUMN.test(first) && COLUMN.test(last)) {
    const c0 = columnIndex(first.replace("$", ""));
    const c1 = columnIndex(last.replace("$", ""));
    rect = { r0: 0, c0, r1: MAX_ROWS - 1, c1 };
  } else if (parts.length === 2 && ROW.test(first) && ROW.test(last)) {
    const r0 = Number(first.replace("$", "")) - 1;
    const r1 = Number(last.replace("$", "")) - 1;
    rect = { r0, c0: 0, r1, c1: MAX_COLUMNS - 1 };
  }
  if (!rect) return undefined;
  const normalized = normalizeRect(rect);
  if (normalized.r0 < 0 || normalized.c0 < 0 || normalized.r1 >= MAX_ROWS || normalized.c1 >= MAX_COLUMNS) {
    return undefined;
  }
  return sheet === undefined ? { rect: normalized } : { sheet, rect: normalized };
}

export function normalizeRect(rect: Rect): Rect {
  return {
    r0: Math.min(rect.r0, rect.r1),
    c0: Math.min(rect.c0, rect.c1),
    r1: Math.max(rect.r0, rect.r1),
    c1: Math.max(rect.c0, rect.c1),
  };
}

export function rectRows(rect: Rect): number {
  return rect.r1 - rect.r0 + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.c1 - rect.c0 + 1;
}

export function intersectRects(a: Rect, b: Rect): Rect | undefined {
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r1, b.r1);
  const c1 = Math.min(a.c1, b.c1);
  return r0 <= r1 && c0 <= c1 ? { r0, c0, r1, c1 } : undefined;
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}

export function boundingRect(a: Rect, b: Rect): Rect {
  return {
    r0: Math.min(a.r0, b.r0),
    c0: Math.min(a.c0, b.c0),
    r1: Math.max(a.r1, b.r1),
    c1: Math.max(a.c1, b.c1),
  };
}
