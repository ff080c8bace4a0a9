import type { CellValue } from "../../domain/catalog";
import { literalText } from "../literal-text";

/**
 * Text from outside the workbook, made safe to write: literalText gives text that Excel would read as a
 * formula the quote prefix. Text-formatted ("@") cells get it too (Excel consumes the prefix there as
 * well), so a user reformatting a column can never turn imported text into a formula.
 */
export function safeInput(value: CellValue): CellValue {
  return typeof value === "string" ? literalText(value) : value;
}

/** safeInput over a grid; null cells (left as they are) pass through. */
export function safeGrid<V extends CellValue | null>(rows: readonly (readonly V[])[]): V[][] {
  return rows.map((row) => row.map((value) => (value === null ? value : (safeInput(value) as V))));
}
