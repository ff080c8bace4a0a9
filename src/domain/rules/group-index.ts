import { ROWS_PER_STEP } from "../slices";
import type { Typed } from "./cell-reader";
import type { TableModel } from "./table-model";

/** How grouped values compare: IDs and names case-insensitively (as Excel's lookups do), numbers exactly. */
export function groupKeyPart(value: Typed): string | null {
  if (value === null) return null;
  return typeof value === "number" ? String(value) : value.toUpperCase();
}

/** A row's group key (null: the row is in no group, e.g. a key cell is blank or unreadable). */
export type RowKeyOf = (row: number) => string | null;

/**
 * The group key of each row of `model` by the values of `keys` (groupKeyPart of each, joined by NUL):
 * null when a key cell is blank or unreadable, or the table lacks a key column.
 */
export function columnKeys(model: TableModel | undefined, keys: readonly string[]): RowKeyOf {
  const columns = model ? keys.map((k) => model.columnValues(k)) : [];
  if (columns.length === 0 || columns.some((c) => c === undefined)) return () => null;
  return (row) => {
    let key: string | null = null;
    for (let i = 0; i < columns.length; i++) {
      const part = groupKeyPart(columns[i]?.[row] ?? null);
      if (part === null) return null;
      key = i === 0 ? part : `${key ?? ""}\u0000${part}`;
    }
    return key;
  };
}

/**
 * How a lookup makes each row's key when it is not its key columns' values as they are (e.g. a claim's
 * visit: its service date's day). `id` names it in the workbook's cache of lookups.
 */
export interface RowKeys {
  readonly id: string;
  of(model: TableModel | undefined): RowKeyOf;
}

/**
 * Rows of a table grouped by a key per row. Rows sharing a key are chained (first row per key in a Map,
 * then `next` links) so that building it for 100k rows allocates no array per key. Edited and appended
 * rows are moved between chains in place (update), so an edit costs the chains it touches, not a
 * rebuild of the table's index.
 */
export class GroupIndex {
  /** Each data row's group key (null: the row is in no group). */
  readonly rowKey: (string | null)[] = [];
  private readonly head = new Map<string, number>();
  /** The next row with the same key (-1: none); sized for appends, rowKey.length rows in use. */
  private next: Int32Array;
  /** 1 for rows whose key another row has too (precomputed: unique-key checks ask for every row). */
  private shared: Uint8Array;

  private constructor(rows: number) {
    this.next = new Int32Array(rows).fill(-1);
    this.shared = new Uint8Array(rows);
  }

  /** The index of `rows` rows keyed by `keyOf`, built in steps (pausing every ROWS_PER_STEP rows). */
  static *build(rows: number, keyOf: RowKeyOf): Generator<void, GroupIndex> {
    const index = new GroupIndex(rows);
    yield* index.fill(rows, keyOf);
    return index;
  }

  private *fill(n: number, keyOf: RowKeyOf): Generator<void, void> {
    for (let r = 0; r < n; r++) {
      this.rowKey.push(keyOf(r));
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

  /**
   * Rows [first, first + count) were edited, or appended when they start at the end: re-reads their keys
   * (`keyOf`, over the table as it is now) and relinks only the chains of the keys they left or joined,
   * to exactly the chains and `shared` marks a fresh build would give.
   */
  update(first: number, count: number, keyOf: RowKeyOf): void {
    const size = this.rowKey.length;
    if (first < 0 || count < 0 || first > size) {
      throw new RangeError(`rows ${first}..${first + count - 1} are not edited or appended rows of ${size}`);
    }
    const end = first + count;
    if (end > this.next.length) this.grow(end);
    // Rows whose key changed, per new key (in row order), and every key a row left or joined.
    const joined = new Map<string, number[]>();
    const touched = new Set<string>();
    const moved: number[] = [];
    for (let r = first; r < end; r++) {
      const old = r < size ? (this.rowKey[r] ?? null) : null;
      const key = keyOf(r);
      if (r < size && old === key) continue;
      this.rowKey[r] = key;
      moved.push(r);
      if (old !== null) touched.add(old);
      if (key === null) continue;
      touched.add(key);
      const rows = joined.get(key);
      if (rows) rows.push(r);
      else joined.set(key, [r]);
    }
    if (moved.length === 0) return;
    // Every touched chain is read (rows that stay) before any is relinked: relinking one rewrites `next`
    // of rows another chain still runs through.
    const chains = new Map<string, number[]>();
    for (const key of touched) {
      const stay: number[] = [];
      for (let r = this.head.get(key) ?? -1; r >= 0; r = this.next[r] ?? -1) {
        if (this.rowKey[r] === key) stay.push(r);
      }
      chains.set(key, mergeAscending(stay, joined.get(key) ?? []));
    }
    for (const r of moved) {
      this.next[r] = -1;
      this.shared[r] = 0;
    }
    for (const [key, rows] of chains) this.relink(key, rows);
  }

  private relink(key: string, rows: readonly number[]): void {
    const first = rows[0];
    if (first === undefined) {
      this.head.delete(key);
      return;
    }
    this.head.set(key, first);
    const shared = rows.length > 1 ? 1 : 0;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] ?? 0;
      this.next[r] = rows[i + 1] ?? -1;
      this.shared[r] = shared;
    }
  }

  /** Room for at least `rows` rows (doubling, so a run of single-row appends stays linear). */
  private grow(rows: number): void {
    const capacity = Math.max(rows, this.next.length * 2);
    const next = new Int32Array(capacity).fill(-1);
    next.set(this.next);
    const shared = new Uint8Array(capacity);
    shared.set(this.shared);
    this.next = next;
    this.shared = shared;
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

  /** The keys that have rows, in no particular order. */
  keys(): IterableIterator<string> {
    return this.head.keys();
  }
}

/** Two ascending lists of distinct rows merged into one ascending list. */
function mergeAscending(a: number[], b: number[]): number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) {
      out.push(x ?? 0);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}
