/** Writes to rectangles of cells with Excel's rules (shape checks, fill, formula fill, table upkeep). */
import type { Rect } from "../address";
import { intersectRects, isWholeColumns, isWholeRows, rectColumns, rectContains, rectRows } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import { shiftFormula } from "../formula/references";
import type { Cell } from "./cell";
import { EMPTY_CELL } from "./cell";
import { applyInput } from "./input";
import type { SheetState, TableState } from "./state";
import type { CellStyle } from "./style";
import { DEFAULT_STYLE, patchStyle } from "./style";
import type { ValidationRuleState } from "./validation";
import type { WorkbookModel } from "./workbook-model";

/** A 2-D array matching the rectangle, or one value for every cell. */
export type GridInput = unknown;

function shapeError(what: string, rect: Rect, rows: number, cols: number): Error {
  return hostError(
    HostErrorCodes.invalidArgument,
    `The number of rows or columns in the ${what} array (${rows}x${cols}) doesn't match the size of the range (${rectRows(rect)}x${rectColumns(rect)}).`,
  );
}

/** Checks the shape and returns a reader for cell (i, j) of the input. */
export function gridReader(what: string, rect: Rect, input: GridInput): (i: number, j: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = input.length;
  const first: unknown = input[0];
  const cols = Array.isArray(first) ? first.length : -1;
  if (rows !== rectRows(rect) || cols !== rectColumns(rect))
    throw shapeError(what, rect, rows, Math.max(cols, 0));
  for (const row of input) {
    if (!Array.isArray(row) || row.length !== cols) throw shapeError(what, rect, rows, cols);
  }
  return (i, j) => (input[i] as unknown[])[j];
}

/** Range.values / Range.formulas: a single string formula filled over many cells moves its relative refs. */
export function writeContent(
  model: WorkbookModel,
  sheet: SheetState,
  rect: Rect,
  input: GridInput,
  what: string,
): void {
  const read = gridReader(what, rect, input);
  const fill = !Array.isArray(input);
  const formulaFill = fill && typeof input === "string" && input.startsWith("=") ? input : undefined;
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const raw =
        formulaFill !== undefined
          ? shiftFormula(formulaFill, r - rect.r0, c - rect.c0)
          : read(r - rect.r0, c - rect.c0);
      const before = sheet.cells.get(r, c);
      sheet.cells.set(r, c, applyInput(before, raw));
    }
  }
  afterContentWrite(model, sheet, rect);
  model.recordChange({ sheetId: sheet.id, rect, changeType: "RangeEdited" });
}

/** Table upkeep after cells changed: header names follow header cells, calculated columns. */
export function afterContentWrite(model: WorkbookModel, sheet: SheetState, rect: Rect): void {
  for (const table of model.tablesIntersecting(sheet.id, rect)) {
    if (table.showHeaders && rect.r0 <= table.rect.r0 && rect.r1 >= table.rect.r0)
      syncHeaders(model, sheet, table);
    updateCalculatedColumns(sheet, table, rect);
  }
  model.cellsChanged(sheet, rect);
}

function headerText(cell: Cell): string {
  const value = cell.formula === null ? cell.value : cell.calcValue;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value).trim();
}

/** Header cells hold unique, non-empty text (Excel names blanks "ColumnN" and numbers duplicates). */
export function syncHeaders(model: WorkbookModel, sheet: SheetState, table: TableState): void {
  const names: string[] = [];
  const taken = new Set<string>();
  const width = rectColumns(table.rect);
  for (let j = 0; j < width; j++) {
    const col = table.rect.c0 + j;
    let name = headerText(sheet.cells.get(table.rect.r0, col));
    if (name === "") {
      let n = j + 1;
      while (taken.has(`column${n}`)) n++;
      name = `Column${n}`;
    }
    if (taken.has(name.toLowerCase())) {
      let n = 2;
      while (taken.has(`${name}${n}`.toLowerCase())) n++;
      name = `${name}${n}`;
    }
    taken.add(name.toLowerCase());
    names.push(name);
  }
  let renamed = names.length !== table.columns.length;
  names.forEach((name, j) => {
    const col = table.rect.c0 + j;
    const cell = sheet.cells.get(table.rect.r0, col);
    if (cell.value !== name || cell.formula !== null) {
      sheet.cells.set(table.rect.r0, col, cell.withContent(name, "String", null, false));
    }
    const column = table.columns[j];
    if (column?.name !== name) renamed = true;
    if (column) column.name = name;
    else table.columns[j] = { id: table.nextColumnId++, name, formula: null };
  });
  table.columns.length = width;
  // Structured references name columns: a renamed column changes what formulas read.
  if (renamed) model.touch();
}

export function dataBodyRect(table: TableState): Rect {
  return { ...table.rect, r0: table.showHeaders ? table.rect.r0 + 1 : table.rect.r0 };
}

/**
 * A formula written over a column's whole data body (same formula in every row, once relative
 * references are accounted for) makes it a calculated column; values over the whole body end it.
 */
function updateCalculatedColumns(sheet: SheetState, table: TableState, rect: Rect): void {
  const body = dataBodyRect(table);
  for (let j = 0; j < table.columns.length; j++) {
    const col = table.rect.c0 + j;
    const column = table.columns[j];
    if (!column || col < rect.c0 || col > rect.c1) continue;
    if (!rectContains(rect, { r0: body.r0, c0: col, r1: body.r1, c1: col })) continue;
    const first = sheet.cells.get(body.r0, col).formula;
    let consistent = first !== null;
    // A formula without relative row references ([@Amount] * 2, $B$1) is the same text on every row:
    // compared as it is, instead of shifted (parsed) once per row, which on 100k rows froze the page.
    const sameOnEveryRow =
      first !== null &&
      shiftFormula(first, 1, 0) === first &&
      shiftFormula(first, Math.max(1, body.r1 - body.r0), 0) === first;
    for (let r = body.r0 + 1; consistent && r <= body.r1; r++) {
      const formula = sheet.cells.get(r, col).formula;
      consistent =
        formula !== null &&
        first !== null &&
        formula === (sameOnEveryRow ? first : shiftFormula(first, r - body.r0, 0));
    }
    column.formula = consistent ? first : null;
  }
}

/** The formula a calculated column puts in a given data row. */
export function calculatedFormulaAt(table: TableState, columnFormula: string, row: number): string {
  const body = dataBodyRect(table);
  return shiftFormula(columnFormula, row - body.r0, 0);
}

export function writeNumberFormat(
  model: WorkbookModel,
  sheet: SheetState,
  rect: Rect,
  input: GridInput,
): void {
  if (!Array.isArray(input) && typeof input !== "string") {
    throw hostError(
      HostErrorCodes.invalidArgument,
      "A number format must be a string or a 2-D array of strings.",
    );
  }
  const read = gridReader("numberFormat", rect, input);
  if (!Array.isArray(input) && isWholeColumns(rect)) {
    sheet.cells.updateColumns(rect.c0, rect.c1, (cell) => cell.withNumberFormat(input));
  } else if (!Array.isArray(input) && isWholeRows(rect)) {
    sheet.cells.updateRows(rect.r0, rect.r1, (cell) => cell.withNumberFormat(input));
  } else {
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        const format = read(r - rect.r0, c - rect.c0);
        if (format === null || format === undefined) continue;
        if (typeof format !== "string") {
          throw hostError(HostErrorCodes.invalidArgument, "A number format must be a string.");
        }
        sheet.cells.set(r, c, sheet.cells.get(r, c).withNumberFormat(format));
      }
    }
  }
  model.touchFormats();
}

/** Applies a change to every cell of the rectangle; whole columns / rows also set the default there. */
export function updateCells(sheet: SheetState, rect: Rect, fn: (cell: Cell) => Cell): void {
  if (isWholeColumns(rect)) sheet.cells.updateColumns(rect.c0, rect.c1, fn);
  else if (isWholeRows(rect)) sheet.cells.updateRows(rect.r0, rect.r1, fn);
  else sheet.cells.update(rect, fn);
}

export function writeStyle(
  model: WorkbookModel,
  sheet: SheetState,
  rect: Rect,
  patch: Partial<CellStyle>,
): void {
  // Styles are interned, so a range's few distinct styles are patched once each, not once per cell
  // (a 100k-cell format write spent most of its time building style keys).
  const patched = new Map<CellStyle, CellStyle>();
  updateCells(sheet, rect, (cell) => {
    let style = patched.get(cell.style);
    if (style === undefined) {
      style = patchStyle(cell.style, patch);
      patched.set(cell.style, style);
    }
    return cell.withStyle(style);
  });
  model.touchFormats();
}

export function writeValidation(
  model: WorkbookModel,
  sheet: SheetState,
  rect: Rect,
  change: (current: ValidationRuleState | null) => ValidationRuleState | null,
): void {
  updateCells(sheet, rect, (cell) => cell.withValidation(change(cell.validation)));
  model.touchFormats();
}

export type ClearApplyTo = "All" | "Contents" | "Formats" | "Hyperlinks" | "RemoveHyperlinks";

export function clearRange(model: WorkbookModel, sheet: SheetState, rect: Rect, applyTo: ClearApplyTo): void {
  const clearFormats = (cell: Cell): Cell => cell.withNumberFormat("General").withStyle(DEFAULT_STYLE);
  let fn: (cell: Cell) => Cell;
  if (applyTo === "Contents") fn = (cell) => cell.cleared();
  else if (applyTo === "Formats") fn = clearFormats;
  else if (applyTo === "All") fn = () => EMPTY_CELL;
  else return;
  if (applyTo !== "Formats" && (isWholeColumns(rect) || isWholeRows(rect))) {
    const used = sheet.cells.usedRect(false);
    const target = used ? intersectRects(used, rect) : undefined;
    if (target) sheet.cells.update(target, fn);
    if (applyTo === "All") updateCells(sheet, rect, clearFormats);
  } else {
    updateCells(sheet, rect, fn);
  }
  if (applyTo !== "Formats") afterContentWrite(model, sheet, rect);
  model.recordChange({ sheetId: sheet.id, rect, changeType: "RangeEdited" });
  // Contents: afterContentWrite noted the changed cells.
  if (applyTo === "Formats") model.touchFormats();
}
