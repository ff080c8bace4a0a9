import type { TableName } from "../catalog";
import type { Finding } from "./types";
import type { WorkbookModel } from "./workbook-model";

/**
 * A rule reports on the rows of one table. It is asked about one row at a time (with the whole workbook
 * to look things up in) so that live validation can re-check just the rows an edit touches.
 */
export interface Rule {
  /** Stable id, e.g. "claims.lines-total"; every finding it reports carries it. */
  readonly id: string;
  /** The table whose rows it reports on. */
  readonly table: TableName;
  /** Other tables it looks things up in. */
  readonly reads: readonly TableName[];
  /** Appends the findings of data row `row` of `table` (never called for blank rows). */
  check(workbook: WorkbookModel, row: number, out: Finding[]): void;
  /**
   * Rows of `table` whose findings may change when row `row` of `changed` (this table or one it reads)
   * changes. Called with the workbook as it was before the edit and again after it, so a row that
   * stops matching (a fixed duplicate, a renamed provider) is re-checked too. The edited rows
   * themselves are always re-checked and need not be listed.
   */
  related?(workbook: WorkbookModel, changed: TableName, row: number): readonly number[];
}
