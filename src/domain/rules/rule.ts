import type { TableName } from "../catalog";
import type { RowKeys } from "./group-index";
import type { Finding } from "./types";
import type { WorkbookModel } from "./workbook-model";

/** A table grouped by some columns' values (WorkbookModel.index), e.g. ClaimLines by Claim ID. */
export interface Lookup {
  readonly table: TableName;
  readonly keys: readonly string[];
  /** Makes each row's key when it is not the `keys` columns' values as they are. */
  readonly by?: RowKeys;
}

/** Appends the findings of one data row (never called for blank rows). */
export type RowCheck = (row: number, out: Finding[]) => void;

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
  /**
   * The row check for the workbook as it is now: columns and lookups are fetched once here, not per row
   * (a full run checks hundreds of thousands of rows). Null when there is nothing to check (the table or
   * a column it needs is not in the workbook).
   */
  checker(workbook: WorkbookModel): RowCheck | null;
  /**
   * The lookups `checker` asks workbook.index() for: the engine builds them in steps before calling it,
   * so indexing a 100k-row table never holds the page's thread in one go.
   */
  readonly lookups?: readonly Lookup[];
  /**
   * The lookups `related` asks workbook.index() for: ValidationSession.create builds them in steps after
   * its first run, so the first edit of a 100k-row table does not build them in one go.
   */
  readonly relatedLookups?: readonly Lookup[];
  /**
   * Rows of `table` whose findings may change when row `row` of `changed` (this table or one it reads)
   * changes. Called with the workbook as it was before the edit and again after it, so a row that
   * stops matching (a fixed duplicate, a renamed provider) is re-checked too. The edited rows
   * themselves are always re-checked and need not be listed.
   */
  related?(workbook: WorkbookModel, changed: TableName, row: number): readonly number[];
}

/** A rule on a small table, written as one function of (workbook, row): no preparation needed. */
export function rowRule(rule: {
  readonly id: string;
  readonly table: TableName;
  readonly reads?: readonly TableName[];
  readonly lookups?: readonly Lookup[];
  readonly relatedLookups?: readonly Lookup[];
  readonly check: (workbook: WorkbookModel, row: number, out: Finding[]) => void;
  readonly related?: (workbook: WorkbookModel, changed: TableName, row: number) => readonly number[];
}): Rule {
  const { check, related, ...rest } = rule;
  return {
    ...rest,
    reads: rule.reads ?? [],
    checker: (workbook) => (workbook.table(rule.table) ? (row, out) => check(workbook, row, out) : null),
    ...(related ? { related } : {}),
  };
}
