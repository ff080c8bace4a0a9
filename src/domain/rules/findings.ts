import { TABLE_NAMES, type TableName } from "../catalog";
import { inScope } from "./scope";
import type { Finding, Scope, Severity } from "./types";

const TABLE_ORDER = new Map<TableName, number>(TABLE_NAMES.map((n, i) => [n, i]));

/** Catalog table order, then errors before warnings, then row and column. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (TABLE_ORDER.get(a.table) ?? 0) - (TABLE_ORDER.get(b.table) ?? 0) ||
    (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) ||
    a.rowIndex - b.rowIndex ||
    a.columnIndex - b.columnIndex ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(compareFindings);
}

/** The previous result with everything inside `scope` replaced by the fresh findings for that scope. */
export function mergeFindings(
  previous: readonly Finding[],
  scope: Scope,
  fresh: readonly Finding[],
): Finding[] {
  const kept = previous.filter((f) => !inScope(scope, f.table, f.rowIndex));
  return sortFindings([...kept, ...fresh]);
}

export interface TableCount {
  readonly table: TableName;
  readonly errors: number;
  readonly warnings: number;
}

/** Errors and warnings per table, in catalog order (tables without findings are left out). */
export function countByTable(findings: readonly Finding[]): TableCount[] {
  const counts = new Map<TableName, Record<Severity, number>>();
  for (const f of findings) {
    const c = counts.get(f.table) ?? { error: 0, warning: 0 };
    c[f.severity]++;
    counts.set(f.table, c);
  }
  return TABLE_NAMES.filter((t) => counts.has(t)).map((table) => {
    const c = counts.get(table) ?? { error: 0, warning: 0 };
    return { table, errors: c.error, warnings: c.warning };
  });
}
