/**
 * Cells of one sheet: dense row arrays (row -> column -> Cell). Writes inside a transaction copy a
 * row once and remember the original, so a failed sync restores exactly what was there.
 */
import type { Rect } from "../address";
import type { StoredValue } from "./cell";
import { Cell, EMPTY_CELL } from "./cell";

type Row = (Cell | undefined)[];

/** Distinct values a column remembers for sharing before it starts over. */
const RECENT_PER_COLUMN = 128;

interface Journal {
  readonly rows: Map<number, Row | undefined>;
  readonly rowCount: number;
  readonly columnDefaults: Map<number, Cell>;
  readonly rowDefaults: Map<number, Cell>;
}

export class CellStore {
  private rows: (Row | undefined)[] = [];
  /** Formats given to whole columns / rows (e.g. A:A) apply to cells created there later. */
  private columnDefaults = new Map<number, Cell>();
  private rowDefaults = new Map<number, Cell>();
  private journal: Journal | null = null;
  /**
   * The longest row's length (columnCount): kept as cells are set, so the recalculator can ask after
   * every sync without a walk over all rows (it was asked ~1,000 times while the Large sample loaded).
   */
  private widest = 0;
  /** Per column, cells stored lately by value, to store equal cells as one object (see shared). */
  private readonly recent: (Map<StoredValue, Cell> | undefined)[] = [];

  /** Number of rows that may hold cells (the last may be empty). */
  get rowCount(): number {
    return this.rows.length;
  }

  /** One past the last column that may hold a stored cell, over all rows. */
  columnCount(): number {
    return this.widest;
  }

  private measureWidest(): void {
    let count = 0;
    for (const row of this.rows) if (row && row.length > count) count = row.length;
    this.widest = count;
  }

  /** The cell at a position, including whole-row / whole-column formats for untouched cells. */
  get(row: number, col: number): Cell {
    return this.rows[row]?.[col] ?? this.defaultAt(row, col);
  }

  /** The stored cell, undefined when nothing was written there. */
  explicit(row: number, col: number): Cell | undefined {
    return this.rows[row]?.[col];
  }

  defaultAt(row: number, col: number): Cell {
    return this.rowDefaults.get(row) ?? this.columnDefaults.get(col) ?? EMPTY_CELL;
  }

  rowCells(row: number): readonly (Cell | undefined)[] | undefined {
    return this.rows[row];
  }

  set(row: number, col: number, given: Cell): void {
    const cell = this.shared(col, given);
    const current = this.rows[row]?.[col];
    if (current === cell) return;
    if (current === undefined && cell === this.defaultAt(row, col)) return;
    const target = this.writableRow(row);
    target[col] = cell;
    if (col >= this.widest) this.widest = col + 1;
  }

  /**
   * The cell to store for `cell`: an equal one already stored in the column when there is one (cells
   * without formula are immutable, so equal ones can be one object: a Status or Payer column holds a
   * few values many times), the shared empty one of its formatting for an empty cell.
   */
  private shared(col: number, cell: Cell): Cell {
    if (cell.isBlank) return cell.cleared();
    if (!cell.shareable) return cell;
    let byValue = this.recent[col];
    if (!byValue) {
      byValue = new Map<StoredValue, Cell>();
      this.recent[col] = byValue;
    }
    const seen = byValue.get(cell.value);
    if (seen !== undefined && seen.sameAs(cell)) return seen;
    // Bounded: a column of unique values (IDs, amounts) starts over rather than keep them all.
    if (byValue.size >= RECENT_PER_COLUMN) byValue.clear();
    byValue.set(cell.value, cell);
    return cell;
  }

  /** Updates every stored cell of a row range with fn (undefined slots are passed the default cell). */
  update(rect: Rect, fn: (cell: Cell) => Cell): void {
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) this.set(r, c, fn(this.get(r, c)));
    }
  }

  /** Applies fn to the whole-column defaults and to every stored cell of those columns. */
  updateColumns(c0: number, c1: number, fn: (cell: Cell) => Cell): void {
    this.beginDefaults();
    for (let c = c0; c <= c1; c++) {
      this.columnDefaults.set(c, fn(this.columnDefaults.get(c) ?? EMPTY_CELL).cleared());
    }
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = c0; c <= Math.min(c1, row.length - 1); c++) {
        const cell = row[c];
        if (cell) this.set(r, c, fn(cell));
      }
    }
  }

  /** Applies fn to the whole-row defaults and to every stored cell of those rows. */
  updateRows(r0: number, r1: number, fn: (cell: Cell) => Cell): void {
    this.beginDefaults();
    for (let r = r0; r <= r1; r++) {
      this.rowDefaults.set(r, fn(this.rowDefaults.get(r) ?? EMPTY_CELL).cleared());
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell) this.set(r, c, fn(cell));
      }
    }
  }

  columnDefault(col: number): Cell | undefined {
    return this.columnDefaults.get(col);
  }

  /** Moves cells of columns c0..c1 at rows >= fromRow down by count rows (insert, shift down). */
  shiftDown(c0: number, c1: number, fromRow: number, count: number): void {
    for (let r = this.rows.length - 1; r >= fromRow; r--) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = c0; c <= Math.min(c1, row.length - 1); c++) {
        const cell = row[c];
        if (cell === undefined) continue;
        this.writableRow(r + count)[c] = cell;
        this.writableRow(r)[c] = undefined;
      }
    }
  }

  /** Removes rows fromRow..fromRow+count-1 of columns c0..c1, moving the cells below up. */
  shiftUp(c0: number, c1: number, fromRow: number, count: number): void {
    const last = this.rows.length;
    for (let r = fromRow; r < last; r++) {
      const source = this.rows[r + count];
      const hasTarget = this.rows[r] !== undefined;
      if (!source && !hasTarget) continue;
      for (let c = c0; c <= c1; c++) {
        const moved = source?.[c];
        if (moved === undefined && this.rows[r]?.[c] === undefined) continue;
        this.writableRow(r)[c] = moved;
      }
    }
  }

  /** Visits stored, non-blank cells (row-major). */
  forEach(visit: (cell: Cell, row: number, col: number) => void): void {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell !== undefined) visit(cell, r, c);
      }
    }
  }

  /** Bounding rectangle of stored cells that hold content (valuesOnly) or anything but defaults. */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    this.forEach((cell, r, c) => {
      if (valuesOnly ? cell.isEmpty : cell.isBlankDefault) return;
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    });
    return r1 < 0 ? undefined : { r0, c0, r1, c1 };
  }

  /** Bounding rectangle of the used cells inside `rect` (Range.getUsedRange), undefined when there are none. */
  usedRectWithin(rect: Rect, valuesOnly: boolean): Rect | undefined {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    const lastRow = Math.min(rect.r1, this.rows.length - 1);
    for (let r = rect.r0; r <= lastRow; r++) {
      const row = this.rows[r];
      if (!row) continue;
      const lastColumn = Math.min(rect.c1, row.length - 1);
      for (let c = rect.c0; c <= lastColumn; c++) {
        const cell = row[c];
        if (cell === undefined || (valuesOnly ? cell.isEmpty : cell.isBlankDefault)) continue;
        if (r < r0) r0 = r;
        r1 = r;
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
      }
    }
    return r1 < 0 ? undefined : { r0, c0, r1, c1 };
  }

  allColumnDefaults(): ReadonlyMap<number, Cell> {
    return this.columnDefaults;
  }

  allRowDefaults(): ReadonlyMap<number, Cell> {
    return this.rowDefaults;
  }

  begin(): void {
    this.journal = {
      rows: new Map(),
      rowCount: this.rows.length,
      columnDefaults: this.columnDefaults,
      rowDefaults: this.rowDefaults,
    };
  }

  commit(): void {
    const journal = this.journal;
    this.journal = null;
    if (!journal) return;
    // A row made or lengthened by this sync grew cell by cell, and V8 grows an array by half again
    // plus 16 slots: a 20-column row kept 43. Copied once to its exact length (fewer bytes to mark).
    for (const [r, original] of journal.rows) {
      const row = this.rows[r];
      if (row && row.length > (original?.length ?? 0)) this.rows[r] = row.slice();
    }
  }

  rollback(): void {
    const journal = this.journal;
    if (!journal) return;
    for (const [r, row] of journal.rows) this.rows[r] = row;
    this.rows.length = journal.rowCount;
    this.measureWidest();
    this.columnDefaults = journal.columnDefaults;
    this.rowDefaults = journal.rowDefaults;
    this.journal = null;
  }

  get inTransaction(): boolean {
    return this.journal !== null;
  }

  private beginDefaults(): void {
    const journal = this.journal;
    if (!journal) return;
    if (this.columnDefaults === journal.columnDefaults) this.columnDefaults = new Map(journal.columnDefaults);
    if (this.rowDefaults === journal.rowDefaults) this.rowDefaults = new Map(journal.rowDefaults);
  }

  private writableRow(row: number): Row {
    const journal = this.journal;
    const current = this.rows[row];
    if (journal && !journal.rows.has(row)) {
      journal.rows.set(row, current);
      const copy = current ? current.slice() : [];
      this.rows[row] = copy;
      return copy;
    }
    if (current) return current;
    const created: Row = [];
    this.rows[row] = created;
    return created;
  }
}
