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
    check(workbook, row, out) {
      const model = workbook.table(spec.name);
      const targetModel = workbook.table(ref.table);
      // Without the referenced table or column there is nothing to check against (setup reports that).
      if (!model || !targetModel || !targetModel.has(target.key)) return;
      const value = model.valueOf(column.key, row);
      if (value === null) return;
      if (workbook.rowsWith(ref.table, targetKeys, groupKeyPart(value)).length > 0) return;
      out.push(
        model.finding(
          column.key,
          row,
          "error",
          "ref.exists",
          `${column.header} ${shownValue(column.kind, value)} is not in ${ref.table} (${ref.column}): add it there or correct this cell`,
        ),
      );
    },
    related(workbook, changed, row) {
      if (changed !== ref.table) return [];
      const key = groupKeyPart(workbook.table(ref.table)?.valueOf(target.key, row) ?? null);
      return workbook.rowsWith(spec.name, ownKeys, key);
    },
  };
}
