/**
 * Smart recalculation, as Excel does it (https://learn.microsoft.com/office/client-developer/excel/excel-recalculation):
 * only formulas whose precedents changed, and their dependents, are computed again. Each computed
 * formula records what it read (dependency-index.ts); a change to cells marks the formulas that read
 * them dirty, transitively, and only those are computed. Where precision is hard (rows or columns
 * moved, sheets renamed or deleted, tables added or reshaped other than by appending rows, a failed
 * sync rolled back, a circular reference) everything is computed again (invalidateAll). A sheet added,
 * a name added or deleted, a table renamed make stale only the formulas that looked them up.
 * Volatile functions (TODAY, NOW, RAND, OFFSET, INDIRECT...) are computed again at every recalculation.
 *
 * Formulas are computed in dependency order and without recursion: a formula that reads a formula
 * not yet computed is set aside, its missing inputs are computed first (an explicit stack, so a chain
 * of any length fits), then it is computed again. A cycle gives 0 and is flagged, like Excel's
 * circular-reference warning. The work can stop at a deadline and go on later (sliced calculation).
 */
import type { Rect } from "../address";
import type { FormulaEngine, FormulaResult } from "../formula/engine";
import { rewriteStructuredRefs } from "../formula/structured-refs";
import type { Cell } from "./cell";
import type { FormulaAt, Read } from "./dependency-index";
import { DependencyIndex } from "./dependency-index";
import type { TryRecord } from "./recalc-source";
import { RecordingSource } from "./recalc-source";
import type { SheetState, TableState } from "./state";
import type { WorkbookModel } from "./workbook-model";

/** Functions whose result can change with nothing they read changing (Excel's volatile functions). */
const VOLATILE = /\b(?:TODAY|NOW|RAND|RANDBETWEEN|RANDARRAY|OFFSET|INDIRECT|CELL|INFO)\s*\(/i;

/** Unique across models, so a cell can never look computed to a model that did not compute it. */
let lastEpoch = 0;

export interface CalculationStats {
  /** Formula evaluations that produced a value since the model was made. */
  computed: number;
  /** Recalculations of every formula (after structural changes) since the model was made. */
  fullRecalculations: number;
}

/** Changed rectangles are looked at this many rows at a time, so one step stays short. */
const ROWS_PER_STEP = 1024;

/** Dirty-marking work: a changed rectangle (collect: formulas written there join the work) or a formula. */
interface DirtyWork {
  readonly sheet: SheetState;
  readonly rect: Rect;
  readonly collect: boolean;
}

export class Recalculator {
  /** Cells whose calcGeneration is at least this are computed; dirty cells have -1 (none before the first run). */
  private validFrom = Number.MAX_SAFE_INTEGER;
  /** A structural change asked for everything to be computed again. */
  private fullPending = true;
  private readonly changedRects: Read[] = [];
  /** Tables (lower-case names) grown or renamed: formulas that used them by name are stale. */
  private readonly grownTables = new Set<string>();
  /** Defined names (lower case) added or deleted. */
  private readonly changedNames = new Set<string>();
  private sheetWasAdded = false;
  /** Formulas and rectangles whose readers are still to be marked dirty (done before computing). */
  private dirtyWork: DirtyWork[] = [];
  /** A full recalculation's walk over every sheet's rows, collecting formula cells. */
  private scan: { readonly sheets: readonly SheetState[]; sheet: number; row: number } | null = null;
  /** Formula cells to compute (some may be computed already by the time they are reached). */
  private pending: FormulaAt[] = [];
  private cursor = 0;
  /** Formulas whose inputs are being computed first, innermost last. */
  private stack: FormulaAt[] = [];
  /** Cells tried once whose inputs are still computing: reading one of them again is a cycle. */
  private readonly active = new Set<Cell>();
  private hadCycle = false;

  private readonly index = new DependencyIndex();
  private readonly sheetNumbers = new WeakMap<SheetState, number>();
  private nextSheetNumber = 0;

  readonly stats: CalculationStats = { computed: 0, fullRecalculations: 0 };

  private readonly source: RecordingSource;

  constructor(
    private readonly model: WorkbookModel,
    private readonly engine: FormulaEngine,
  ) {
    this.source = new RecordingSource(model, (cell) => this.computed(cell));
  }

  // ---------------------------------------------------------------- changes (cheap: only noted)

  invalidateAll(): void {
    this.fullPending = true;
  }

  cellsChanged(sheet: SheetState, rect: Rect): void {
    if (!this.fullPending) this.changedRects.push({ sheet, rect });
  }

  tableGrew(table: TableState): void {
    if (!this.fullPending) this.grownTables.add(table.name.toLowerCase());
  }

  tablesRenamed(oldName: string, newName: string): void {
    if (this.fullPending) return;
    this.grownTables.add(oldName.toLowerCase());
    this.grownTables.add(newName.toLowerCase());
  }

  namesChanged(name: string): void {
    if (!this.fullPending) this.changedNames.add(name.toLowerCase());
  }

  sheetAdded(): void {
    if (!this.fullPending) this.sheetWasAdded = true;
  }

  private get changesNoted(): boolean {
    return (
      this.changedRects.length > 0 ||
      this.grownTables.size > 0 ||
      this.changedNames.size > 0 ||
      this.sheetWasAdded
    );
  }

  get hasWork(): boolean {
    return (
      this.fullPending ||
      this.changesNoted ||
      this.dirtyWork.length > 0 ||
      this.stack.length > 0 ||
      this.cursor < this.pending.length ||
      this.scan !== null
    );
  }

  // ---------------------------------------------------------------- running

  /**
   * Works until nothing is left (true) or performance.now() passes the deadline (false), checked after
   * every short step. Every formula that depends on a change is marked dirty before any is computed.
   */
  run(deadline = Infinity): boolean {
    try {
      this.absorbChanges();
      for (;;) {
        const work = this.dirtyWork.pop();
        if (work) this.markReaders(work);
        else if (this.stack.length > 0) this.step();
        else if (this.cursor < this.pending.length) this.pushPending();
        else if (this.scan) this.scanRows();
        else {
          this.pending = [];
          this.cursor = 0;
          return true;
        }
        if (deadline !== Infinity && performance.now() >= deadline) return false;
      }
    } catch (error) {
      // Half-done work is not trusted: start over at the next read.
      this.dirtyWork = [];
      this.stack = [];
      this.active.clear();
      this.fullPending = true;
      throw error;
    }
  }

  private computed(cell: Cell): boolean {
    return cell.calcGeneration >= this.validFrom;
  }

  private key(at: FormulaAt): number {
    let n = this.sheetNumbers.get(at.sheet);
    if (n === undefined) {
      n = this.nextSheetNumber++;
      this.sheetNumbers.set(at.sheet, n);
    }
    return n * 2 ** 34 + at.row * 2 ** 14 + at.col;
  }

  /** Turns the changes noted since the last run into dirty-marking work. */
  private absorbChanges(): void {
    if (this.fullPending || (this.hadCycle && this.changesNoted)) {
      this.startFull();
      return;
    }
    if (!this.changesNoted) return;
    this.source.refresh();
    if (this.source.updateExtent()) this.index.clipped.forEach((at) => this.markDirty(at));
    this.index.volatile.forEach((at) => this.markDirty(at));
    for (const name of this.grownTables) for (const at of this.index.tableReaders(name)) this.markDirty(at);
    for (const name of this.changedNames) for (const at of this.index.nameReaders(name)) this.markDirty(at);
    if (this.sheetWasAdded) this.index.missingSheet.forEach((at) => this.markDirty(at));
    for (const { sheet, rect } of this.changedRects) {
      // Rows past the stored ones hold nothing that changed (a whole-column clear, say).
      const last = Math.max(rect.r0, Math.min(rect.r1, sheet.cells.rowCount - 1));
      for (let r0 = rect.r0; r0 <= last; r0 += ROWS_PER_STEP) {
        const r1 = Math.min(last, r0 + ROWS_PER_STEP - 1);
        this.dirtyWork.push({ sheet, rect: { ...rect, r0, r1 }, collect: true });
      }
    }
    this.changedRects.length = 0;
    this.grownTables.clear();
    this.changedNames.clear();
    this.sheetWasAdded = false;
  }

  /** A computed formula whose inputs changed: dirty, to compute, and its readers to mark in turn. */
  private markDirty(at: FormulaAt): void {
    const cell = at.sheet.cells.get(at.row, at.col);
    // A formula not computed is dirty already, and so is every formula that reads it.
    if (cell.formula === null || !this.computed(cell)) return;
    cell.calcGeneration = -1;
    this.pending.push(at);
    this.dirtyWork.push({
      sheet: at.sheet,
      rect: { r0: at.row, c0: at.col, r1: at.row, c1: at.col },
      collect: false,
    });
  }

  private markReaders({ sheet, rect, collect }: DirtyWork): void {
    if (collect) this.collectNewFormulas(sheet, rect);
    this.index.readersOf(sheet, rect, (at) => this.markDirty(at));
  }

  /** Formula cells written inside the rectangle (new cells, not computed) join the work. */
  private collectNewFormulas(sheet: SheetState, rect: Rect): void {
    const last = Math.min(rect.r1, sheet.cells.rowCount - 1);
    for (let r = rect.r0; r <= last; r++) {
      const row = sheet.cells.rowCells(r);
      if (!row) continue;
      const end = Math.min(rect.c1, row.length - 1);
      for (let c = rect.c0; c <= end; c++) {
        const cell = row[c];
        if (cell?.formula != null && !this.computed(cell)) this.pending.push({ sheet, row: r, col: c });
      }
    }
  }

  private startFull(): void {
    this.fullPending = false;
    this.hadCycle = false;
    this.changedRects.length = 0;
    this.grownTables.clear();
    this.changedNames.clear();
    this.sheetWasAdded = false;
    this.validFrom = ++lastEpoch;
    this.stats.fullRecalculations++;
    this.index.clear();
    this.dirtyWork = [];
    this.stack = [];
    this.active.clear();
    this.source.refresh();
    this.source.updateExtent();
    this.pending = [];
    this.cursor = 0;
    this.scan = { sheets: [...this.model.sheets()], sheet: 0, row: 0 };
  }

  /** The full recalculation's walk: the formula cells of the next ROWS_PER_STEP rows join the work. */
  private scanRows(): void {
    const scan = this.scan;
    if (!scan) return;
    const sheet = scan.sheets[scan.sheet];
    if (!sheet) {
      this.scan = null;
      return;
    }
    const last = Math.min(scan.row + ROWS_PER_STEP, sheet.cells.rowCount);
    for (let r = scan.row; r < last; r++) {
      const row = sheet.cells.rowCells(r);
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        if (row[c]?.formula != null) this.pending.push({ sheet, row: r, col: c });
      }
    }
    if (last >= sheet.cells.rowCount) {
      scan.sheet++;
      scan.row = 0;
    } else scan.row = last;
  }

  /** Puts the next pending formula on the stack if it still needs computing. */
  private pushPending(): void {
    const at = this.pending[this.cursor++] as FormulaAt;
    const cell = at.sheet.cells.get(at.row, at.col);
    if (cell.formula !== null && !this.computed(cell)) this.stack.push(at);
  }

  /** One try of the innermost formula on the stack. */
  private step(): void {
    const at = this.stack[this.stack.length - 1] as FormulaAt;
    const cell = at.sheet.cells.get(at.row, at.col);
    if (cell.formula === null || this.computed(cell)) {
      this.stack.pop();
      this.active.delete(cell);
      return;
    }
    const missing = this.tryCompute(at, cell);
    if (missing.size === 0) return; // computed: popped next step
    this.active.add(cell);
    for (const [input, inputAt] of missing) {
      // An input that is itself waiting for its inputs depends on this cell: a cycle.
      if (this.active.has(input)) this.settleCircular(input);
      else this.stack.push(inputAt);
    }
  }

  /** Computes the cell unless it reads formulas not computed yet; returns those (empty when computed). */
  private tryCompute(at: FormulaAt, cell: Cell): Map<Cell, FormulaAt> {
    const { sheet, row, col } = at;
    const formula = cell.formula ?? "";
    let result: FormulaResult;
    let record: TryRecord;
    this.source.begin();
    try {
      const rewritten = rewriteStructuredRefs(formula, { sheetName: sheet.name, row, col }, this.source);
      result =
        rewritten.problem !== null
          ? { value: "#REF!", kind: "Error", problem: rewritten.problem }
          : this.engine.evaluate(rewritten.formula, { sheet: sheet.name, row, col }, this.source);
    } finally {
      record = this.source.end();
    }
    if (record.missing.size > 0) return record.missing;
    cell.calcValue = result.value;
    cell.calcKind = result.kind;
    cell.formulaError = result.problem;
    cell.calcGeneration = this.validFrom;
    this.stats.computed++;
    this.index.register(this.key(at), at, record.reads, {
      clipped: record.clipped,
      missingSheet: record.missingSheet,
      volatile: VOLATILE.test(formula),
      tables: record.tables,
      names: record.names,
    });
    return record.missing;
  }

  private settleCircular(cell: Cell): void {
    cell.calcValue = 0;
    cell.calcKind = "Double";
    cell.formulaError = "Circular reference.";
    cell.calcGeneration = this.validFrom;
    // Its reads are not recorded: the next change computes everything again.
    this.hadCycle = true;
  }
}
