import type { CellValue } from "../domain/catalog";

/**
 * Excel reads a string written through Range.values that starts with "=" as a formula (and "+", "-",
 * "@" as formula starts when typed). Text from outside the workbook (imports, forms) goes through here:
 * a leading apostrophe is Excel's quote prefix, so the cell keeps the text exactly and never evaluates it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function literalText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** literalText for strings; numbers and booleans pass through unchanged. */
export function literalCell(value: CellValue | null | undefined): CellValue {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? literalText(value) : value;
}
