import type { TableName } from "../catalog";
import type { Scope } from "./types";

export function addRows(scope: Scope, table: TableName, rows: Iterable<number>): void {
  let set = scope.get(table);
  if (set === "all") return;
  if (!set) {
    set = new Set<number>();
    scope.set(table, set);
  }
  for (const r of rows) set.add(r);
}

export function addTable(scope: Scope, table: TableName): void {
  scope.set(table, "all");
}

/** True when a finding on (table, rowIndex) is inside the scope. */
export function inScope(scope: Scope, table: TableName, rowIndex: number): boolean {
  const set = scope.get(table);
  return set === "all" || (set !== undefined && set.has(rowIndex));
}

export function rangeOf(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}
