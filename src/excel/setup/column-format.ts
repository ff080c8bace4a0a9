import { NUMBER_FORMATS } from "../../domain/catalog/number-formats";
import type { ColumnSpec } from "../../domain/catalog";

/** Number format setup gives a column's data body. */
export function columnNumberFormat(column: ColumnSpec): string {
  return column.numberFormat ?? NUMBER_FORMATS[column.kind];
}

/** Catalog width hint when a column has none (Excel's default is 8.43 characters). */
const DEFAULT_WIDTH_CHARS = 12;

/**
 * Column width in points (Range.format.columnWidth) for a width in characters: Excel sizes a column of
 * n characters as n * 7 + 5 pixels of the default font, and a pixel is 0.75 point.
 */
export function columnWidthPoints(column: ColumnSpec): number {
  const chars = Math.max(column.width ?? DEFAULT_WIDTH_CHARS, column.header.length * 0.9);
  return Math.round((chars * 7 + 5) * 0.75 * 4) / 4;
}
