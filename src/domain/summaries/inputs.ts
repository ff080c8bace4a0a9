/**
 * What every summary is computed from: typed rows of the workbook's tables (null when a table is
 * missing), the "as of" moment and the workbook's A/R aging buckets.
 */
import { TABLE_NAMES, type Catalog, type RowOf, type TableName } from "../catalog";
import type { SourceCount } from "./model";

export type Rows<T extends TableName> = readonly RowOf<Catalog[T]>[];

export type SummaryTables = { readonly [T in TableName]: Rows<T> | null };

/** A cell that could not be used (it reads as blank): each sheet reading its table counts and names it. */
export interface UnreadCell {
  /** Data row of the table (0-based). */
  readonly rowIndex: number;
  /** Sheet address, e.g. "Inventory!I7". */
  readonly address: string;
  /** Why, as Validation says it (starts with the column header). */
  readonly message: string;
}

export interface SummaryInput {
  readonly tables: SummaryTables;
  /** Unusable cells per table (see UnreadCell); absent = none. */
  readonly unread?: Partial<Record<TableName, readonly UnreadCell[]>>;
  /** Excel serial date-time; the date part is "today". */
  readonly asOf: number;
  /** Upper day limits of the A/R aging buckets, e.g. [30, 60, 90, 120]. */
  readonly bucketDays: readonly number[];
  /** Days after which a kept visit with no claim is unbilled (workbook setting; default 3). */
  readonly unbilledAfterDays?: number;
}

/** Every table missing; tests and callers fill in what they have. */
export function noTables(): SummaryTables {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, null])) as unknown as SummaryTables;
}

export function withTables(partial: Partial<SummaryTables>): SummaryTables {
  return { ...noTables(), ...partial };
}

/** Rows of a table, or none when it is missing (each sheet says which tables were not found). */
export function rowsOf<T extends TableName>(tables: SummaryTables, name: T): Rows<T> {
  return tables[name] ?? [];
}

export function sourceCounts(tables: SummaryTables, names: readonly TableName[]): SourceCount[] {
  return names.map((table) => ({ table, rows: tables[table]?.length ?? null }));
}

/** Tables a sheet needs that are missing: each sheet shows a warning line for them. */
export function missingTables(tables: SummaryTables, names: readonly TableName[]): TableName[] {
  return names.filter((n) => tables[n] === null);
}

/** Same text compared the way users expect: trimmed, case-insensitive. */
export function sameText(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function textKey(text: string | null): string {
  return (text ?? "").trim().toLowerCase();
}

/**
 * "1 Inventory row left out or read in part: I7 On Hand "lots" is not a number. See Validate workbook."
 * Null when every cell of the table could be used.
 */
export function unreadNote(table: TableName, cells: readonly UnreadCell[] | undefined): string | null {
  if (cells === undefined || cells.length === 0) return null;
  const rows = new Set(cells.map((c) => c.rowIndex)).size;
  const shown = cells
    .slice(0, 3)
    .map((c) => `${c.address.slice(c.address.lastIndexOf("!") + 1)} ${c.message}`)
    .join("; ");
  const more = cells.length > 3 ? ` (and ${cells.length - 3} more cells)` : "";
  return (
    `${rows} ${table} ${rows === 1 ? "row" : "rows"} left out or read in part, a cell that cannot be used counts as blank: ` +
    `${shown}${more}. See Validate workbook.`
  );
}
