import { CATALOG, TABLE_NAMES, type CellValue, type TableName, type TableSpec } from "../catalog";
import { ROWS_PER_STEP, runAll, type Breathe } from "../slices";
import type { Typed } from "./cell-reader";
import { TableModel } from "./table-model";
import type { RawTable, RawWorkbook, ValidationOptions } from "./types";

type Models = { [T in TableName]?: TableModel<T> };

/** How grouped values compare: IDs and names case-insensitively (as Excel's lookups do), numbers exactly. */
export function groupKeyPart(value: Typed): string | null {
  if (value === null) return null;
  return typeof value === "number" ? String(value) : value.toUpperCase();
}

/**
 * Rows of a table grouped by the values of some columns. Rows sharing a key are chained (first row per
 * key in a Map, then `next` links) so that building it for 100k rows allocates no array per key.
 */
export class GroupIndex {
  /** Each data row's group key (null: a key cell is blank or unreadable). */
  readonly rowKey: (string | null)[] = [];
  private readonly head = new Map<string, number>();
  private readonly next: Int32Array;
  /** 1 for rows whose key another row has too (precomputed: unique-key checks ask for every row). */
  private readonly shared: Uint8Array;

  private constructor(rows: number) {
    this.next = new Int32Array(rows).fill(-1);
    this.shared = new Uint8Array(rows);
  }

  /** The index of `model` by `keys`, built in steps (pausing every ROWS_PER_STEP rows). */
  static *build(model: TableModel | undefined, keys: readonly string[]): Generator<void, GroupIndex> {
    const index = new GroupIndex(model?.rowCount ?? 0);
    yield* index.fill(model, keys);
    return index;
  }

  private *fill(model: TableModel | undefined, keys: readonly string[]): Generator<void, void> {
    const n = model?.rowCount ?? 0;
    const columns = model ? keys.map((k) => model.columnValues(k)) : [];
    if (!model || columns.length === 0 || columns.some((c) => c === undefined)) return;
    for (let r = 0; r < n; r++) {
      let key: string | null = null;
      for (let i = 0; i < columns.length; i++) {
        const part = groupKeyPart(columns[i]?.[r] ?? null);
        if (part === null) {
          key = null;
          break;
        }
        key = i === 0 ? part : `${key ?? ""}\u0000${part}`;
      }
      this.rowKey.push(key);
      if ((r + 1) % ROWS_PER_STEP === 0) yield;
    }
    // Walk backwards so each chain runs in row order.
    for (let r = n - 1; r >= 0; r--) {
      const key = this.rowKey[r];
      if ((n - r) % ROWS_PER_STEP === 0) yield;
      if (key === null || key === undefined) continue;
      const first = this.head.get(key);
      if (first !== undefined) {
        this.next[r] = first;
        this.shared[r] = 1;
        this.shared[first] = 1;
      }
      this.head.set(key, r);
    }
  }

  has(key: string): boolean {
    return this.head.has(key);
  }

  /** The first row with this key. */
  first(key: string): number | undefined {
    return this.head.get(key);
  }

  /** True when another row has the same key as `row`. */
  isShared(row: number): boolean {
    return this.shared[row] === 1;
  }

  /** The rows with this key, in row order. */
  rows(key: string | null | undefined): number[] {
    const out: number[] = [];
    if (key === null || key === undefined) return out;
    for (let r = this.head.get(key) ?? -1; r >= 0; r = this.next[r] ?? -1) out.push(r);
    return out;
  }

  /** Rows sharing row `row`'s key (including itself). */
  rowsLike(row: number): number[] {
    return this.rows(this.rowKey[row]);
  }

  keys(): IterableIterator<string> {
    return this.head.keys();
  }
}

/**
 * The parsed workbook the rules read, with lazily built lookups ("rows of Appointments per provider and
 * day", "rows of Claims per Claim ID") that are dropped when their table changes.
 */
export class WorkbookModel {
  private readonly models: Models = {};
  private readonly groups = new Map<TableName, Map<string, GroupIndex>>();
  private readonly derived = new Map<TableName, Map<object, unknown>>();
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
    this.forget(name);
  }

  appendRows(name: TableName, rows: readonly (readonly CellValue[])[]): void {
    const model = this.table(name);
    if (!model) throw new RangeError(`${name} is not in the workbook`);
    model.appendRows(rows);
    this.forget(name);
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
   * every rule that groups the table the same way.
   */
  index(table: TableName, keys: readonly string[]): GroupIndex {
    const cached = this.cachedIndex(table, keys);
    if (cached) return cached;
    this.indexesBuiltInOneGo++;
    return runAll(this.indexSteps(table, keys));
  }

  /** index() built in steps (pausing every ROWS_PER_STEP rows) and kept for the rules that follow. */
  *indexSteps(table: TableName, keys: readonly string[]): Generator<void, GroupIndex> {
    const cached = this.cachedIndex(table, keys);
    if (cached) return cached;
    const built = yield* GroupIndex.build(this.table(table), keys);
    let byKeys = this.groups.get(table);
    if (!byKeys) {
      byKeys = new Map();
      this.groups.set(table, byKeys);
    }
    byKeys.set(keys.join("\u0001"), built);
    return built;
  }

  private cachedIndex(table: TableName, keys: readonly string[]): GroupIndex | undefined {
    return this.groups.get(table)?.get(keys.join("\u0001"));
  }

  /**
   * Data derived from one table (e.g. each appointment's booked slot), computed once and dropped when the
   * table changes. `token` is a constant object owned by the caller that names the data.
   */
  derive<V>(table: TableName, token: object, build: () => V): V {
    let byToken = this.derived.get(table);
    if (!byToken) {
      byToken = new Map();
      this.derived.set(table, byToken);
    }
    if (byToken.has(token)) return byToken.get(token) as V;
    const value = build();
    byToken.set(token, value);
    return value;
  }

  private forget(table: TableName): void {
    this.groups.delete(table);
    this.derived.delete(table);
  }
}
