import type { CellValue, ColumnSpec, TableSpec } from "../../domain/catalog";
import type { TableData } from "../table-io";
import { jsonBytes } from "../table-io/budget";
import { blocksFromCells, blocksFromRows, type CellBlock } from "../table-io/update";

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

/** Rows to append, built one at a time as they are written (200,000 claims make 400,000 Payments rows). */
export interface NewRows {
  readonly count: number;
  /** Row `i` in the workbook's column order; null leaves a cell as Excel makes it (blank). */
  row(i: number): (CellValue | null)[];
}

/** Rows made when read (the plan's Payments rows): in order, one at a time. */
export interface RowList extends Iterable<object> {
  readonly length: number;
  row(i: number): object;
}

/**
 * New rows in the workbook's column order. Every column a row gives a value is found now, so a missing
 * column stops the post before anything is written; each row's cells are made only when it is written.
 */
export function rowsBlock(
  table: TableData<string>,
  spec: TableSpec,
  rows: readonly object[] | RowList,
): NewRows {
  const width = table.headers.length;
  const keys = new Set<string>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) if (value !== null && value !== undefined) keys.add(key);
  }
  const used = spec.columns.filter((column) => keys.has(column.key));
  const columns = used.map((column) => ({ key: column.key, at: position(table, column) }));
  const rowAt = (i: number): object => (Array.isArray(rows) ? (rows[i] as object) : (rows as RowList).row(i));
  return {
    count: rows.length,
    row(i) {
      const source = rowAt(i) as Record<string, string | number | null | undefined>;
      const cells = new Array<CellValue | null>(width).fill(null);
      for (const { key, at } of columns) {
        const value = source[key];
        if (value !== null && value !== undefined) cells[at] = value;
      }
      return cells;
    },
  };
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
  const positions = new Map<string, number>();
  const at = (key: string): number => {
    const known = positions.get(key);
    if (known !== undefined) return known;
    const column = spec.columns.find((c) => c.key === key);
    if (!column) throw new Error(`${table.name} has no catalog column with key ${key}.`);
    const found = position(table, column);
    positions.set(key, found);
    return found;
  };
  const cellsOf = (change: RowChange, into = new Map<number, CellValue>()) => {
    if (!Number.isInteger(change.index) || change.index < 0 || change.index >= table.rowCount) {
      throw new RangeError(`Row ${change.index} is not a data row of ${table.name}.`);
    }
    for (const [key, value] of Object.entries(change.values) as [string, string | number | null][]) {
      into.set(at(key), value ?? "");
    }
    return into;
  };
  // The plan's changes come one per row in row order: each row's cells are made as the blocks take
  // them (200,000 changed claims are not held as 200,000 maps at once).
  const inOrder = changes.every((c, i) => i === 0 || c.index > (changes[i - 1]?.index ?? -1));
  if (inOrder) {
    return blocksFromRows(
      (function* () {
        for (const change of changes) {
          const row = cellsOf(change);
          if (row.size > 0) yield [change.index, row] as const;
        }
      })(),
    );
  }
  const cells = new Map<number, Map<number, CellValue>>();
  for (const change of changes) {
    const row = cellsOf(change, cells.get(change.index));
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
