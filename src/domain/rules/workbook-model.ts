import { CATALOG, TABLE_NAMES, type CellValue, type TableName, type TableSpec } from "../catalog";
import { runAll, type Breathe } from "../slices";
import { columnKeys, GroupIndex, type RowKeys } from "./group-index";
import { TableModel } from "./table-model";
import type { RawTable, RawWorkbook, ValidationOptions } from "./types";

export { columnKeys, GroupIndex, groupKeyPart, type RowKeyOf, type RowKeys } from "./group-index";

type Models = { [T in TableName]?: TableModel<T> };

/**
 * Brings a derived value up to date in place after rows [first, first + count) of its table were
 * edited or appended (the table as it is now): a one-cell edit then costs the rows it touched.
 */
export type PatchDerived<V> = (value: V, first: number, count: number) => void;

interface Derived {
  readonly value: unknown;
  readonly patch: PatchDerived<unknown> | undefined;
}

/** A cached lookup and how its rows' keys are made (to re-read edited rows' keys). */
interface CachedIndex {
  readonly keys: readonly string[];
  readonly by: RowKeys | undefined;
  readonly index: GroupIndex;
}

/** Each row's key: `by`, else the `keys` columns' values. */
function rowKeysOf(model: TableModel | undefined, keys: readonly string[], by: RowKeys | undefined) {
  return by ? by.of(model) : columnKeys(model, keys);
}

/**
 * The parsed workbook the rules read, with lazily built lookups ("rows of Appointments per provider and
 * day", "rows of Claims per Claim ID") that follow edits and appends of their table's rows and are
 * dropped when the whole table is replaced.
 */
export class WorkbookModel {
  private readonly models: Models = {};
  private readonly groups = new Map<TableName, Map<string, CachedIndex>>();
  private readonly derived = new Map<TableName, Map<object, Derived>>();
  /**
   * Lookups index() had to build in one go (not prepared in steps from a rule's `lookups`): on a 100k-row
   * table each is a pause of the page (tests check the rules declare what they use).
   */
  indexesBuiltInOneGo = 0;

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

  /** The same model, its tables parsed in steps with `breathe` between them. */
  static async build(
    workbook: RawWorkbook,
    options: ValidationOptions,
    breathe: Breathe,
    specs: Readonly<Record<TableName, TableSpec>> = CATALOG,
  ): Promise<WorkbookModel> {
    const model = new WorkbookModel({}, options, specs);
    for (const name of TABLE_NAMES) {
      const raw = workbook[name];
      if (!raw) continue;
      const table = await TableModel.parse(name, specs[name], raw, breathe);
      (model.models as Record<TableName, TableModel | undefined>)[name] = table;
      await breathe();
    }
    return model;
  }

  get asOf(): number {
    return this.options.asOf;
  }

  table<T extends TableName>(name: T): TableModel<T> | undefined {
    return this.models[name];
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
    this.follow(name, first, rows.length);
  }

  appendRows(name: TableName, rows: readonly (readonly CellValue[])[]): void {
    const model = this.table(name);
    if (!model) throw new RangeError(`${name} is not in the workbook`);
    const first = model.rowCount;
    model.appendRows(rows);
    this.follow(name, first, rows.length);
  }

  /** Rows of `table` sharing `keys` values with row `row` of the same table (including itself). */
  rowsLike(table: TableName, keys: readonly string[], row: number): readonly number[] {
    return this.index(table, keys).rowsLike(row);
  }

  /** Rows of `table` whose `keys` values make `key` (a group key built with groupKeyPart). */
  rowsWith(table: TableName, keys: readonly string[], key: string | null): readonly number[] {
    return this.index(table, keys).rows(key);
  }

  /**
   * The lookup of `table` by `keys` (rows per key, each row's key), built on first use and shared by
   * every rule that groups the table the same way. `by` makes the keys when they are not the columns'
   * values as they are.
   */
  index(table: TableName, keys: readonly string[], by?: RowKeys): GroupIndex {
    const cached = this.cachedIndex(table, keys, by);
    if (cached) return cached;
    this.indexesBuiltInOneGo++;
    return runAll(this.indexSteps(table, keys, by));
  }

  /** index() built in steps (pausing every ROWS_PER_STEP rows) and kept for the rules that follow. */
  *indexSteps(table: TableName, keys: readonly string[], by?: RowKeys): Generator<void, GroupIndex> {
    const cached = this.cachedIndex(table, keys, by);
    if (cached) return cached;
    const model = this.table(table);
    const built = yield* GroupIndex.build(model?.rowCount ?? 0, rowKeysOf(model, keys, by));
    let byKeys = this.groups.get(table);
    if (!byKeys) {
      byKeys = new Map();
      this.groups.set(table, byKeys);
    }
    byKeys.set(cacheId(keys, by), { keys, by, index: built });
    return built;
  }

  private cachedIndex(table: TableName, keys: readonly string[], by?: RowKeys): GroupIndex | undefined {
    return this.groups.get(table)?.get(cacheId(keys, by))?.index;
  }

  /**
   * Data derived from one table (e.g. each appointment's booked slot), computed once. `token` is a
   * constant object owned by the caller that names the data. When the table's rows are edited or
   * appended, `patch` (given with the first call) updates it in place; without one it is dropped and
   * the next call rebuilds it over the whole table. Replacing the table drops it either way.
   */
  derive<V>(table: TableName, token: object, build: () => V, patch?: PatchDerived<V>): V {
    let byToken = this.derived.get(table);
    if (!byToken) {
      byToken = new Map();
      this.derived.set(table, byToken);
    }
    const cached = byToken.get(token);
    if (cached) return cached.value as V;
    const value = build();
    byToken.set(token, { value, patch: patch as PatchDerived<unknown> | undefined });
    return value;
  }

  /** Rows [first, first + count) of `table` were edited or appended: its lookups and derived data follow. */
  private follow(table: TableName, first: number, count: number): void {
    const model = this.table(table);
    for (const { keys, by, index } of this.groups.get(table)?.values() ?? []) {
      index.update(first, count, rowKeysOf(model, keys, by));
    }
    const byToken = this.derived.get(table);
    for (const [token, { value, patch }] of byToken ?? []) {
      if (patch) patch(value, first, count);
      else byToken?.delete(token);
    }
  }

  private forget(table: TableName): void {
    this.groups.delete(table);
    this.derived.delete(table);
  }
}

function cacheId(keys: readonly string[], by: RowKeys | undefined): string {
  const columns = keys.join("\u0001");
  return by ? `${columns}\u0002${by.id}` : columns;
}
