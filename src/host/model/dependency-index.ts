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

export class DependencyIndex {
  private readonly sheets = new Map<SheetState, SheetReaders>();
  /** The reads last registered for each formula (by position key), to skip registering them again. */
  private readonly registered = new Map<number, string>();

  clear(): void {
    this.sheets.clear();
    this.registered.clear();
  }

  /** Records what the formula at `reader` read (key: its position key). */
  register(key: number, reader: FormulaAt, reads: readonly Read[]): void {
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
