/**
 * A1 references inside formula text: find them (outside strings and structured-reference brackets) and
 * rewrite them. Used to fill a formula down a range (relative references move), to follow a sheet
 * rename, and to turn references to a deleted sheet into #REF!.
 */
import { columnIndex, columnLetters, MAX_COLUMNS, MAX_ROWS, quoteSheetName } from "../address";

export interface FormulaReference {
  /** Sheet name as written, unquoted; undefined for references to the formula's own sheet. */
  readonly sheet: string | undefined;
  /** The reference without its sheet, e.g. "$A$1:B2". */
  readonly ref: string;
}

const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*)`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const AREA = String.raw`(?:${CELL}(?::${CELL})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d{1,7}:\$?\d{1,7})`;
const REFERENCE = new RegExp(String.raw`(?:(${SHEET})!)?(${AREA})(?![A-Za-z0-9_(!\[.])`, "y");
const IDENTIFIER_CHAR = /[A-Za-z0-9_.$'\u00C0-\uFFFF]/;

function unquote(sheet: string): string {
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** Index just past the string literal that starts at `start` (a '"'; "" inside it is a quote). */
export function stringLiteralEnd(formula: string, start: number): number {
  let j = start + 1;
  while (j < formula.length) {
    if (formula[j] !== '"') j++;
    else if (formula[j + 1] === '"') j += 2;
    else break;
  }
  return j + 1;
}

/** Calls rewrite for each A1 reference; a returned string replaces the reference (sheet included). */
export function mapReferences(
  formula: string,
  rewrite: (reference: FormulaReference) => string | undefined,
): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] ?? "";
    if (ch === '"') {
      const end = stringLiteralEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < formula.length; j++) {
        const c = formula[j];
        if (c === "'" && j + 1 < formula.length) {
          j++;
          continue;
        }
        if (c === "[") depth++;
        else if (c === "]" && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? (formula[i - 1] ?? "") : "";
    if (!IDENTIFIER_CHAR.test(prev)) {
      REFERENCE.lastIndex = i;
      const match = REFERENCE.exec(formula);
      if (match) {
        const sheetText = match[1];
        const replacement = rewrite({
          sheet: sheetText === undefined ? undefined : unquote(sheetText),
          ref: match[2] ?? "",
        });
        out += replacement ?? match[0];
        i += match[0].length;
        continue;
      }
      // Skip a whole identifier so references are never found inside one (e.g. a name like "rate_A1").
      const identifier = /[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*/y;
      identifier.lastIndex = i;
      const word = identifier.exec(formula);
      if (word) {
        out += word[0];
        i += word[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

function shiftPart(part: string, dRow: number, dCol: number): string | undefined {
  const cell = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(part);
  if (cell) {
    const col = cell[1] ? columnIndex(cell[2] ?? "") : columnIndex(cell[2] ?? "") + dCol;
    const row = cell[3] ? Number(cell[4]) - 1 : Number(cell[4]) - 1 + dRow;
    if (col < 0 || col >= MAX_COLUMNS || row < 0 || row >= MAX_ROWS) return undefined;
    return `${cell[1]}${columnLetters(col)}${cell[3]}${row + 1}`;
  }
  const column = /^(\$?)([A-Za-z]{1,3})$/.exec(part);
  if (column) {
    const col = column[1] ? columnIndex(column[2] ?? "") : columnIndex(column[2] ?? "") + dCol;
    if (col < 0 || col >= MAX_COLUMNS) return undefined;
    return `${column[1]}${columnLetters(col)}`;
  }
  const row = /^(\$?)(\d+)$/.exec(part);
  if (row) {
    const r = row[1] ? Number(row[2]) - 1 : Number(row[2]) - 1 + dRow;
    if (r < 0 || r >= MAX_ROWS) return undefined;
    return `${row[1]}${r + 1}`;
  }
  return part;
}

/** The formula as it reads when copied dRow rows down and dCol columns right (relative refs move). */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return mapReferences(formula, ({ sheet, ref }) => {
    const parts = ref.split(":").map((p) => shiftPart(p, dRow, dCol));
    if (parts.some((p) => p === undefined)) return "#REF!";
    return `${sheet === undefined ? "" : `${quoteSheetName(sheet)}!`}${parts.join(":")}`;
  });
}

export function renameSheetInFormula(formula: string, oldName: string, newName: string): string {
  const lowered = oldName.toLowerCase();
  return mapReferences(formula, ({ sheet, ref }) =>
    sheet !== undefined && sheet.toLowerCase() === lowered ? `${quoteSheetName(newName)}!${ref}` : undefined,
  );
}

export function removeSheetFromFormula(formula: string, name: string): string {
  const lowered = name.toLowerCase();
  return mapReferences(formula, ({ sheet }) =>
    sheet !== undefined && sheet.toLowerCase() === lowered ? "#REF!" : undefined,
  );
}
