import {
  CATALOG,
  normalizeHeader,
  type Catalog,
  type CellValue,
  type RowOf,
  type TableName,
  type TableSpec,
} from "../../domain/catalog";
import { CellProblem as ReadProblem, cellReader } from "../../domain/rules/cell-reader";
import { inSteps, type Breathe } from "../../domain/slices";
import { cellAddress } from "./address";

/**
 * A typed row: catalog columns by key plus the user's own columns. Cells are read exactly as Validation
 * reads them (rules/cell-reader): a wrong-kind but meaningful value (negative stock, a channel not in the
 * list) is used as what it is; a cell that cannot be used (text in an amount column, an Excel error) is
 * null and reported in `problems`.
 */
export type TypedRow<T extends TableSpec> = RowOf<T> & {
  /** Columns the catalog does not know, by header as written in the workbook, values untouched. */
  readonly extra: Readonly<Record<string, CellValue>>;
};

/** A cell that breaks its column's rule (Validation flags it too). */
export interface CellProblem {
  readonly rowIndex: number;
  readonly header: string;
  /** Sheet address of the cell, for jump-to-cell. */
  readonly address: string;
  readonly message: string;
  /** True when the typed row still holds the cell's value (e.g. -3 On Hand); false when it reads as null. */
  readonly usable: boolean;
}

/** One table as read from the workbook. */
export interface TableData<N extends string = TableName> {
  /** Table name (as Excel spells it). */
  readonly name: N;
  readonly sheet: string;
  /** Headers as written in the workbook, in workbook order (user columns included). */
  readonly headers: readonly string[];
  /** Raw values, one array per data row, in workbook column order. */
  readonly rows: readonly (readonly CellValue[])[];
  readonly rowCount: number;
  /** 0-based sheet row and column of the first data cell (row under the header, first column). */
  readonly firstRow: number;
  readonly firstColumn: number;
  /** Position of a header in `headers` (matched like normalizeHeader), or -1. */
  columnIndex(header: string): number;
  /** The raw value of one cell, or undefined when the header is not in the table. */
  value(rowIndex: number, header: string): CellValue | undefined;
  /** Sheet address ("'Claim Lines'!C5") of a data cell, or null when the header is not in the table. */
  cellAddress(rowIndex: number, header: string): string | null;
  /** Sheet address of a whole data row. */
  rowAddress(rowIndex: number): string;
  /** Rows typed by the given spec; index i is rows[i]. Unreadable cells become null (see `problems`). */
  typedRows<T extends TableSpec>(spec: T, problems?: CellProblem[]): TypedRow<T>[];
  /** typedRows with this table's catalog spec. */
  typed(problems?: CellProblem[]): N extends TableName ? TypedRow<Catalog[N]>[] : never;
  /** typed, in steps with `breathe` between them (a large table takes a while): the same rows and problems. */
  typedInSteps(
    breathe: Breathe,
    problems?: CellProblem[],
  ): Promise<N extends TableName ? TypedRow<Catalog[N]>[] : never>;
}

export interface TableDataInit<N extends string> {
  readonly name: N;
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  readonly firstRow: number;
  readonly firstColumn: number;
}

/** The extra columns of a row in a table that has none (frozen: shared by every such row). */
const NO_EXTRA: Readonly<Record<string, CellValue>> = Object.freeze({});

export function createTableData<N extends string>(init: TableDataInit<N>): TableData<N> {
  const { name, sheet, headers, rows, firstRow, firstColumn } = init;
  const positions = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = normalizeHeader(h);
    if (!positions.has(key)) positions.set(key, i);
  });
  const columnIndex = (header: string): number => positions.get(normalizeHeader(header)) ?? -1;

  /** Types one raw row by `spec` (columns matched once, here), reporting unusable cells to `problems`. */
  const rowTyper = <T extends TableSpec>(
    spec: T,
    problems?: CellProblem[],
  ): ((raw: readonly CellValue[], rowIndex: number) => TypedRow<T>) => {
    const catalogColumns = spec.columns.map((column) => ({
      column,
      at: columnIndex(column.header),
      read: cellReader(column),
    }));
    const known = new Set(catalogColumns.map((c) => c.at).filter((at) => at >= 0));
    const extraColumns = headers.map((h, at) => ({ h, at })).filter(({ at }) => !known.has(at));
    // Every row starts as a copy of one template with all its keys: an object given 20-odd properties
    // one by one under computed keys turns into a dictionary (measured: 1.5 KB a Claims row, 200 B so).
    const template: Record<string, unknown> = {};
    for (const { column } of catalogColumns) template[column.key] = null;
    template["extra"] = NO_EXTRA;
    return (raw, rowIndex) => {
      const typed: Record<string, unknown> = { ...template };
      for (const { column, at, read } of catalogColumns) {
        if (at < 0) {
          typed[column.key] = null;
          continue;
        }
        const cell = raw[at];
        const result = read(cell === undefined || cell === null ? "" : cell);
        if (!(result instanceof ReadProblem)) {
          typed[column.key] = result;
          continue;
        }
        typed[column.key] = result.usable;
        // Warnings (an amount typed as text) are Validation's to show; the value is used as it reads.
        if (result.severity === "error") {
          problems?.push({
            rowIndex,
            header: headers[at] ?? column.header,
            address: cellAddress(sheet, firstRow + rowIndex, firstColumn + at),
            message: result.message,
            usable: result.usable !== null,
          });
        }
      }
      if (extraColumns.length === 0) {
        typed["extra"] = NO_EXTRA; // one shared object: 200,000 rows need no 200,000 empty ones
      } else {
        const extra: Record<string, CellValue> = {};
        for (const { h, at } of extraColumns) extra[h] = raw[at] ?? "";
        typed["extra"] = extra;
      }
      return typed as TypedRow<T>;
    };
  };
  const typedRows = <T extends TableSpec>(spec: T, problems?: CellProblem[]): TypedRow<T>[] =>
    rows.map(rowTyper(spec, problems));
  const catalogSpec = (): TableSpec => {
    const spec = (CATALOG as Record<string, TableSpec>)[name];
    if (!spec) throw new Error(`${name} is not a catalog table; use typedRows(spec)`);
    return spec;
  };

  return {
    name,
    sheet,
    headers,
    rows,
    rowCount: rows.length,
    firstRow,
    firstColumn,
    columnIndex,
    value(rowIndex, header) {
      const at = columnIndex(header);
      return at < 0 ? undefined : rows[rowIndex]?.[at];
    },
    cellAddress(rowIndex, header) {
      const at = columnIndex(header);
      return at < 0 ? null : cellAddress(sheet, firstRow + rowIndex, firstColumn + at);
    },
    rowAddress(rowIndex) {
      const row = firstRow + rowIndex;
      const first = cellAddress(sheet, row, firstColumn);
      const last = cellAddress(sheet, row, firstColumn + Math.max(0, headers.length - 1)).split("!")[1];
      return headers.length > 1 ? `${first}:${last}` : first;
    },
    typedRows,
    typed(problems?: CellProblem[]) {
      return typedRows(catalogSpec(), problems) as N extends TableName ? TypedRow<Catalog[N]>[] : never;
    },
    async typedInSteps(breathe: Breathe, problems?: CellProblem[]) {
      const type = rowTyper(catalogSpec(), problems);
      const out = new Array<TypedRow<TableSpec>>(rows.length);
      await inSteps(
        rows.length,
        (from, to) => {
          for (let r = from; r < to; r++) out[r] = type(rows[r] ?? [], r);
        },
        breathe,
      );
      return out as N extends TableName ? TypedRow<Catalog[N]>[] : never;
    },
  };
}
