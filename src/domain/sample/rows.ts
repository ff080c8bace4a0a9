import { CATALOG, type CellValue, type TableName } from "../catalog";
import { ITEMS_PER_STEP, type Steps } from "./steps";
import type { SampleRow, TableData } from "./types";

/** Lays generated rows out in the catalog's header order, as a 2-D block. */
export function* tableData<T extends TableName>(table: T, rows: readonly SampleRow<T>[]): Steps<TableData> {
  const columns = CATALOG[table].columns;
  const keys: string[] = columns.map((c) => c.key);
  const block: CellValue[][] = [];
  for (const [n, row] of rows.entries()) {
    if (n > 0 && n % (ITEMS_PER_STEP * 10) === 0) yield;
    const byKey = row as Record<string, CellValue>;
    block.push(keys.map((key) => byKey[key] ?? ""));
  }
  return { headers: columns.map((c) => c.header), rows: block };
}

/** Money is computed in whole cents (exact sums) and written as dollars rounded to cents. */
export function dollars(cents: number): number {
  return Math.round(cents) / 100;
}

/** A time of day as Excel stores it: minutes after midnight as a fraction of a day. */
export function timeOfDay(minutes: number): number {
  return minutes / 1440;
}

/** "MRN104233": a chart number, never a name. */
export function patientRef(patientNumber: number): string {
  return `MRN${patientNumber}`;
}

/** "P001", "CLM000042": readable sequential IDs with a fixed minimum width. */
export function sequentialId(prefix: string, n: number, width: number): string {
  return `${prefix}${String(n).padStart(width, "0")}`;
}
