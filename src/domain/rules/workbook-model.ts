import { CATALOG, TABLE_NAMES, type CellValue, type TableName, type TableSpec } from "../catalog";
import type { Typed } from "./cell-reader";
import { TableModel, type KeyOf } from "./table-model";
import type { RawTable, RawWorkbook, ValidationOptions } from "./types";

type Models = { [T in TableName]?: TableModel<T> };

const NO_ROWS: readonly number[] = [];

/** How grouped values compare: IDs and names case-insensitively (as Excel's lookups do), numbers exactly. */
export function groupKeyPart(value: Typed): string | null {
  if (value === null) return null;
  return typeof value === "number" ? String(value) : value.toUpperCase();
}

/**
 * The parsed workbook the rules read, with lazily built lookups ("rows of Appointments per provider and
 * day", "rows of Claims per Claim ID") that are dropped when their table changes.
 */
export class WorkbookModel {
  private readonly models: Models = {};
  private readonly groups = new Map<string, { table: TableName; map: Map<string, number[]> }>();

  constructor(
    workbook: RawWorkbook,
    readonly options: ValidationOptions,
    /** The table specs to validate against (the catalog; tests pass an extended one). */
    private readonly specs: Readonly<Record<TableName, TableSpec>> = CATALOG,
  ) {
    for (const name of TABLE_NAMES) {
      const raw = workbook[name];
      if (raw) this.setTable(name, raw);
    }
  }

  get asOf(): number {
    return this.options.asOf;
  }

  table<T extends TableName>(name: T): TableModel<T> | undefined {
    return this.models[name] as TableModel<T> | undefined;
  }

  tableNames(): TableName[] {
    return TABLE_NAMES.filter((n) => this.models[n] !== undefined);
  }

  setTable(name: TableName, raw: RawTable | null): void {
    const models = this.models as Record<TableName, TableModel | undefined>;
    models[name] = raw ? new TableModel(name, this.specs[name], raw) : undefined;
    this.forget(name);
  }

  patchRows(name: TableName, first: number, rows: readonly (readonly CellValue[])[]): void {
    const model = this.table(name);
    if (!model) throw new RangeError(`${name} is not in the workbook`);
    model.patchRows(first, rows);
    this.forget(name);
  }

  /** Data rows of `table` whose values in `keys` are all filled, grouped by those values. */
  group<T extends TableName>(table: T, keys: readonly KeyOf<T>[] | readonly string[]): Map<string, number[]> {
    const id = `${table}|${keys.join("|")}`;
    const cached = this.groups.get(id);
    if (cached) return cached.map;
    const map = new Map<string, number[]>();
    const model = this.table(table);
    if (model && keys.every((k) => model.has(k))) {
      for (let r = 0; r < model.rowCount; r++) {
        const key = this.groupKey(table, keys, r);
        if (key === null) continue;
        const rows = map.get(key);
        if (rows) rows.push(r);
        else map.set(key, [r]);
      }
    }
    this.groups.set(id, { table, map });
    return map;
  }

  /** The group key of one row (null when a part is blank or unreadable). */
  groupKey(table: TableName, keys: readonly string[], row: number): string | null {
    const model = this.table(table);
    if (!model) return null;
    let key = "";
    for (let i = 0; i < keys.length; i++) {
      const part = groupKeyPart(model.valueOf(keys[i] ?? "", row));
      if (part === null) return null;
      key = i === 0 ? part : `${key}\u0000${part}`;
    }
    return key;
  }

  /** Rows of `table` sharing `keys` values with row `row` of the same table (including itself). */
  rowsLike(table: TableName, keys: readonly string[], row: number): readonly number[] {
    const key = this.groupKey(table, keys, row);
    return key === null ? NO_ROWS : (this.group(table, keys).get(key) ?? NO_ROWS);
  }

  /** Rows of `table` whose `keys` values equal `value` (a group key built with groupKeyPart). */
  rowsWith(table: TableName, keys: readonly string[], key: string | null): readonly number[] {
    return key === null ? NO_ROWS : (this.group(table, keys).get(key) ?? NO_ROWS);
  }

  private forget(table: TableName): void {
    for (const [id, entry] of this.groups) if (entry.table === table) this.groups.delete(id);
  }
}
