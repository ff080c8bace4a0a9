/**
 * Who reads what: for each computed formula cell, the cells and ranges it read while computing (its
 * precedents), indexed by sheet and column so the formulas that depend on a changed cell are found
 * fast (a 1-cell edit in a 100k-row table looks up one column, not every formula). This is Excel's
 * "dependency tree" of smart recalculation:
 * https://learn.microsoft.com/office/client-developer/excel/excel-recalculation
 * The index may hold more than a formula reads now (a read that an IF no longer takes stays until the
 * next full recalculation): that only recomputes a formula more often, never less.
 */
import type { Rect } from "../address";
import type { SheetState } from "./state";

/** A formula cell's position (cells are replaced by writes, positions stay until rows move). */
export interface FormulaAt {
  readonly sheet: SheetState;
  readonly row: number;
  readonly col: number;
}

/** A read of one cell or of a range, on one sheet. */
export interface Read {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

interface RangeEntry {
  readonly rect: Rect;
  readonly reader: FormulaAt;
}

/** Ranges wider than this are kept in one list per sheet rather than once per column. */
const WIDE_COLUMNS = 32;

class SheetReaders {
  /** Single-cell reads: column -> row -> readers. */
  readonly cells = new Map<number, Map<number, FormulaAt[]>>();
  /** Range reads up to WIDE_COLUMNS wide, listed under each column they cover. */
  readonly columns = new Map<number, RangeEntry[]>();
  readonly wide: RangeEntry[] = [];
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/** What else a formula used while computing, besides cells. */
export interface Uses {
  /** A range was cut to the used extent (it reads more when the extent grows). */
  readonly clipped: boolean;
  /** A reference to a sheet that does not exist (#REF!). */
  readonly missingSheet: boolean;
  /** TODAY, NOW, RAND... */
  readonly volatile: boolean;
  /** Tables looked up by name (lower case), found or not. */
  readonly tables: Iterable<string>;
  /** Defined names looked up (lower case), found or not. */
  readonly names: Iterable<string>;
}

type Readers = Map<number, FormulaAt>;

function addTo(map: Map<string, Readers>, name: string, key: number, reader: FormulaAt): void {
  let readers = map.get(name);
  if (!readers) {
    readers = new Map();
    map.set(name, readers);
  }
  readers.set(key, reader);
}

export class DependencyIndex {
  private readonly sheets = new Map<SheetState, SheetReaders>();
  /** The reads last registered for each formula (by position key), to skip registering them again. */
  private readonly registered = new Map<number, string>();
  /** Computed again at every recalculation. */
  readonly volatile: Readers = new Map();
  /** Computed again when the used extent grows. */
  readonly clipped: Readers = new Map();
  /** Computed again when a sheet is added. */
  readonly missingSheet: Readers = new Map();
  private readonly tables = new Map<string, Readers>();
  private readonly names = new Map<string, Readers>();

  clear(): void {
    this.sheets.clear();
    this.registered.clear();
    this.volatile.clear();
    this.clipped.clear();
    this.missingSheet.clear();
    this.tables.clear();
    this.names.clear();
  }

  /** Formulas that used the table (lower-case name) by name. */
  tableReaders(name: string): Iterable<FormulaAt> {
    return this.tables.get(name)?.values() ?? [];
  }

  /** Formulas that looked up the defined name (lower case). */
  nameReaders(name: string): Iterable<FormulaAt> {
    return this.names.get(name)?.values() ?? [];
  }

  /** Records what the formula at `reader` read and used (key: its position key). */
  register(key: number, reader: FormulaAt, reads: readonly Read[], uses: Uses): void {
    if (uses.clipped) this.clipped.set(key, reader);
    if (uses.missingSheet) this.missingSheet.set(key, reader);
    if (uses.volatile) this.volatile.set(key, reader);
    for (const name of uses.tables) addTo(this.tables, name, key, reader);
    for (const name of uses.names) addTo(this.names, name, key, reader);
    const signature = reads
      .map((r) => `${r.sheet.id}!${r.rect.r0},${r.rect.c0},${r.rect.r1},${r.rect.c1}`)
      .join(";");
    if (this.registered.get(key) === signature) return;
    this.registered.set(key, signature);
    for (const { sheet, rect } of reads) {
      let readers = this.sheets.get(sheet);
      if (!readers) {
        readers = new SheetReaders();
        this.sheets.set(sheet, readers);
      }
      if (rect.r0 === rect.r1 && rect.c0 === rect.c1) {
        let rows = readers.cells.get(rect.c0);
        if (!rows) {
          rows = new Map();
          readers.cells.set(rect.c0, rows);
        }
        const list = rows.get(rect.r0);
        if (list) list.push(reader);
        else rows.set(rect.r0, [reader]);
      } else if (rect.c1 - rect.c0 >= WIDE_COLUMNS) {
        readers.wide.push({ rect, reader });
      } else {
        for (let c = rect.c0; c <= rect.c1; c++) {
          const list = readers.columns.get(c);
          if (list) list.push({ rect, reader });
          else readers.columns.set(c, [{ rect, reader }]);
        }
      }
    }
  }

  /** Calls visit for every formula that read a cell of `rect` on `sheet` (maybe more than once). */
  readersOf(sheet: SheetState, rect: Rect, visit: (reader: FormulaAt) => void): void {
    const readers = this.sheets.get(sheet);
    if (!readers) return;
    const columns = rect.c1 - rect.c0 + 1;
    const rows = rect.r1 - rect.r0 + 1;
    const eachColumn = <T>(map: Map<number, T>, fn: (value: T) => void): void => {
      if (columns <= map.size) {
        for (let c = rect.c0; c <= rect.c1; c++) {
          const value = map.get(c);
          if (value !== undefined) fn(value);
        }
      } else {
        for (const [c, value] of map) if (c >= rect.c0 && c <= rect.c1) fn(value);
      }
    };
    eachColumn(readers.cells, (byRow) => {
      if (rows <= byRow.size) {
        for (let r = rect.r0; r <= rect.r1; r++) byRow.get(r)?.forEach(visit);
      } else {
        for (const [r, list] of byRow) if (r >= rect.r0 && r <= rect.r1) list.forEach(visit);
      }
    });
    eachColumn(readers.columns, (entries) => {
      for (const entry of entries)
        if (entry.rect.r0 <= rect.r1 && rect.r0 <= entry.rect.r1) visit(entry.reader);
    });
    for (const entry of readers.wide) if (overlaps(entry.rect, rect)) visit(entry.reader);
  }
}
