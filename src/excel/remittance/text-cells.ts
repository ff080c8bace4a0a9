import type { CellValue } from "../../domain/catalog";
import { literalText } from "../literal-text";

/**
 * Text from outside the workbook, made safe for the cell it lands in. A cell formatted as Text ("@")
 * keeps whatever is written as text, formulas included, and there a quote prefix would become a
 * visible apostrophe; every other cell gets literalText so "=..." is never read as a formula.
 */
export function safeInput(value: CellValue, numberFormat: unknown): CellValue {
  if (typeof value !== "string") return value;
  return numberFormat === "@" ? value : literalText(value);
}

/** safeInput over a grid, given the grid's number formats (one row of formats serves every row). */
export function safeGrid<V extends CellValue | null>(
  rows: readonly (readonly V[])[],
  formats: readonly (readonly unknown[])[],
): V[][] {
  return rows.map((row, r) =>
    row.map((value, c) =>
      value === null ? value : (safeInput(value, (formats[r] ?? formats[0])?.[c]) as V),
    ),
  );
}
