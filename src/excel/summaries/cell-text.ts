/**
 * Model cells as Excel input for Range.formulas: formulas as written, numbers as numbers, and text
 * always as text. Text Excel would turn into something else (a formula, a number, a date, TRUE) gets
 * the quote prefix "'", which Excel keeps out of the cell's value.
 */
import { isFormula, type ModelCell } from "../../domain/summaries/model";
import { literalText } from "../literal-text";

const NUMBER_LIKE = /^\s*[-+]?(\$?\d[\d,]*\.?\d*|\.\d+)(e[+-]?\d+)?%?\s*$/i;
const DATE_LIKE = /^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?(\s+\d{1,2}:\d{2}.*)?\s*$/;
const TIME_LIKE = /^\s*\d{1,2}:\d{2}(:\d{2})?\s*(am|pm)?\s*$/i;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;

export function textCell(text: string): string {
  const literal = literalText(text);
  if (literal !== text) return literal;
  return NUMBER_LIKE.test(text) || DATE_LIKE.test(text) || TIME_LIKE.test(text) || BOOLEAN_LIKE.test(text)
    ? `'${text}`
    : text;
}

export function excelInput(cell: ModelCell): string | number | boolean {
  if (cell === null) return "";
  if (isFormula(cell)) return cell.formula;
  if (typeof cell === "string") return textCell(cell);
  return Number.isFinite(cell) || typeof cell === "boolean" ? cell : "";
}
