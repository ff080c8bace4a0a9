/**
 * Table rows with Excel's rules: rows.add fills a lone blank row first, new rows take formats,
 * validation and calculated column formulas from their neighbours; deleting keeps one data row.
 */
import type { Rect } from "../address";
import { MAX_ROWS, rectColumns, rectRows } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import type { Cell } from "./cell";
import { EMPTY_CELL } from "./cell";
import { applyInput } from "./input";
import { afterContentWrite, calculatedFormulaAt, dataBodyRect, gridReader } from "./range-ops";
import type { SheetState, TableState } from "./state";
import { ensureNoTablesMove, tableSheet } from "./table-ops";
import type { WorkbookModel } from "./workbook-model";

/** Blank: no values, and formulas only where a calculated column put them. */
function isRowBlank(sheet: SheetState, table: TableState, row: number): boolean {
  for (let j = 0; j < table.columns.length; j++) {
    const cell = sheet.cells.get(row, table.rect.c0 + j);
    const calculated = table.columns[j]?.formula ?? null;
    if (cell.isEmpty) continue;
    if (calculated === null || cell.formula !== calculatedFormulaAt(table, calculated, row)) return false;
  }
  return true;
}

/** The format (number format, style, validation) a new row takes from the row above / below. */
function formatSource(sheet: SheetState, row: number, col: number): Cell {
  const cell = sheet.cells.get(row, col);
  return EMPTY_CELL.withNumberFormat(cell.numberFormat).withStyle(cell.style).withValidation(cell.validation);
}

/**
 * rows.add(index, values): index undefined/null appends. A table whose only data row is blank (calculated
 * column formulas aside) gets that row filled first, as Excel does for a new table. Cells below the table, in its columns, move down.
 */
export function addTableRows(
  model: WorkbookModel,
  table: TableState,
  index: number | null | undefined,
  values: unknown,
): Rect {
  const sheet = tableSheet(model, table);
  const width = rectColumns(table.rect);
  let count = 1;
  if (values !== undefined && values !== null) {
    if (!Array.isArray(values) || values.length === 0) {
      throw hostError(HostErrorCodes.invalidArgument, "rows.add values must be a non-empty 2-D array.");
    }
    count = values.length;
  }
  const body = dataBodyRect(table);
  const bodyRows = rectRows(body);
  if (index !== undefined && index !== null && (!Number.isInteger(index) || index < 0 || index > bodyRows)) {
    throw hostError(HostErrorCodes.invalidArgument, `The row index ${index} is outside the table.`);
  }
  const reuseBlank = bodyRows === 1 && isRowBlank(sheet, table, body.r0);
  let target: Rect;
  if (reuseBlank) {
    target = { r0: body.r0, c0: body.c0, r1: body.r0 + count - 1, c1: body.c1 };
    const extra = count - 1;
    if (extra > 0) insertRows(model, sheet, table, body.r0 + 1, extra);
  } else {
    const at = index === undefined || index === null ? body.r1 + 1 : body.r0 + index;
    insertRows(model, sheet, table, at, count);
    target = { r0: at, c0: body.c0, r1: at + count - 1, c1: body.c1 };
  }
  const read =
    values === undefined || values === null ? undefined : gridReader("rows.add values", target, values);
  for (let j = 0; j < width; j++) {
    const col = table.rect.c0 + j;
    const formula = model.fillTableFormulas ? (table.columns[j]?.formula ?? null) : null;
    for (let r = target.r0; r <= target.r1; r++) {
      const raw = read ? read(r - target.r0, j) : null;
      let cell = sheet.cells.get(r, col);
      if (formula !== null && (raw === null || raw === undefined || raw === "")) {
        cell = cell.withContent("", "Empty", calculatedFormulaAt(table, formula, r), false);
      } else {
        cell = applyInput(cell, raw);
      }
      sheet.cells.set(r, col, cell);
    }
  }
  afterContentWrite(model, sheet, target);
  model.recordChange({ sheetId: sheet.id, rect: target, changeType: "RowInserted", tableId: table.id });
  return target;
}

/** Inserts count blank rows at sheet row `at` inside the table, copying formats from the neighbour row. */
function insertRows(
  model: WorkbookModel,
  sheet: SheetState,
  table: TableState,
  at: number,
  count: number,
): void {
  const { c0, c1 } = table.rect;
  if (table.rect.r1 + count >= MAX_ROWS)
    throw hostError(HostErrorCodes.invalidOperation, "The sheet is full.");
  ensureNoTablesMove(model, table.sheetId, { r0: at, c0, r1: MAX_ROWS - 1, c1 }, table);
  const body = dataBodyRect(table);
  const sourceRow = at > body.r0 ? at - 1 : at;
  const sources: Cell[] = [];
  for (let c = c0; c <= c1; c++) sources.push(formatSource(sheet, sourceRow, c));
  const movesCells = hasCellsFrom(sheet, at, c0, c1);
  sheet.cells.shiftDown(c0, c1, at, count);
  for (let r = at; r < at + count; r++) {
    for (let c = c0; c <= c1; c++) sheet.cells.set(r, c, sources[c - c0] ?? EMPTY_CELL);
  }
  table.rect = { ...table.rect, r1: table.rect.r1 + count };
  // Conditional formats over the table's columns grow with it (or move down when below the new rows).
  for (const cf of sheet.conditionalFormats) {
    cf.rects = cf.rects.map((rect) => {
      if (rect.c0 < c0 || rect.c1 > c1) return rect;
      if (rect.r0 >= at) return { ...rect, r0: rect.r0 + count, r1: rect.r1 + count };
      if (rect.r1 >= at - 1) return { ...rect, r1: rect.r1 + count };
      return rect;
    });
  }
  // Rows appended below everything: no cell moved, only the table grew (its new rows are written next).
  if (movesCells) model.touch();
  else model.tableGrew(table);
}

/** True when a cell is stored in columns c0..c1 at row `from` or below. */
function hasCellsFrom(sheet: SheetState, from: number, c0: number, c1: number): boolean {
  for (let r = from; r < sheet.cells.rowCount; r++) {
    const row = sheet.cells.rowCells(r);
    if (!row) continue;
    for (let c = c0; c <= Math.min(c1, row.length - 1); c++) if (row[c] !== undefined) return true;
  }
  return false;
}

/** Deletes data rows [first, first+count) of the table (sheet rows), moving cells below up. */
export function deleteTableRows(model: WorkbookModel, table: TableState, first: number, count: number): void {
  const sheet = tableSheet(model, table);
  const body = dataBodyRect(table);
  if (first < body.r0 || first + count - 1 > body.r1) {
    throw hostError(HostErrorCodes.invalidArgument, "The rows to delete are outside the table's data.");
  }
  const { c0, c1 } = table.rect;
  ensureNoTablesMove(model, table.sheetId, { r0: first, c0, r1: MAX_ROWS - 1, c1 }, table);
  const remaining = rectRows(body) - count;
  if (remaining === 0) {
    // Excel keeps one blank data row.
    sheet.cells.shiftUp(c0, c1, first + 1, count - 1);
    for (let c = c0; c <= c1; c++) sheet.cells.set(first, c, sheet.cells.get(first, c).cleared());
    table.rect = { ...table.rect, r1: first };
  } else {
    sheet.cells.shiftUp(c0, c1, first, count);
    table.rect = { ...table.rect, r1: table.rect.r1 - count };
  }
  model.recordChange({
    sheetId: sheet.id,
    rect: { r0: first, c0, r1: first + count - 1, c1 },
    changeType: "RowDeleted",
    tableId: table.id,
  });
  model.touch();
}
