import type { TableName } from "../../domain/catalog";
import type { TableRepair } from "./repair";

/** Where a table lives. */
export interface TablePlace {
  readonly table: TableName;
  readonly sheet: string;
}

/** Something setup could not do, and why, in words for the task pane. */
export interface SetupProblem {
  readonly table?: TableName;
  readonly message: string;
  /** Machine-readable reason, e.g. "NameTaken", "ColumnsBlocked". */
  readonly code?: string;
}

/**
 * What setup did, for the task pane to list: what it created, what already existed (and what it added
 * to it), where it had to put a table instead of its usual sheet, and what it could not do.
 */
export interface SetupResult {
  /** Tables created by this run, on the sheet they were put on. */
  readonly created: readonly TablePlace[];
  /** Tables that were already in the workbook (kept with their rows, column order and extra columns). */
  readonly existing: readonly TablePlace[];
  /** Catalog columns appended at the end of existing tables. */
  readonly columnsAdded: readonly { readonly table: TableName; readonly columns: readonly string[] }[];
  /** Tables put on "<sheet> (2)" etc. because their usual sheet holds the user's own content. */
  readonly placedOnOtherSheet: readonly {
    readonly table: TableName;
    readonly wanted: string;
    readonly used: string;
  }[];
  readonly problems: readonly SetupProblem[];
  /** What was added to existing tables: formats, validation, frozen header, widths (values untouched). */
  readonly repaired?: readonly TableRepair[];
}
