import { CATALOG, type ColumnSpec, type TableSpec } from "../../catalog";
import { shownValue } from "../display";
import type { Rule } from "../rule";
import { groupKeyPart } from "../workbook-model";

/** A column with a catalog `ref` holds values that exist in the referenced table's column. */
export function referenceRule(spec: TableSpec, column: ColumnSpec): Rule | null {
  const ref = column.ref;
  if (!ref) return null;
  const target = CATALOG[ref.table].columns.find((c: ColumnSpec) => c.header === ref.column);
  if (!target)
    throw new Error(`Catalog: ${spec.name}[${column.header}] refers to missing ${ref.table}[${ref.column}]`);
  const targetKeys = [target.key];
  const ownKeys = [column.key];
  return {
    id: "ref.exists",
    table: spec.name,
    reads: [ref.table],
    lookups: [{ table: ref.table, keys: targetKeys }],
    relatedLookups: [{ table: spec.name, keys: ownKeys }],
    checker(workbook) {
      const model = workbook.table(spec.name);
      const targetModel = workbook.table(ref.table);
      const values = model?.columnValues(column.key);
      // Without the referenced table or column there is nothing to check against (setup reports that).
      if (!model || !values || !targetModel?.has(target.key)) return null;
      const existing = workbook.index(ref.table, targetKeys);
      return (row, out) => {
        const value = values[row] ?? null;
        const key = groupKeyPart(value);
        if (value === null || key === null || existing.has(key)) return;
        const message = `${column.header} ${shownValue(column.kind, value)} is not in ${ref.table} (${ref.column}): add it there or correct this cell`;
        out.push(model.finding(column.key, row, "error", "ref.exists", message));
      };
    },
    related(workbook, changed, row) {
      if (changed !== ref.table) return [];
      const key = groupKeyPart(workbook.table(ref.table)?.valueOf(target.key, row) ?? null);
      return workbook.rowsWith(spec.name, ownKeys, key);
    },
  };
}
