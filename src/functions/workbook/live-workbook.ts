/**
 * The tables the workbook-aware PM functions read (Budget, Expenses, Payers, Credentials), read once and kept until
 * they change. Reads go through the injected runner (one Excel.run per load, all missing tables in it);
 * Excel's table events (changed, added, deleted) drop the affected tables and tell the listeners, which
 * recompute their cells from one fresh read. Read-only: nothing here writes to the workbook.
 */
import type { TableName } from "../../domain/catalog";
import { officeErrorText } from "../../excel/errors";
import { inBackground, type ExcelRunner } from "../../excel/runner";
import { readTables, type TableData } from "../../excel/table-io";

export type WatchedTable = Extract<
  TableName,
  | "Budget"
  | "Expenses"
  | "Payers"
  | "Credentials"
  | "RVU"
  | "Claims"
  | "ClaimLines"
  | "Providers"
  | "Appointments"
  | "TimeOff"
  | "Holidays"
>;
const WATCHED: readonly WatchedTable[] = [
  "Budget",
  "Expenses",
  "Payers",
  "Credentials",
  "RVU",
  "Claims",
  "ClaimLines",
  "Providers",
  "Appointments",
  "TimeOff",
  "Holidays",
];
export type LoadedTable = TableData<WatchedTable> | null;
export type Listener = () => void;

interface Derived {
  readonly tables: readonly WatchedTable[];
  readonly value: Promise<unknown>;
}

/** The workbook could not be read or watched (Excel busy, connection lost): the cells show #N/A. */
export class WorkbookUnavailable extends Error {
  override readonly name = "WorkbookUnavailable";
}

/** The message a missing table shows (#N/A). */
export function tableNotFound(name: WatchedTable): string {
  return `${name} table not found - run Set up workbook`;
}

export class LiveWorkbook {
  private readonly cache = new Map<WatchedTable, Promise<LoadedTable>>();
  private readonly derived = new Map<string, Derived>();
  private readonly listeners = new Map<Listener, readonly WatchedTable[]>();
  /** Excel table id -> name, for change events (which carry only the id). */
  private readonly namesById = new Map<string, string>();
  private watching: Promise<void> | null = null;
  private pending = new Set<WatchedTable>();
  private flushQueued = false;

  private readonly runner: ExcelRunner;

  /** Every read runs in the background (delayForCellEdit): Excel calls these cells while the user types. */
  constructor(runner: ExcelRunner) {
    this.runner = inBackground(runner);
  }

  /** The tables, from the cache or one read of those not cached; null for a table the workbook lacks. */
  async tables(names: readonly WatchedTable[]): Promise<Map<WatchedTable, LoadedTable>> {
    await this.watch();
    const missing = names.filter((n) => !this.cache.has(n));
    if (missing.length > 0) {
      const load = this.load(missing);
      for (const name of missing) {
        const one = load.then((all) => all.get(name) ?? null);
        this.cache.set(name, one);
        // A failed read is not kept: the next question reads again.
        one.catch(() => this.cache.get(name) === one && this.cache.delete(name));
      }
    }
    const entries = await Promise.all(
      names.map(async (n) => [n, await (this.cache.get(n) as Promise<LoadedTable>)] as const),
    );
    return new Map(entries);
  }

  /**
   * A value computed from some tables (e.g. the budget index), built once and kept until one of those
   * tables changes, so a thousand cells share one build.
   */
  memo<T>(
    key: string,
    tables: readonly WatchedTable[],
    build: (loaded: Map<WatchedTable, LoadedTable>) => T,
  ): Promise<T> {
    const hit = this.derived.get(key);
    if (hit) return hit.value as Promise<T>;
    const value = this.tables(tables).then(build);
    const entry: Derived = { tables, value };
    this.derived.set(key, entry);
    value.catch(() => this.derived.get(key) === entry && this.derived.delete(key));
    return value;
  }

  /** Calls the listener after any of the tables changed (and their cache was dropped). Returns unsubscribe. */
  onChange(tables: readonly WatchedTable[], listener: Listener): () => void {
    this.listeners.set(listener, tables);
    return () => this.listeners.delete(listener);
  }

  /** Number of live listeners (streaming cells), for tests and the bench. */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /**
   * Drops the tables from the cache and, once the current burst of events is over (a paste fires
   * several), tells the listeners that depend on them.
   */
  invalidate(tables: readonly WatchedTable[]): void {
    for (const name of tables) {
      this.cache.delete(name);
      this.pending.add(name);
    }
    for (const [key, entry] of this.derived)
      if (entry.tables.some((t) => tables.includes(t))) this.derived.delete(key);
    if (this.flushQueued) return;
    this.flushQueued = true;
    queueMicrotask(() => {
      this.flushQueued = false;
      const changed = this.pending;
      this.pending = new Set();
      for (const [listener, deps] of [...this.listeners]) if (deps.some((t) => changed.has(t))) listener();
    });
  }

  /** Drops everything (a table was added or deleted: ids and names may have moved). */
  invalidateAll(): void {
    this.invalidate(WATCHED);
  }

  /**
   * One Excel.run: a sync for the workbook's table names and ids (ids map change events to names), then
   * readTables for those of `names` that exist (usually one more sync); the others are null.
   */
  private async load(names: readonly WatchedTable[]): Promise<Map<WatchedTable, LoadedTable>> {
    try {
      return await this.runner(async (context) => {
        const all = context.workbook.tables;
        all.load("items/id,items/name");
        await context.sync();
        this.namesById.clear();
        const existing = new Map<string, string>();
        for (const t of all.items) {
          this.namesById.set(t.id, t.name);
          existing.set(t.name.toLowerCase(), t.name);
        }
        const present = names.filter((n) => existing.has(n.toLowerCase()));
        const read =
          present.length > 0 ? await readTables(context, present) : new Map<WatchedTable, LoadedTable>();
        return new Map(names.map((n) => [n, read.get(n) ?? null]));
      });
    } catch (error) {
      const tables = `${names.join(" and ")} table${names.length > 1 ? "s" : ""}`;
      throw new WorkbookUnavailable(`could not read the ${tables}: ${officeErrorText(error)}`);
    }
  }

  /** Registers the table events once. */
  private watch(): Promise<void> {
    this.watching ??= this.runner(async (context) => {
      const tables = context.workbook.tables;
      tables.onChanged.add((event) => this.handled(() => this.tableChanged(event.tableId)));
      // Excel (ExcelApi 1.7 / 1.9) always has these; the in-memory host does not, and there a change to
      // a table we have not seen (setup filling a new table) re-reads the missing ones (tableChanged).
      if (tables.onAdded) tables.onAdded.add(() => this.handled(() => this.invalidateAll()));
      if (tables.onDeleted) tables.onDeleted.add(() => this.handled(() => this.invalidateAll()));
      await context.sync();
    }).catch((error: unknown) => {
      this.watching = null; // try again on the next question
      throw new WorkbookUnavailable(`cannot follow changes to the tables: ${officeErrorText(error)}`);
    });
    return this.watching;
  }

  /** Office event handlers return a promise. */
  private handled(react: () => void): Promise<void> {
    react();
    return Promise.resolve();
  }

  private tableChanged(tableId: string): void {
    const name = this.namesById.get(tableId);
    if (name === undefined) {
      // A table created since the last read: it may be one that was missing.
      void this.invalidateMissing();
      return;
    }
    const watched = WATCHED.find((n) => n.toLowerCase() === name.toLowerCase());
    if (watched) this.invalidate([watched]);
  }

  /** Re-reads the tables that were missing at the last read. */
  private async invalidateMissing(): Promise<void> {
    const missing: WatchedTable[] = [];
    for (const [name, table] of [...this.cache]) {
      if ((await table.catch(() => undefined)) === null) missing.push(name);
    }
    if (missing.length > 0) this.invalidate(missing);
  }
}
