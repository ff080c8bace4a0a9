import type { CellValue, TableName } from "../catalog";

export type Severity = "error" | "warning";

/** One problem found in one cell (or, with rowIndex -1, in a table's header row). */
export interface Finding {
  readonly table: TableName;
  /** 0-based data row of the table; -1 for a problem with the table itself (e.g. a missing column). */
  readonly rowIndex: number;
  /** The column's header as the workbook spells it (the catalog's spelling when the column is missing). */
  readonly header: string;
  /** 0-based column of the table in workbook order; -1 when the column is missing. */
  readonly columnIndex: number;
  /** The cell's raw value as the workbook holds it. */
  readonly value: CellValue;
  readonly severity: Severity;
  /** Stable id of the rule, e.g. "code.npi" or "claims.lines-total". */
  readonly ruleId: string;
  /** What is wrong, in words a practice manager understands. */
  readonly message: string;
}

/** A table as read from the workbook: headers in workbook order (extra user columns allowed). */
export interface RawTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Sheet row number (1-based) of the first data row, for messages that name other rows. Default 2. */
  readonly firstRow?: number;
}

/** The workbook's tables; a table that is not in the workbook is simply absent. */
export type RawWorkbook = Partial<Record<TableName, RawTable>>;

export interface ValidationOptions {
  /** "Today" as an Excel serial: expiries, deadlines and notice windows are measured from it. */
  readonly asOf: number;
  /** Days after which a kept visit with no claim is reported (workbook setting; default 3). */
  readonly unbilledAfterDays?: number;
}

/** Rows to (re)check per table: a set of data rows, or "all" (the table's rows and its header). */
export type Scope = Map<TableName, Set<number> | "all">;
