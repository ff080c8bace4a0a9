/** Deleting cells (up) and inserting cells (down) with Excel's rule: never move part of a table. */
import type { Rect } from "../address";
import { MAX_COLUMNS, MAX_ROWS, rectRows } from "../address";
import type { SheetState } from "./state";
import { ensureNoTablesMove, tableMoveError } from "./table-ops";
import { deleteTableRows } from "./table-row-ops";
import type { WorkbookModel } from "./workbook-model";

/** Whole data rows of one table shrink it; elsewhere the cells below move up in the rectangle's columns. */
export function deleteCellsUp(model: WorkbookModel, sheet: SheetState, rect: Rect): void {
  const tables = model.tablesIntersecting(sheet.id, { ...rect, r1: MAX_ROWS - 1 });
  const table = tables[0];
  const spansTableRows =
    tables.length === 1 &&
    table !== undefined &&
    rect.c0 <= table.rect.c0 &&
    rect.c1 >= table.rect.c1 &&
    rect.r0 > table.rect.r0 &&
    rect.r1 <= table.rect.r1;
  if (spansTableRows && table) {
    deleteTableRows(model, table, rect.r0, rectRows(rect));
    return;
  }
  if (tables.length > 0) throw tableMoveError();
  sheet.cells.shiftUp(rect.c0, Math.min(rect.c1, MAX_COLUMNS - 1), rect.r0, rectRows(rect));
  model.recordChange({ sheetId: sheet.id, rect, changeType: "RowDeleted" });
  model.touch();
}

/** The cells of the rectangle's columns, from its first row down, move down by its height. */
export function insertCellsDown(model: WorkbookModel, sheet: SheetState, rect: Rect): void {
  ensureNoTablesMove(model, sheet.id, { ...rect, r1: MAX_ROWS - 1 });
  sheet.cells.shiftDown(rect.c0, rect.c1, rect.r0, rectRows(rect));
  model.recordChange({ sheetId: sheet.id, rect, changeType: "RowInserted" });
  model.touch();
}
