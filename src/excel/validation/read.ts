import { TABLE_NAMES, type TableName } from "../../domain/catalog";
import type { RawTable, RawWorkbook } from "../../domain/rules";
import { readTables, type ReadOptions, type TableData } from "../table-io";
import type { TableLayout } from "./layout";

export interface ValidationRead {
  readonly workbook: RawWorkbook;
  readonly layouts: Map<TableName, TableLayout>;
  /** Catalog tables the workbook does not have (setup was not run, or a table was deleted). */
  readonly missing: TableName[];
}

export function rawTable(data: TableData): RawTable {
  return { headers: data.headers, rows: data.rows, firstRow: data.firstRow + 1 };
}

export function layoutOf(name: TableName, data: TableData): TableLayout {
  return {
    name,
    sheet: data.sheet,
    headers: data.headers,
    firstRow: data.firstRow,
    firstColumn: data.firstColumn,
    rowCount: data.rowCount,
  };
}

/** Reads the catalog's tables (or the named ones) in as few syncs as the byte budget allows. */
export async function readForValidation(
  context: Excel.RequestContext,
  names: readonly TableName[] = TABLE_NAMES,
  options: ReadOptions = {},
): Promise<ValidationRead> {
  const tables = await readTables(context, names, options);
  const workbook: { [T in TableName]?: RawTable } = {};
  const layouts = new Map<TableName, TableLayout>();
  const missing: TableName[] = [];
  for (const name of names) {
    const data = tables.get(name);
    if (!data) {
      missing.push(name);
      continue;
    }
    workbook[name] = rawTable(data);
    layouts.set(name, layoutOf(name, data));
  }
  return { workbook, layouts, missing };
}
