/**
 * Table lifetime with Excel's rules: creation (header row, a blank data row for header-only ranges),
 * names, resize, delete, convert to a range. Rows and columns: table-row-ops.ts, table-column-ops.ts.
 */
import type { Rect } from "../address";
import { intersectRects, MAX_ROWS, rectRows } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import { EMPTY_CELL } from "./cell";
import { checkItemName } from "./names-rules";
import { syncHeaders } from "./range-ops";
import type { SheetState, TableState } from "./state";
import type { WorkbookModel } from "./workbook-model";

export function checkTableName(model: WorkbookModel, name: string, self?: TableState): void {
  checkItemName("table", name);
  const other = model.tableByName(name);
  if ((other && other !== self) || model.findName(name, null)) {
    throw hostError(HostErrorCodes.itemAlreadyExists, `A table or name called "${name}" already exists.`);
  }
}

/** The table by id, at sync time (a proxy may outlive its table). */
export function requireTable(model: WorkbookModel, id: string): TableState {
  const table = model.tableById(id);
  if (!table) throw hostError(HostErrorCodes.itemNotFound, "The table no longer exists.");
  return table;
}

export function tableSheet(model: WorkbookModel, table: TableState): SheetState {
  const sheet = model.sheetById(table.sheetId);
  if (!sheet) throw hostError(HostErrorCodes.itemNotFound, "The table's worksheet no longer exists.");
  return sheet;
}

export function overlapError(): Error {
  return hostError(HostErrorCodes.invalidArgument, "A table can't overlap another table.");
}

function nextTableName(model: WorkbookModel): string {
  let n = model.state.tables.length + 1;
  while (model.tableByName(`Table${n}`) || model.findName(`Table${n}`, null)) n++;
  return `Table${n}`;
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
    ensureNoTablesMove(model, sheet.id, { r0: rect.r0, c0: rect.c0, r1: MAX_ROWS - 1, c1: rect.c1 });
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
  const old = table.name;
  table.name = name;
  model.tableRenamed(old, name);
}

export function tableMoveError(): Error {
  return hostError(HostErrorCodes.invalidOperation, "This operation would move cells in a table.");
}

/** Refuses to move the cells of `area` when a table other than `except` is there (Excel's rule). */
export function ensureNoTablesMove(
  model: WorkbookModel,
  sheetId: string,
  area: Rect,
  except?: TableState,
): void {
  for (const other of model.tablesIntersecting(sheetId, area)) {
    if (other !== except) throw tableMoveError();
  }
}

/** table.resize(address): same header row, must overlap the old range, no other table in the way. */
export function resizeTable(model: WorkbookModel, table: TableState, rect: Rect): void {
  const sheet = tableSheet(model, table);
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
