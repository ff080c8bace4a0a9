/**
 * The in-memory workbook: sheets (in order) with their cells, tables, names, settings, selection and
 * sheet-level features. Tests and the app read it directly; the proxies of src/host/proxy change it
 * only inside a transaction (one per sync) so a failed sync can be undone.
 */
import type { Rect } from "../address";
import {
  absoluteAddress,
  intersectRects,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  qualifiedAddress,
  rectColumns,
  rectRows,
} from "../address";
import { HostErrorCodes, hostError } from "../errors";
import type { FormulaEngine } from "../formula/engine";
import { FastFormulaEngine } from "../formula/fast-formula-engine";
import { removeSheetFromFormula, renameSheetInFormula } from "../formula/references";
import { formatValue } from "../number-format";
import type { Cell, StoredValue, ValueKind } from "./cell";
import { cellKind, cellValue } from "./cell";
import { CellStore } from "./cell-store";
import { Recalculator } from "./recalc";
import { checkItemName, checkSheetName } from "./names-rules";
import type { ChangeRecord, NameState, SheetState, TableState, WorkbookState } from "./state";
import type { CellStyle } from "./style";
import type { ValidationRuleState } from "./validation";

/** One cell as tests and the grid see it. */
export interface CellView {
  /** Computed value for formula cells; "" when empty. */
  readonly value: StoredValue;
  readonly valueType: ValueKind;
  readonly formula: string | null;
  readonly numberFormat: string;
  /** The value formatted with its number format, like Range.text. */
  readonly text: string;
  readonly quotePrefix: boolean;
  readonly format: CellStyle;
  readonly validation: ValidationRuleState | null;
  /** Why the formula could not be computed (its value is then "#NAME?" / "#REF!"), else null. */
  readonly formulaError: string | null;
}

export interface TableView {
  readonly id: string;
  readonly name: string;
  readonly sheet: string;
  /** "Sheet1!A1:D10", header row included. */
  readonly address: string;
  readonly rect: Rect;
  readonly headers: readonly string[];
  readonly columns: readonly {
    readonly id: number;
    readonly name: string;
    readonly formula: string | null;
  }[];
  readonly style: string;
  readonly showHeaders: boolean;
  readonly showBandedRows: boolean;
  readonly rowCount: number;
}

type Listener = () => void;

interface Transaction {
  readonly metaJson: string;
  readonly stores: Map<string, CellStore>;
  readonly changeCount: number;
}

const DEFAULT_PAGE_LAYOUT: SheetState["pageLayout"] = {
  orientation: "Portrait",
  zoom: { scale: 100 },
  centerHorizontally: false,
  centerVertically: false,
  printGridlines: false,
  printTitleRows: null,
};

export interface WorkbookModelOptions {
  /** Sheets to start with; default one sheet "Sheet1". */
  readonly sheetNames?: readonly string[];
  readonly engine?: FormulaEngine;
}

export class WorkbookModel {
  /** @internal exposed to the proxies and helpers of src/host, not for tests. */
  state: WorkbookState;
  private transaction: Transaction | null = null;
  private readonly listeners = new Set<Listener>();
  private changes: ChangeRecord[] = [];
  /** Bumped by every change; formula results computed for an older generation are stale. */
  private generation = 0;
  private calculatedGeneration = -1;
  private readonly recalculator: Recalculator;

  constructor(options: WorkbookModelOptions = {}) {
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
    this.recalculator = new Recalculator(this, options.engine ?? new FastFormulaEngine());
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
    const value = cellValue(cell);
    return {
      value,
      valueType: cellKind(cell),
      formula: cell.formula,
      numberFormat: cell.numberFormat,
      text: formatValue(value, cell.numberFormat),
      quotePrefix: cell.quotePrefix,
      format: cell.style,
      validation: cell.validation,
      formulaError: cell.formula === null ? null : cell.formulaError,
    };
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
    const sheet = this.sheetById(table.sheetId);
    const sheetName = sheet?.name ?? "";
    return {
      id: table.id,
      name: table.name,
      sheet: sheetName,
      address: qualifiedAddress(sheetName, table.rect),
      rect: table.rect,
      headers: table.columns.map((c) => c.name),
      columns: table.columns.map((c) => ({ id: c.id, name: c.name, formula: c.formula })),
      style: table.style,
      showHeaders: table.showHeaders,
      showBandedRows: table.showBandedRows,
      rowCount: rectRows(table.rect) - (table.showHeaders ? 1 : 0),
    };
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
    this.transaction = {
      metaJson: this.metaJson(),
      stores: new Map(this.state.sheets.map((s) => [s.id, s.cells])),
      changeCount: this.changes.length,
    };
    for (const sheet of this.state.sheets) sheet.cells.begin();
  }

  commit(): void {
    const tx = this.transaction;
    if (!tx) return;
    for (const store of this.allStores(tx)) store.commit();
    this.transaction = null;
  }

  rollback(): void {
    const tx = this.transaction;
    if (!tx) return;
    for (const store of this.allStores(tx)) store.rollback();
    const meta = JSON.parse(tx.metaJson) as Omit<WorkbookState, "sheets"> & {
      sheets: (Omit<SheetState, "cells"> & { cells: null })[];
    };
    this.state = {
      ...meta,
      sheets: meta.sheets.map((s) => {
        const store = tx.stores.get(s.id);
        if (!store) throw new Error(`WorkbookModel: no cells to restore for sheet ${s.id}`);
        return { ...s, cells: store };
      }),
    };
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

  /** Marks formula results stale; call after any change to cells, tables or names. */
  touch(): void {
    this.generation++;
  }

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  ensureCalculated(): void {
    if (this.calculatedGeneration === this.generation) return;
    this.calculatedGeneration = this.generation;
    this.recalculator.recalculateAll(this.generation);
  }

  get calculationGeneration(): number {
    return this.generation;
  }

  private metaJson(): string {
    return JSON.stringify({ ...this.state, sheets: this.state.sheets.map((s) => ({ ...s, cells: null })) });
  }

  private allStores(tx: Transaction): Set<CellStore> {
    return new Set([...tx.stores.values(), ...this.state.sheets.map((s) => s.cells)]);
  }

  // ---------------------------------------------------------------- sheets

  nextId(prefix: string): string {
    const id = this.state.nextId++;
    return `{${prefix}-${String(id).padStart(4, "0")}}`;
  }

  addSheet(name?: string): SheetState {
    let finalName = name;
    if (finalName === undefined) {
      let n = this.state.sheets.length + 1;
      while (this.getSheet(`Sheet${n}`)) n++;
      finalName = `Sheet${n}`;
    }
    checkSheetName(finalName);
    if (this.getSheet(finalName)) {
      throw hostError(HostErrorCodes.itemAlreadyExists, `A worksheet named "${finalName}" already exists.`);
    }
    const cells = new CellStore();
    if (this.transaction) cells.begin();
    const sheet: SheetState = {
      id: this.nextId("SHEET"),
      name: finalName,
      visibility: "Visible",
      tabColor: "",
      showGridlines: true,
      cells,
      columnWidths: {},
      rowHeights: {},
      freezeRows: 0,
      freezeColumns: 0,
      pageLayout: JSON.parse(JSON.stringify(DEFAULT_PAGE_LAYOUT)) as SheetState["pageLayout"],
      conditionalFormats: [],
      charts: [],
    };
    this.state.sheets.push(sheet);
    this.touch();
    return sheet;
  }

  renameSheet(sheet: SheetState, name: string): void {
    if (sheet.name === name) return;
    checkSheetName(name);
    const other = this.getSheet(name);
    if (other && other !== sheet) {
      throw hostError(HostErrorCodes.itemAlreadyExists, `A worksheet named "${name}" already exists.`);
    }
    const oldName = sheet.name;
    sheet.name = name;
    this.rewriteFormulas((formula) => renameSheetInFormula(formula, oldName, name));
    this.touch();
  }

  deleteSheet(sheet: SheetState): void {
    const visible = this.state.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw hostError(
        HostErrorCodes.invalidOperation,
        "A workbook must contain at least one visible worksheet.",
      );
    }
    this.state.sheets = this.state.sheets.filter((s) => s !== sheet);
    this.state.tables = this.state.tables.filter((t) => t.sheetId !== sheet.id);
    this.state.names = this.state.names.filter((n) => n.scopeSheetId !== sheet.id);
    for (const name of this.state.names) {
      if (name.ref?.sheetId === sheet.id) {
        name.ref = null;
        name.formula = "=#REF!";
      }
    }
    this.rewriteFormulas((formula) => removeSheetFromFormula(formula, sheet.name));
    if (this.state.activeSheetId === sheet.id || this.state.selection.sheetId === sheet.id) {
      const next = this.state.sheets.find((s) => s.visibility === "Visible") ?? this.state.sheets[0];
      if (next) {
        this.state.activeSheetId = next.id;
        this.state.selection = { sheetId: next.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
      }
    }
    this.touch();
  }

  moveSheet(sheet: SheetState, position: number): void {
    const others = this.state.sheets.filter((s) => s !== sheet);
    if (!Number.isInteger(position) || position < 0 || position > others.length) {
      throw hostError(HostErrorCodes.invalidArgument, `The sheet position ${position} is out of range.`);
    }
    others.splice(position, 0, sheet);
    this.state.sheets = others;
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

  /** Rewrites every cell formula and formula-based name (sheet rename / delete). */
  private rewriteFormulas(rewrite: (formula: string) => string): void {
    for (const sheet of this.state.sheets) {
      const updates: [number, number, Cell][] = [];
      sheet.cells.forEach((cell, r, c) => {
        if (cell.formula === null) return;
        const next = rewrite(cell.formula);
        if (next !== cell.formula) updates.push([r, c, cell.withContent("", "Empty", next, false)]);
      });
      for (const [r, c, cell] of updates) sheet.cells.set(r, c, cell);
    }
    for (const name of this.state.names) {
      if (!name.ref) name.formula = rewrite(name.formula);
    }
    for (const table of this.state.tables) {
      for (const column of table.columns) if (column.formula) column.formula = rewrite(column.formula);
    }
  }

  // ---------------------------------------------------------------- names and settings

  addName(
    name: string,
    reference: { sheetId: string; rect: Rect } | string,
    comment: string,
    scopeSheetId: string | null,
  ): NameState {
    checkItemName("name", name);
    if (this.findName(name, scopeSheetId) || (scopeSheetId === null && this.tableByName(name))) {
      throw hostError(HostErrorCodes.itemAlreadyExists, `The name "${name}" already exists.`);
    }
    let ref: NameState["ref"] = null;
    let formula = "";
    if (typeof reference === "string") {
      const text = reference.startsWith("=") ? reference.slice(1) : reference;
      const parsed = parseAddress(text);
      const sheet = parsed?.sheet === undefined ? undefined : this.getSheet(parsed.sheet);
      if (parsed && sheet) ref = { sheetId: sheet.id, rect: parsed.rect };
      else formula = `=${text}`;
    } else {
      ref = reference;
    }
    const state: NameState = { name, scopeSheetId, ref, formula, comment, visible: true };
    this.state.names.push(state);
    this.touch();
    return state;
  }

  deleteName(name: NameState): void {
    this.state.names = this.state.names.filter((n) => n !== name);
    this.touch();
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

  // ---------------------------------------------------------------- helpers for range operations

  /** Clamps whole-column / whole-row rectangles to the cells that exist, for reads of huge ranges. */
  static isWholeColumns(rect: Rect): boolean {
    return rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
  }

  static isWholeRows(rect: Rect): boolean {
    return rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
  }

  tablesIntersecting(sheetId: string, rect: Rect): TableState[] {
    return this.state.tables.filter(
      (t) => t.sheetId === sheetId && intersectRects(t.rect, rect) !== undefined,
    );
  }
}
