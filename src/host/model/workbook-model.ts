/**
 * The in-memory workbook: sheets (in order) with their cells, tables, names, settings, selection and
 * sheet-level features. Tests and the app read it directly; the proxies of src/host/proxy change it
 * only inside a transaction (one per sync) so a failed sync can be undone.
 */
import type { Rect } from "../address";
import { absoluteAddress, intersectRects, parseAddress, qualifiedAddress, rectColumns } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import type { FormulaEngine } from "../formula/engine";
import { FastFormulaEngine } from "../formula/fast-formula-engine";
import type { Cell, StoredValue } from "./cell";
import { cellValue } from "./cell";
import { addName } from "./defined-names";
import type { CalculationStats } from "./recalc";
import { Recalculator } from "./recalc";
import * as sheetOps from "./sheet-ops";
import type { ChangeRecord, NameState, SheetState, TableState, WorkbookState } from "./state";
import { Transaction } from "./transaction";
import type { CellView, TableView } from "./views";
import { viewOfCell, viewOfTable } from "./views";

type Listener = () => void;

export interface WorkbookModelOptions {
  /** Sheets to start with; default one sheet "Sheet1". */
  readonly sheetNames?: readonly string[];
  readonly engine?: FormulaEngine;
}

export class WorkbookModel {
  /** @internal exposed to the proxies and helpers of src/host, not for tests. */
  state: WorkbookState;
  /**
   * The user's AutoCorrect option "Fill formulas in tables to create calculated columns" (Excel's
   * default: on). Off, a row added to a table gets nothing in its calculated columns: whatever must be
   * there has to be written. Office.js cannot read or set the option.
   */
  fillTableFormulas = true;
  private transaction: Transaction | null = null;
  private readonly listeners = new Set<Listener>();
  private changes: ChangeRecord[] = [];
  /** Bumped by every change (values, formats, structure): the app's "unsaved changes" signal. */
  private generation = 0;
  private readonly recalculator: Recalculator;

  constructor(options: WorkbookModelOptions = {}) {
    this.recalculator = new Recalculator(this, options.engine ?? new FastFormulaEngine());
    const names = options.sheetNames ?? ["Sheet1"];
    this.state = {
      sheets: [],
      activeSheetId: "",
      selection: { sheetId: "", rect: { r0: 0, c0: 0, r1: 0, c1: 0 } },
      tables: [],
      names: [],
      settings: [],
      calculationMode: "Automatic",
      nextId: 1,
    };
    for (const name of names) this.addSheet(name);
    const first = this.state.sheets[0];
    if (first) {
      this.state.activeSheetId = first.id;
      this.state.selection = { sheetId: first.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    }
  }

  // ---------------------------------------------------------------- reading (tests, grid)

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  sheets(): readonly SheetState[] {
    return this.state.sheets;
  }

  /** Case-insensitive, like Excel. */
  getSheet(name: string): SheetState | undefined {
    const lowered = name.toLowerCase();
    return this.state.sheets.find((s) => s.name.toLowerCase() === lowered);
  }

  sheetById(id: string): SheetState | undefined {
    return this.state.sheets.find((s) => s.id === id);
  }

  /** By name or id (Excel's worksheets.getItem accepts both). */
  findSheet(key: string): SheetState | undefined {
    return this.sheetById(key) ?? this.getSheet(key);
  }

  requireSheet(key: string): SheetState {
    const sheet = this.findSheet(key);
    if (!sheet) throw hostError(HostErrorCodes.itemNotFound, `The worksheet "${key}" does not exist.`);
    return sheet;
  }

  /** The stored cell with formulas computed. */
  rawCell(sheet: SheetState, row: number, col: number): Cell {
    this.ensureCalculated();
    return sheet.cells.get(row, col);
  }

  /**
   * The stored cell as last computed, without computing: while a sliced calculation runs (calculate()),
   * a formula shows its previous result, like Excel while it shows "Calculating...".
   */
  displayedCell(sheet: SheetState, row: number, col: number): Cell {
    return sheet.cells.get(row, col);
  }

  cell(sheetName: string, row: number, col: number): CellView {
    return this.viewOf(this.rawCell(this.requireSheet(sheetName), row, col));
  }

  /** A cell by A1 address, e.g. model.cellAt("Claims", "B2"). */
  cellAt(sheetName: string, address: string): CellView {
    const parsed = parseAddress(address);
    if (!parsed) throw hostError(HostErrorCodes.invalidArgument, `"${address}" is not a cell address.`);
    return this.cell(sheetName, parsed.rect.r0, parsed.rect.c0);
  }

  viewOf(cell: Cell): CellView {
    return viewOfCell(cell);
  }

  /** Values of a rectangle (computed), row by row. */
  values(sheetName: string, address: string): StoredValue[][] {
    const sheet = this.requireSheet(sheetName);
    const parsed = parseAddress(address);
    if (!parsed) throw hostError(HostErrorCodes.invalidArgument, `"${address}" is not an address.`);
    return this.readGrid(sheet, parsed.rect, (c) => cellValue(c));
  }

  readGrid<T>(sheet: SheetState, rect: Rect, read: (cell: Cell) => T): T[][] {
    this.ensureCalculated();
    const out: T[][] = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      const row: T[] = new Array<T>(rectColumns(rect));
      for (let c = rect.c0; c <= rect.c1; c++) row[c - rect.c0] = read(sheet.cells.get(r, c));
      out.push(row);
    }
    return out;
  }

  /** Bounding rectangle of cells with values (valuesOnly) or with values or formats; undefined if none. */
  usedRect(sheet: SheetState, valuesOnly = false): Rect | undefined {
    return sheet.cells.usedRect(valuesOnly);
  }

  usedRange(sheetName: string, valuesOnly = false): string | undefined {
    const sheet = this.requireSheet(sheetName);
    const rect = this.usedRect(sheet, valuesOnly);
    return rect ? qualifiedAddress(sheet.name, rect) : undefined;
  }

  tables(): TableView[] {
    return this.state.tables.map((t) => this.tableView(t));
  }

  table(name: string): TableView | undefined {
    const table = this.tableByName(name);
    return table ? this.tableView(table) : undefined;
  }

  tableView(table: TableState): TableView {
    return viewOfTable(table, this.sheetById(table.sheetId)?.name ?? "");
  }

  tableByName(name: string): TableState | undefined {
    const lowered = name.toLowerCase();
    return this.state.tables.find((t) => t.name.toLowerCase() === lowered);
  }

  tableById(id: string): TableState | undefined {
    return this.state.tables.find((t) => t.id === id);
  }

  /** The table whose range holds a cell, if any. */
  tableAt(sheetId: string, row: number, col: number): TableState | undefined {
    return this.state.tables.find(
      (t) =>
        t.sheetId === sheetId && row >= t.rect.r0 && row <= t.rect.r1 && col >= t.rect.c0 && col <= t.rect.c1,
    );
  }

  /** The selected range as "Sheet1!B2". */
  getSelection(): { sheet: string; address: string; rect: Rect } {
    const { sheetId, rect } = this.state.selection;
    const sheet = this.sheetById(sheetId) ?? this.state.sheets[0];
    const name = sheet?.name ?? "";
    return { sheet: name, address: qualifiedAddress(name, rect), rect };
  }

  activeSheet(): SheetState {
    const sheet = this.sheetById(this.state.activeSheetId) ?? this.state.sheets[0];
    if (!sheet) throw hostError(HostErrorCodes.generalException, "The workbook has no sheets.");
    return sheet;
  }

  names(): readonly NameState[] {
    return this.state.names;
  }

  /** The formula a name stands for, e.g. "=Claims!$A$1:$C$9" (follows sheet renames). */
  nameFormula(name: NameState): string {
    if (!name.ref) return name.formula;
    const sheet = this.sheetById(name.ref.sheetId);
    return sheet ? `=${absoluteAddress(sheet.name, name.ref.rect)}` : "=#REF!";
  }

  findName(name: string, scopeSheetId: string | null = null): NameState | undefined {
    const lowered = name.toLowerCase();
    return this.state.names.find((n) => n.name.toLowerCase() === lowered && n.scopeSheetId === scopeSheetId);
  }

  setting(key: string): unknown {
    const found = this.state.settings.find((s) => s.key === key);
    return found === undefined ? undefined : (JSON.parse(found.json) as unknown);
  }

  /** Subscribe to any change (after each sync that changed something and each edit). */
  onDidChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---------------------------------------------------------------- transactions and changes

  begin(): void {
    if (this.transaction) throw new Error("WorkbookModel: a transaction is already open");
    this.transaction = Transaction.begin(this.state, this.changes.length);
  }

  commit(): void {
    this.transaction?.commit(this.state);
    this.transaction = null;
  }

  rollback(): void {
    const tx = this.transaction;
    if (!tx) return;
    this.state = tx.rollback(this.state);
    this.changes.length = tx.changeCount;
    this.transaction = null;
    this.touch();
  }

  get inTransaction(): boolean {
    return this.transaction !== null;
  }

  recordChange(change: ChangeRecord): void {
    this.changes.push(change);
  }

  /** Changes recorded since the last call (the host turns them into onChanged events). */
  takeChanges(): ChangeRecord[] {
    const taken = this.changes;
    this.changes = [];
    return taken;
  }

  /**
   * Marks every formula result stale (a full recalculation at the next read): call after structural
   * changes (sheets, tables, names, rows or columns moved). Content writes call cellsChanged instead.
   */
  touch(): void {
    this.generation++;
    this.recalculator.invalidateAll();
  }

  /** Cells of the rectangle got new content: the formulas that read them (transitively) are stale. */
  cellsChanged(sheet: SheetState, rect: Rect): void {
    this.generation++;
    this.recalculator.cellsChanged(sheet, rect);
  }

  /** Rows were appended to a table (nothing moved): formulas that use the table by name are stale. */
  tableGrew(table: TableState): void {
    this.generation++;
    this.recalculator.tableGrew(table);
  }

  /** An empty sheet was added: formulas that referred to a sheet of its name are stale. */
  sheetAdded(): void {
    this.generation++;
    this.recalculator.sheetAdded();
  }

  /** A defined name was added or deleted: formulas that looked it up are stale. */
  namesChanged(name: string): void {
    this.generation++;
    this.recalculator.namesChanged(name);
  }

  /** Formulas that used the table by either name are stale. */
  tableRenamed(oldName: string, newName: string): void {
    this.generation++;
    this.recalculator.tablesRenamed(oldName, newName);
  }

  /** A change no formula can see (number formats, styles, validation rules, conditional formats). */
  touchFormats(): void {
    this.generation++;
  }

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Computes every stale formula now (the synchronous path: reads inside a sync, tests, save). */
  ensureCalculated(): void {
    if (this.recalculator.hasWork) this.recalculator.run();
  }

  /** True while some formula results are stale (calculate() or the next read computes them). */
  get calculationPending(): boolean {
    return this.recalculator.hasWork;
  }

  /**
   * Computes the stale formulas in slices of about sliceMs, awaiting `breathe` between them so the page
   * can handle input and paint. Changes made meanwhile join the work. Resolves when nothing is stale;
   * returns true when it computed anything.
   */
  async calculate(breathe: () => Promise<void>, sliceMs = 20): Promise<boolean> {
    if (!this.recalculator.hasWork) return false;
    while (!this.recalculator.run(performance.now() + sliceMs)) await breathe();
    return true;
  }

  /** Counters for tests and benchmarks: formulas computed, full recalculations. */
  get calculationStats(): Readonly<CalculationStats> {
    return { ...this.recalculator.stats };
  }

  get calculationGeneration(): number {
    return this.generation;
  }

  // ---------------------------------------------------------------- sheets

  nextId(prefix: string): string {
    const id = this.state.nextId++;
    return `{${prefix}-${String(id).padStart(4, "0")}}`;
  }

  addSheet(name?: string): SheetState {
    return sheetOps.addSheet(this, name);
  }

  renameSheet(sheet: SheetState, name: string): void {
    sheetOps.renameSheet(this, sheet, name);
  }

  deleteSheet(sheet: SheetState): void {
    sheetOps.deleteSheet(this, sheet);
  }

  moveSheet(sheet: SheetState, position: number): void {
    sheetOps.moveSheet(this, sheet, position);
  }

  activate(sheet: SheetState): void {
    if (sheet.visibility !== "Visible") {
      throw hostError(
        HostErrorCodes.invalidOperation,
        `The hidden worksheet "${sheet.name}" cannot be activated.`,
      );
    }
    this.state.activeSheetId = sheet.id;
    if (this.state.selection.sheetId !== sheet.id) {
      this.state.selection = { sheetId: sheet.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    }
  }

  select(sheet: SheetState, rect: Rect): void {
    this.activate(sheet);
    this.state.selection = { sheetId: sheet.id, rect };
  }

  // ---------------------------------------------------------------- names and settings

  addName(
    name: string,
    reference: { sheetId: string; rect: Rect } | string,
    comment: string,
    scopeSheetId: string | null,
  ): NameState {
    return addName(this, name, reference, comment, scopeSheetId);
  }

  deleteName(name: NameState): void {
    this.state.names = this.state.names.filter((n) => n !== name);
    this.namesChanged(name.name);
  }

  setSetting(key: string, value: unknown): void {
    if (typeof key !== "string" || key === "") {
      throw hostError(HostErrorCodes.invalidArgument, "A setting key must be a non-empty string.");
    }
    const json = JSON.stringify(value);
    if (json === undefined) {
      throw hostError(
        HostErrorCodes.invalidArgument,
        `The value of setting "${key}" is not JSON-serialisable.`,
      );
    }
    const existing = this.state.settings.find((s) => s.key === key);
    if (existing) existing.json = json;
    else this.state.settings.push({ key, json });
  }

  deleteSetting(key: string): void {
    this.state.settings = this.state.settings.filter((s) => s.key !== key);
  }

  /** Tables on the sheet that share a cell with the rectangle. */
  tablesIntersecting(sheetId: string, rect: Rect): TableState[] {
    return this.state.tables.filter(
      (t) => t.sheetId === sheetId && intersectRects(t.rect, rect) !== undefined,
    );
  }
}
