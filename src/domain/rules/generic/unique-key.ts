import type { TableSpec } from "../../catalog";
import { rowList, shownValue } from "../display";
import type { Rule } from "../rule";

/** The catalog's key columns (Claim ID; Account + Month; ...) are unique per row. */
export function uniqueKeyRule(spec: TableSpec): Rule | null {
  if (spec.key.length === 0) return null;
  const columns = spec.key.map((header) => {
    const column = spec.columns.find((c) => c.header === header);
    if (!column) throw new Error(`Catalog: ${spec.name} key "${header}" is not one of its columns`);
    return column;
  });
  const keys = columns.map((c) => c.key);
  // The finding sits on the last key column: for Account + Month or Claim ID + Line, that is the one a
  // duplicate row usually got wrong.
  const marked = columns[columns.length - 1];
  if (!marked) return null;
  const label = columns.map((c) => c.header).join(" + ");
  return {
    id: "key.unique",
    table: spec.name,
    reads: [],
    lookups: [{ table: spec.name, keys }],
    checker(workbook) {
      const model = workbook.table(spec.name);
      if (!model) return null;
      const index = workbook.index(spec.name, keys);
      return (row, out) => {
        if (!index.isShared(row)) return;
        const same = index.rowsLike(row);
        const what = columns
          .map((c) => {
            const v = model.valueOf(c.key, row);
            return v === null ? "" : shownValue(c.kind, v);
          })
          .join(", ");
        const where = rowList(same.filter((r) => r !== row).map((r) => model.sheetRow(r)));
        const message =
          columns.length === 1
            ? `${label} ${what} is used more than once (also in ${where}): each row needs its own`
            : `${spec.name} has more than one row for ${label} ${what} (also ${where}): keep one row per ${label}`;
        out.push(model.finding(marked.key, row, "error", "key.unique", message));
      };
    },
    related(workbook, changed, row) {
      return changed === spec.name ? workbook.rowsLike(spec.name, keys, row) : [];
    },
  };
}
