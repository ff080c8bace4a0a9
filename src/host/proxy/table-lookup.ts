/** A table's state and worksheet, found at sync time by the table proxies. */
import { HostErrorCodes, hostError } from "../errors";
import type { SheetState, TableState } from "../model/state";
import type { HostRequestContext } from "./context";

export function requireTable(context: HostRequestContext, id: string): TableState {
  const table = context.model.tableById(id);
  if (!table) throw hostError(HostErrorCodes.itemNotFound, "The table no longer exists.");
  return table;
}

export function tableSheet(context: HostRequestContext, table: TableState): SheetState {
  const sheet = context.model.sheetById(table.sheetId);
  if (!sheet) throw hostError(HostErrorCodes.itemNotFound, "The table's worksheet no longer exists.");
  return sheet;
}
