/** Table columns with Excel's rules: columns.add (append into empty cells or shift right), delete. */
import type { Rect } from "../address";
import { cellAddress, MAX_COLUMNS, rectColumns } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import { EMPTY_CELL } from "./cell";
import { applyInput } from "./input";
import { afterContentWrite, gridReader, syncHeaders } from "./range-ops";
import type { SheetState, TableState } from "./state";
import { ensureNoTablesMove, overlapError, tableSheet } from "./table-ops";
import type { WorkbookModel } from "./workbook-model";

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
  const sheet = tableSheet(model, table);
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
  model.touch(); // the table changed shape (and cells may have moved right)
  model.recordChange({ sheetId: sheet.id, rect: rows, changeType: "ColumnInserted", tableId: table.id });
  return at;
}

/** Moves the cells of the table's rows from column col rightwards by one. */
function shiftRight(model: WorkbookModel, sheet: SheetState, table: TableState, col: number): void {
  const { r0, r1 } = table.rect;
  ensureNoTablesMove(model, sheet.id, { r0, c0: col, r1, c1: MAX_COLUMNS - 1 }, table);
  for (let r = r0; r <= r1; r++) {
    const row = sheet.cells.rowCells(r);
    const last = row ? row.length - 1 : -1;
    for (let c = last; c >= col; c--) sheet.cells.set(r, c + 1, sheet.cells.get(r, c));
    sheet.cells.set(r, col, EMPTY_CELL);
  }
}

export function deleteTableColumn(model: WorkbookModel, table: TableState, index: number): void {
  const sheet = tableSheet(model, table);
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
