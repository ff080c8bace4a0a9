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

/**
 * Starts Excel may read as something other than this text in a General cell: a number, date, time,
 * percent or currency ("00123", "1/2", "-5", ".5", "$3", "(4)"), a boolean, an error value, or the quote
 * prefix itself. Broad on purpose: a quote prefix on text that needed none changes nothing visible.
 */
const MAY_CONVERT = /^(\s*[\d.$(+-]|'|#|\s*(true|false)\s*$)/i;

/**
 * Text from outside as it must be written through Range.values into a cell of this number format, so
 * that it stays exactly this text and never becomes a formula, a number or a visible apostrophe:
 * - a Text ("@") cell keeps what is written as it is: no prefix, which would show as an apostrophe;
 * - any other cell gets Excel's quote prefix when the text could be read as a formula or converted
 *   (the apostrophe is consumed, and Excel keeps the flag so F2+Enter leaves the text as text).
 * The docs do not settle the "@" case: see TESTING.md "Behaviours the docs do not settle".
 */
export function textForCell(text: string, numberFormat: unknown): string {
  if (numberFormat === "@") return text;
  return FORMULA_START.test(text) || MAY_CONVERT.test(text) ? `'${text}` : text;
}

/** textForCell for strings; numbers and booleans pass through unchanged, null/undefined become blank. */
export function cellForFormat(value: CellValue | null | undefined, numberFormat: unknown): CellValue {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? textForCell(value, numberFormat) : value;
}
