/**
 * Table operations with Excel's rules: creation (header row, a blank data row for header-only
 * ranges), rows.add (calculated columns, formats and validation extend to new rows), columns.add,
 * resize, delete.
 */
import type { Rect } from "../address";
import { cellAddress, intersectRects, MAX_ROWS, rectColumns, rectRows } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import type { Cell } from "./cell";
import { EMPTY_CELL } from "./cell";
import { applyInput } from "./input";
import { checkItemName } from "./names-rules";
import { afterContentWrite, calculatedFormulaAt, dataBodyRect, gridReader, syncHeaders } from "./range-ops";
import type { SheetState, TableState } from "./state";
import type { WorkbookModel } from "./workbook-model";

export function checkTableName(model: WorkbookModel, name: string, self?: TableState): void {
  checkItemName("table", name);
  const other = model.tableByName(name);
  if ((other && other !== self) || model.findName(name, null)) {
    throw hostError(HostErrorCodes.itemAlreadyExists, `A table or name called "${name}" already exists.`);
  }
}

function overlapError(): Error {
  return hostError(HostErrorCodes.invalidArgument, "A table can't overlap another table.");
}

function nextTableName(model: WorkbookModel): string {
  let n = model.state.tables.length + 1;
  while (model.tableByName(`Table${n}`) || model.findName(`Table${n}`, null)) n++;
  return `Table${n}`;
}

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

/**
 * tables.add(address, hasHeaders). With headers the first row names the columns; a header-only
 * range gets one blank data row (Excel's behaviour). Without headers a header row is inserted above
 * the range, shifting the cells of those columns down (as Excel does).
 */
export function addTable(
  model: WorkbookModel,
  sheet: SheetState,
  rect: Rect,
  hasHeaders: boolean,
): TableState {
  if (rect.r1 >= MAX_ROWS - 1)
    throw hostError(HostErrorCodes.invalidArgument, "The table range is too large.");
  let tableRect: Rect = hasHeaders
    ? { ...rect, r1: rectRows(rect) === 1 ? rect.r0 + 1 : rect.r1 }
    : { ...rect, r1: rect.r1 + 1 };
  if (model.tablesIntersecting(sheet.id, tableRect).length > 0) throw overlapError();
  if (!hasHeaders) {
    const below = model.tablesIntersecting(sheet.id, {
      r0: rect.r0,
      c0: rect.c0,
      r1: MAX_ROWS - 1,
      c1: rect.c1,
    });
    if (below.length > 0)
      throw hostError(HostErrorCodes.invalidOperation, "This operation would move cells in a table.");
    sheet.cells.shiftDown(rect.c0, rect.c1, rect.r0, 1);
    for (let c = rect.c0; c <= rect.c1; c++) sheet.cells.set(rect.r0, c, EMPTY_CELL);
    tableRect = { ...rect, r1: rect.r1 + 1 };
  }
  const table: TableState = {
    id: model.nextId("TABLE"),
    name: nextTableName(model),
    sheetId: sheet.id,
    rect: tableRect,
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    columns: [],
    nextColumnId: 1,
  };
  model.state.tables.push(table);
  syncHeaders(model, sheet, table);
  model.touch();
  return table;
}

export function renameTable(model: WorkbookModel, table: TableState, name: string): void {
  if (table.name === name) return;
  checkTableName(model, name, table);
  table.name = name;
  model.touch();
}

function ensureNoTablesMove(model: WorkbookModel, table: TableState, area: Rect): void {
  for (const other of model.tablesIntersecting(table.sheetId, area)) {
    if (other !== table)
      throw hostError(HostErrorCodes.invalidOperation, "This operation would move cells in a table.");
  }
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
  const sheet = model.sheetById(table.sheetId);
  if (!sheet) throw hostError(HostErrorCodes.itemNotFound, "The table's worksheet no longer exists.");
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
    const formula = table.columns[j]?.formula ?? null;
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
  ensureNoTablesMove(model, table, { r0: at, c0, r1: MAX_ROWS - 1, c1 });
  const body = dataBodyRect(table);
  const sourceRow = at > body.r0 ? at - 1 : at;
  const sources: Cell[] = [];
  for (let c = c0; c <= c1; c++) sources.push(formatSource(sheet, sourceRow, c));
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
  model.touch();
}

/** Deletes data rows [first, first+count) of the table (sheet rows), moving cells below up. */
export function deleteTableRows(model: WorkbookModel, table: TableState, first: number, count: number): void {
  const sheet = model.sheetById(table.sheetId);
  if (!sheet) throw hostError(HostErrorCodes.itemNotFound, "The table's worksheet no longer exists.");
  const body = dataBodyRect(table);
  if (first < body.r0 || first + count - 1 > body.r1) {
    throw hostError(HostErrorCodes.invalidArgument, "The rows to delete are outside the table's data.");
  }
  const { c0, c1 } = table.rect;
  ensureNoTablesMove(model, table, { r0: first, c0, r1: MAX_ROWS - 1, c1 });
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

/**
 * columns.add(index, values, name): values (optional) is [[header], [v1], ...] for the header row and
 * every data row. Appending needs the column right of the table to be empty in the table's rows.
 */
export function addTableColumn(
  model: WorkbookModel,
  table: TableState,
  index: number | null | undefined,
  values: unknown,
  name: string | undefined,
): number {
  const sheet = model.sheetById(table.sheetId);
  if (!sheet) throw hostError(HostErrorCodes.itemNotFound, "The table's worksheet no longer exists.");
  const width = rectColumns(table.rect);
  const at = index === undefined || index === null ? width : index;
  if (!Number.isInteger(at) || at < 0 || at > width) {
    throw hostError(HostErrorCodes.invalidArgument, `The column index ${at} is outside the table.`);
  }
  const col = table.rect.c0 + at;
  const rows: Rect = { r0: table.rect.r0, c0: col, r1: table.rect.r1, c1: col };
  if (at === width) {
    if (model.tablesIntersecting(sheet.id, rows).length > 0) throw overlapError();
    for (let r = rows.r0; r <= rows.r1; r++) {
      if (!sheet.cells.get(r, col).isEmpty) {
        throw hostError(
          HostErrorCodes.invalidOperation,
          `Cannot add a column to table ${table.name}: cell ${cellAddress(r, col)} to its right is not empty.`,
        );
      }
    }
  } else {
    shiftRight(model, sheet, table, col);
  }
  const read =
    values === undefined || values === null ? undefined : gridReader("columns.add values", rows, values);
  for (let r = rows.r0; r <= rows.r1; r++) {
    const source = sheet.cells.get(r, col === table.rect.c0 ? col + 1 : col - 1);
    let cell = EMPTY_CELL.withNumberFormat(source.numberFormat).withStyle(source.style);
    const raw = read ? read(r - rows.r0, 0) : null;
    if (r === rows.r0 && name !== undefined) cell = cell.withContent(name, "String", null, false);
    else cell = applyInput(cell, raw);
    sheet.cells.set(r, col, cell);
  }
  table.rect = { ...table.rect, c1: table.rect.c1 + 1 };
  table.columns.splice(at, 0, { id: table.nextColumnId++, name: "", formula: null });
  syncHeaders(model, sheet, table);
  afterContentWrite(model, sheet, rows);
  model.recordChange({ sheetId: sheet.id, rect: rows, changeType: "ColumnInserted", tableId: table.id });
  return at;
}

/** Moves the cells of the table's rows from column col rightwards by one. */
function shiftRight(model: WorkbookModel, sheet: SheetState, table: TableState, col: number): void {
  const { r0, r1 } = table.rect;
  for (const other of model.tablesIntersecting(sheet.id, { r0, c0: col, r1, c1: 16383 })) {
    if (other !== table)
      throw hostError(HostErrorCodes.invalidOperation, "This operation would move cells in a table.");
  }
  for (let r = r0; r <= r1; r++) {
    const row = sheet.cells.rowCells(r);
    const last = row ? row.length - 1 : -1;
    for (let c = last; c >= col; c--) sheet.cells.set(r, c + 1, sheet.cells.get(r, c));
    sheet.cells.set(r, col, EMPTY_CELL);
  }
}

export function deleteTableColumn(model: WorkbookModel, table: TableState, index: number): void {
  const sheet = model.sheetById(table.sheetId);
  if (!sheet) throw hostError(HostErrorCodes.itemNotFound, "The table's worksheet no longer exists.");
  if (rectColumns(table.rect) === 1) {
    throw hostError(HostErrorCodes.invalidOperation, "A table must keep at least one column.");
  }
  const col = table.rect.c0 + index;
  for (let r = table.rect.r0; r <= table.rect.r1; r++) {
    const row = sheet.cells.rowCells(r);
    const last = row ? row.length - 1 : col;
    for (let c = col; c <= last; c++) sheet.cells.set(r, c, sheet.cells.get(r, c + 1));
  }
  table.columns.splice(index, 1);
  table.rect = { ...table.rect, c1: table.rect.c1 - 1 };
  model.recordChange({
    sheetId: sheet.id,
    rect: { r0: table.rect.r0, c0: col, r1: table.rect.r1, c1: col },
    changeType: "ColumnDeleted",
    tableId: table.id,
  });
  model.touch();
}

/** table.resize(address): same header row, must overlap the old range, no other table in the way. */
export function resizeTable(model: WorkbookModel, table: TableState, rect: Rect): void {
  const sheet = model.sheetById(table.sheetId);
  if (!sheet) throw hostError(HostErrorCodes.itemNotFound, "The table's worksheet no longer exists.");
  if (rect.r0 !== table.rect.r0 || !intersectRects(rect, table.rect) || rectRows(rect) < 2) {
    throw hostError(
      HostErrorCodes.invalidArgument,
      "The new table range must keep the same header row, overlap the old range and have a data row.",
    );
  }
  for (const other of model.tablesIntersecting(sheet.id, rect)) if (other !== table) throw overlapError();
  const oldColumns = new Map<number, TableState["columns"][number]>();
  table.columns.forEach((c, j) => oldColumns.set(table.rect.c0 + j, c));
  table.rect = rect;
  table.columns = [];
  for (let c = rect.c0; c <= rect.c1; c++) {
    const kept = oldColumns.get(c);
    table.columns.push(kept ?? { id: table.nextColumnId++, name: "", formula: null });
  }
  syncHeaders(model, sheet, table);
  model.touch();
}

/** table.delete(): the table and its cells go. */
export function deleteTable(model: WorkbookModel, table: TableState): void {
  const sheet = model.sheetById(table.sheetId);
  model.state.tables = model.state.tables.filter((t) => t !== table);
  if (sheet) {
    sheet.cells.update(table.rect, () => EMPTY_CELL);
    model.recordChange({ sheetId: sheet.id, rect: table.rect, changeType: "RangeEdited" });
  }
  model.touch();
}

/** table.convertToRange(): the cells stay, the table goes. */
export function convertTableToRange(model: WorkbookModel, table: TableState): void {
  model.state.tables = model.state.tables.filter((t) => t !== table);
  model.touch();
}
