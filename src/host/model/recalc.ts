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
import type { EngineScalar, FormulaEngine, FormulaSource } from "../formula/engine";
import type { TableInfo, TableLookup } from "../formula/structured-refs";
import { rewriteStructuredRefs } from "../formula/structured-refs";
import type { Cell } from "./cell";
import { cellKind, cellValue } from "./cell";
import type { FormulaAt, Read } from "./dependency-index";
import { DependencyIndex } from "./dependency-index";
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

export class Recalculator implements FormulaSource, TableLookup {
  /** Cells whose calcGeneration is at least this are computed; dirty cells have -1. */
  private validFrom = -1;
  /** A structural change asked for everything to be computed again. */
  private fullPending = true;
  private readonly changedRects: Read[] = [];
  /** Tables (lower-case names) grown or renamed: formulas that used them by name are stale. */
  private readonly grownTables = new Set<string>();
  /** Defined names (lower case) added or deleted. */
  private readonly changedNames = new Set<string>();
  private sheetWasAdded = false;
  /** Formula cells to compute (some may be computed already by the time they are reached). */
  private pending: FormulaAt[] = [];
  private cursor = 0;
  /** Formulas whose inputs are being computed first, innermost last. */
  private stack: FormulaAt[] = [];
  /** Cells tried once whose inputs are still computing: reading one of them again is a cycle. */
  private readonly active = new Set<Cell>();
  private hadCycle = false;
  /** Formula cells read but not computed yet during the current try (null outside a try). */
  private missing: Map<Cell, FormulaAt> | null = null;
  /** What the formula being computed read (null outside a try). */
  private reads: Read[] | null = null;
  private tablesRead: Set<string> | null = null;
  private namesRead: Set<string> | null = null;
  private clippedRead = false;
  private missingSheetRead = false;

  private readonly index = new DependencyIndex();
  private readonly volatile = new Map<number, FormulaAt>();
  /** Formulas that read a range cut to the used extent: computed again when the extent grows. */
  private readonly clipped = new Map<number, FormulaAt>();
  /** Formulas that used a table by name (structured references): computed again when it grows. */
  private readonly tableReaders = new Map<string, Map<number, FormulaAt>>();
  /** Formulas that looked up a defined name (found or not), by lower-case name. */
  private readonly nameReaders = new Map<string, Map<number, FormulaAt>>();
  /** Formulas that referred to a sheet that does not exist (#REF!): computed again when a sheet is added. */
  private readonly missingSheetReaders = new Map<number, FormulaAt>();
  private readonly sheetNumbers = new WeakMap<SheetState, number>();
  private nextSheetNumber = 0;

  /**
   * The workbook's used extent, which whole-column and whole-sheet ranges are cut to (the same for
   * every sheet, so ranges of the same size on two sheets keep the same shape).
   */
  private maxRows = 1;
  private maxColumns = 1;
  private sheetsByName = new Map<string, SheetState>();
  private tableInfos = new Map<string, TableInfo>();
  readonly stats: CalculationStats = { computed: 0, fullRecalculations: 0 };

  constructor(
    private readonly model: WorkbookModel,
    private readonly engine: FormulaEngine,
  ) {}

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
      this.fullPending || this.changesNoted || this.stack.length > 0 || this.cursor < this.pending.length
    );
  }

  // ---------------------------------------------------------------- running

  /** Computes until nothing is left (true) or performance.now() passes the deadline (false). */
  run(deadline = Infinity): boolean {
    this.absorbChanges();
    let steps = 0;
    try {
      for (;;) {
        if (this.stack.length === 0 && !this.nextPending()) return true;
        this.step();
        if (deadline !== Infinity && (++steps & 15) === 0 && performance.now() >= deadline) return false;
      }
    } catch (error) {
      // Half-done work is not trusted: start over at the next read.
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

  /** Turns the changes noted since the last run into dirty formulas to compute. */
  private absorbChanges(): void {
    if (this.fullPending || (this.hadCycle && this.changesNoted)) {
      this.startFull();
      return;
    }
    if (!this.changesNoted) return;
    this.sheetsByName = new Map(this.model.sheets().map((s) => [s.name.toLowerCase(), s]));
    this.tableInfos = new Map(this.model.state.tables.map((t) => [t.name.toLowerCase(), this.info(t)]));
    const queue: FormulaAt[] = [];
    const markDirty = (at: FormulaAt): void => {
      const cell = at.sheet.cells.get(at.row, at.col);
      // A formula not computed is dirty already, and so is every formula that reads it.
      if (cell.formula === null || !this.computed(cell)) return;
      cell.calcGeneration = -1;
      this.pending.push(at);
      queue.push(at);
    };
    const [rows, columns] = this.extent();
    if (rows !== this.maxRows || columns !== this.maxColumns) {
      this.maxRows = rows;
      this.maxColumns = columns;
      this.clipped.forEach(markDirty);
    }
    this.volatile.forEach(markDirty);
    for (const name of this.grownTables) this.tableReaders.get(name)?.forEach(markDirty);
    for (const name of this.changedNames) this.nameReaders.get(name)?.forEach(markDirty);
    if (this.sheetWasAdded) this.missingSheetReaders.forEach(markDirty);
    for (const { sheet, rect } of this.changedRects) {
      this.collectNewFormulas(sheet, rect);
      this.index.readersOf(sheet, rect, markDirty);
    }
    this.clearNotedChanges();
    for (let at = queue.pop(); at !== undefined; at = queue.pop()) {
      this.index.readersOf(at.sheet, { r0: at.row, c0: at.col, r1: at.row, c1: at.col }, markDirty);
    }
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
    this.clearNotedChanges();
    this.validFrom = ++lastEpoch;
    this.stats.fullRecalculations++;
    this.index.clear();
    this.volatile.clear();
    this.clipped.clear();
    this.tableReaders.clear();
    this.nameReaders.clear();
    this.missingSheetReaders.clear();
    this.stack = [];
    this.active.clear();
    this.sheetsByName = new Map(this.model.sheets().map((s) => [s.name.toLowerCase(), s]));
    this.tableInfos = new Map(this.model.state.tables.map((t) => [t.name.toLowerCase(), this.info(t)]));
    [this.maxRows, this.maxColumns] = this.extent();
    const pending: FormulaAt[] = [];
    for (const sheet of this.model.sheets()) {
      sheet.cells.forEach((cell, row, col) => {
        if (cell.formula !== null) pending.push({ sheet, row, col });
      });
    }
    this.pending = pending;
    this.cursor = 0;
  }

  private clearNotedChanges(): void {
    this.changedRects.length = 0;
    this.grownTables.clear();
    this.changedNames.clear();
    this.sheetWasAdded = false;
  }

  /** Rows and columns of the used extent over all sheets. */
  private extent(): [number, number] {
    let rows = 1;
    let columns = 1;
    for (const sheet of this.model.sheets()) {
      rows = Math.max(rows, sheet.cells.rowCount);
      columns = Math.max(columns, sheet.cells.columnCount());
    }
    return [rows, columns];
  }

  /** Puts the next pending formula that still needs computing on the stack; false when none is left. */
  private nextPending(): boolean {
    while (this.cursor < this.pending.length) {
      const at = this.pending[this.cursor++] as FormulaAt;
      const cell = at.sheet.cells.get(at.row, at.col);
      if (cell.formula !== null && !this.computed(cell)) {
        this.stack.push(at);
        return true;
      }
    }
    this.pending = [];
    this.cursor = 0;
    return false;
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
    const missing = new Map<Cell, FormulaAt>();
    const reads: Read[] = [];
    this.reads = reads;
    this.tablesRead = new Set();
    this.namesRead = new Set();
    this.clippedRead = false;
    this.missingSheetRead = false;
    this.missing = missing;
    try {
      const rewritten = rewriteStructuredRefs(formula, { sheetName: sheet.name, row, col }, this);
      if (rewritten.problem !== null) {
        cell.calcValue = "#REF!";
        cell.calcKind = "Error";
        cell.formulaError = rewritten.problem;
      } else {
        const result = this.engine.evaluate(rewritten.formula, { sheet: sheet.name, row, col }, this);
        if (missing.size > 0) return missing;
        cell.calcValue = result.value;
        cell.calcKind = result.kind;
        cell.formulaError = result.problem;
      }
      cell.calcGeneration = this.validFrom;
      this.stats.computed++;
      this.remember(at, formula, reads);
      return missing;
    } finally {
      this.missing = null;
      this.reads = null;
      this.tablesRead = null;
      this.namesRead = null;
    }
  }

  /** Notes what a computed formula depends on, so changes there make it dirty. */
  private remember(at: FormulaAt, formula: string, reads: readonly Read[]): void {
    const key = this.key(at);
    this.index.register(key, at, reads);
    if (this.clippedRead) this.clipped.set(key, at);
    if (this.missingSheetRead) this.missingSheetReaders.set(key, at);
    if (VOLATILE.test(formula)) this.volatile.set(key, at);
    for (const name of this.tablesRead ?? []) addReader(this.tableReaders, name, key, at);
    for (const name of this.namesRead ?? []) addReader(this.nameReaders, name, key, at);
  }

  private settleCircular(cell: Cell): void {
    cell.calcValue = 0;
    cell.calcKind = "Double";
    cell.formulaError = "Circular reference.";
    cell.calcGeneration = this.validFrom;
    // Its reads are not recorded: the next change computes everything again.
    this.hadCycle = true;
  }

  private info(table: TableState): TableInfo {
    return {
      name: table.name,
      sheetName: this.model.sheetById(table.sheetId)?.name ?? "",
      rect: table.rect,
      showHeaders: table.showHeaders,
      columns: table.columns.map((c) => c.name),
    };
  }

  private sheet(name: string): SheetState | undefined {
    const bare = name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
    return this.sheetsByName.get(bare.toLowerCase());
  }

  private scalar(sheet: SheetState, row: number, col: number): EngineScalar {
    const cell = sheet.cells.get(row, col);
    if (cell.formula !== null && !this.computed(cell)) {
      // Not computed yet: noted, and this try's result is thrown away once the inputs are computed.
      if (!this.missing?.has(cell)) this.missing?.set(cell, { sheet, row, col });
      return null;
    }
    const kind = cellKind(cell);
    if (kind === "Empty") return null;
    const value = cellValue(cell);
    return kind === "Error" ? { error: String(value) } : value;
  }

  private missingSheet(): EngineScalar {
    this.missingSheetRead = true;
    return { error: "#REF!" };
  }

  private noteTable(name: string): void {
    this.tablesRead?.add(name.toLowerCase());
  }

  // FormulaSource
  cell(sheetName: string, row: number, col: number): EngineScalar {
    const sheet = this.sheet(sheetName);
    if (!sheet) return this.missingSheet();
    this.reads?.push({ sheet, rect: { r0: row, c0: col, r1: row, c1: col } });
    return this.scalar(sheet, row, col);
  }

  range(sheetName: string, rect: Rect): EngineScalar[][] {
    const sheet = this.sheet(sheetName);
    if (!sheet) return [[this.missingSheet()]];
    // Recorded as written (A:A is every row), so a value written below today's extent is seen.
    this.reads?.push({ sheet, rect });
    // Past the sheet's used extent every cell is empty: B1:XFD1048576 reads the used cells only.
    const r1 = Math.max(rect.r0, Math.min(rect.r1, this.maxRows - 1));
    const c1 = Math.max(rect.c0, Math.min(rect.c1, this.maxColumns - 1));
    if (r1 < rect.r1 || c1 < rect.c1) this.clippedRead = true;
    const out: EngineScalar[][] = [];
    for (let r = rect.r0; r <= r1; r++) {
      const row: EngineScalar[] = [];
      for (let c = rect.c0; c <= c1; c++) row.push(this.scalar(sheet, r, c));
      out.push(row);
    }
    return out;
  }

  name(name: string, sheetName: string): { sheet: string; rect: Rect } | undefined {
    this.namesRead?.add(name.toLowerCase());
    const scope = this.sheet(sheetName);
    const found =
      (scope ? this.model.findName(name, scope.id) : undefined) ?? this.model.findName(name, null);
    if (found?.ref) {
      const sheet = this.model.sheetById(found.ref.sheetId);
      return sheet ? { sheet: sheet.name, rect: found.ref.rect } : undefined;
    }
    const table = this.tableInfos.get(name.toLowerCase());
    if (table) {
      this.noteTable(name);
      const top = table.showHeaders ? table.rect.r0 + 1 : table.rect.r0;
      return { sheet: table.sheetName, rect: { ...table.rect, r0: top } };
    }
    return undefined;
  }

  // TableLookup
  tableByName(name: string): TableInfo | undefined {
    this.noteTable(name);
    return this.tableInfos.get(name.toLowerCase());
  }

  tableAt(sheetName: string, row: number, col: number): TableInfo | undefined {
    const sheet = this.sheet(sheetName);
    const table = sheet ? this.model.tableAt(sheet.id, row, col) : undefined;
    if (table) this.noteTable(table.name);
    return table ? this.tableInfos.get(table.name.toLowerCase()) : undefined;
  }
}

function addReader(map: Map<string, Map<number, FormulaAt>>, name: string, key: number, at: FormulaAt): void {
  let readers = map.get(name);
  if (!readers) {
    readers = new Map();
    map.set(name, readers);
  }
  readers.set(key, at);
}
