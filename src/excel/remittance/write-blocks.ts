import type { CellValue, ColumnSpec, TableSpec } from "../../domain/catalog";
import type { TableData } from "../table-io";
import { jsonBytes } from "../table-io/budget";
import { blocksFromCells, type CellBlock } from "../table-io/update";

/**
 * Turns the plan's typed rows into the exact 2-D blocks posting writes, before anything is sent, so a
 * missing column stops the post while the workbook is untouched. Values are raw here: text is made
 * formula-safe just before writing (textForCell in ../literal-text.ts, by the cells' number formats).
 */

export class MissingColumnError extends Error {
  constructor(table: string, header: string) {
    super(`${table} has no "${header}" column, so nothing was posted. Run Set up workbook to add it back.`);
    this.name = "MissingColumnError";
  }
}

function position(table: TableData<string>, column: ColumnSpec): number {
  const at = table.columnIndex(column.header);
  if (at < 0) throw new MissingColumnError(table.name, column.header);
  if (column.formula !== undefined)
    throw new Error(`${table.name}[${column.header}] is calculated and is never written.`);
  return at;
}

/** New rows in the workbook's column order; null leaves a cell as Excel makes it (blank). */
export function rowsBlock(
  table: TableData<string>,
  spec: TableSpec,
  rows: readonly object[],
): (CellValue | null)[][] {
  const width = table.headers.length;
  return rows.map((row) => {
    const cells = new Array<CellValue | null>(width).fill(null);
    for (const column of spec.columns) {
      const value = (row as Record<string, string | number | null | undefined>)[column.key];
      if (value === null || value === undefined) continue;
      cells[position(table, column)] = value;
    }
    return cells;
  });
}

export interface RowChange {
  readonly index: number;
  readonly values: object;
}

/** Changed cells of existing rows grouped into rectangles (each cell of a block is a changed one). */
export function changeBlocks(
  table: TableData<string>,
  spec: TableSpec,
  changes: readonly RowChange[],
): CellBlock[] {
  const cells = new Map<number, Map<number, CellValue>>();
  for (const change of changes) {
    if (!Number.isInteger(change.index) || change.index < 0 || change.index >= table.rowCount) {
      throw new RangeError(`Row ${change.index} is not a data row of ${table.name}.`);
    }
    const row = cells.get(change.index) ?? new Map<number, CellValue>();
    for (const [key, value] of Object.entries(change.values) as [string, string | number | null][]) {
      const column = spec.columns.find((c) => c.key === key);
      if (!column) throw new Error(`${table.name} has no catalog column with key ${key}.`);
      row.set(position(table, column), value ?? "");
    }
    if (row.size > 0) cells.set(change.index, row);
  }
  return blocksFromCells(cells);
}

/** Bytes the current content of a block takes (from the read), to size before-image requests. */
export function blockBytesBefore(table: TableData<string>, block: CellBlock): number {
  const rows = block.values.map((values, r) =>
    values.map((_, c) => table.rows[block.row + r]?.[block.column + c] ?? ""),
  );
  return jsonBytes(rows);
}
