import type { ColumnKind, ColumnSpec, TableSpec } from "./types";

/** What a cell of a given kind becomes in a typed row. Unreadable or empty cells are null. */
export type KindValue<K extends ColumnKind> = K extends
  "date" | "month" | "time" | "datetime" | "currency" | "integer" | "number"
  ? number
  : string;

type ColumnsOf<T extends TableSpec> = T["columns"][number];

/** A typed row of table T: one property per catalog column, keyed by ColumnSpec.key. */
export type RowOf<T extends TableSpec> = {
  [C in ColumnsOf<T> as C["key"]]: C extends ColumnSpec ? KindValue<C["kind"]> | null : never;
};
