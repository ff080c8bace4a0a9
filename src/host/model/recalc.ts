/**
 * Computes every formula cell of the workbook (a full recalculation, run lazily when something changed
 * and a value is read), in dependency order and without recursion: a formula that reads a formula not
 * yet computed is set aside, its missing inputs are computed first (an explicit stack, so a chain of
 * any length fits), then it is computed again. A cycle gives 0 and is flagged, like Excel's
 * circular-reference warning.
 */
import type { Rect } from "../address";
import type { EngineScalar, FormulaEngine, FormulaSource } from "../formula/engine";
import type { TableInfo, TableLookup } from "../formula/structured-refs";
import { rewriteStructuredRefs } from "../formula/structured-refs";
import type { Cell } from "./cell";
import { cellKind, cellValue } from "./cell";
import type { SheetState, TableState } from "./state";
import type { WorkbookModel } from "./workbook-model";

/** A formula cell waiting on the stack: "pending" before its first try, "active" while its inputs compute. */
interface Frame {
  readonly sheet: SheetState;
  readonly cell: Cell;
  readonly row: number;
  readonly col: number;
}

export class Recalculator implements FormulaSource, TableLookup {
  private generation = -1;
  /** Cells tried once whose inputs are still computing: reading one of them again is a cycle. */
  private readonly active = new Set<Cell>();
  /** Formula cells read but not computed yet during the current try (null outside a try). */
  private missing: Map<Cell, Frame> | null = null;
  /**
   * The workbook's used extent, which whole-column and whole-sheet ranges are cut to (the same for
   * every sheet, so ranges of the same size on two sheets keep the same shape).
   */
  private maxRows = 1;
  private maxColumns = 1;
  private sheetsByName = new Map<string, SheetState>();
  private tableInfos = new Map<string, TableInfo>();

  constructor(
    private readonly model: WorkbookModel,
    private readonly engine: FormulaEngine,
  ) {}

  recalculateAll(generation: number): void {
    this.generation = generation;
    this.sheetsByName = new Map(this.model.sheets().map((s) => [s.name.toLowerCase(), s]));
    this.tableInfos = new Map(this.model.state.tables.map((t) => [t.name.toLowerCase(), this.info(t)]));
    this.maxRows = Math.max(1, ...this.model.sheets().map((s) => s.cells.rowCount));
    this.maxColumns = 1;
    const formulas: Frame[] = [];
    for (const sheet of this.model.sheets()) {
      sheet.cells.forEach((cell, row, col) => {
        if (col + 1 > this.maxColumns) this.maxColumns = col + 1;
        if (cell.formula !== null) formulas.push({ sheet, cell, row, col });
      });
    }
    for (const frame of formulas) this.settle(frame);
  }

  /** Computes one formula cell and, first, every formula it reads that is not computed yet. */
  private settle(root: Frame): void {
    if (root.cell.calcGeneration === this.generation) return;
    const stack: Frame[] = [root];
    try {
      while (stack.length > 0) {
        const frame = stack[stack.length - 1] as Frame;
        const { cell } = frame;
        if (cell.calcGeneration === this.generation) {
          stack.pop();
          this.active.delete(cell);
          continue;
        }
        const missing = this.tryCompute(frame);
        if (missing.size === 0) continue; // computed: popped next round
        this.active.add(cell);
        for (const [input, inputFrame] of missing) {
          // An input that is itself waiting for its inputs depends on this cell: a cycle.
          if (this.active.has(input)) settleCircular(input, this.generation);
          else stack.push(inputFrame);
        }
      }
    } finally {
      for (const frame of stack) this.active.delete(frame.cell);
    }
  }

  /** Computes the cell unless it reads formulas not computed yet; returns those (empty when computed). */
  private tryCompute(frame: Frame): Map<Cell, Frame> {
    const { sheet, cell, row, col } = frame;
    const formula = cell.formula ?? "";
    const rewritten = rewriteStructuredRefs(formula, { sheetName: sheet.name, row, col }, this);
    if (rewritten.problem !== null) {
      cell.calcValue = "#REF!";
      cell.calcKind = "Error";
      cell.formulaError = rewritten.problem;
      cell.calcGeneration = this.generation;
      return new Map();
    }
    const missing = new Map<Cell, Frame>();
    this.missing = missing;
    let result;
    try {
      result = this.engine.evaluate(rewritten.formula, { sheet: sheet.name, row, col }, this);
    } finally {
      this.missing = null;
    }
    if (missing.size > 0) return missing;
    cell.calcValue = result.value;
    cell.calcKind = result.kind;
    cell.formulaError = result.problem;
    cell.calcGeneration = this.generation;
    return missing;
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
    if (cell.formula !== null && cell.calcGeneration !== this.generation) {
      // Not computed yet: noted, and this try's result is thrown away once the inputs are computed.
      if (!this.missing?.has(cell)) this.missing?.set(cell, { sheet, cell, row, col });
      return null;
    }
    const kind = cellKind(cell);
    if (kind === "Empty") return null;
    const value = cellValue(cell);
    return kind === "Error" ? { error: String(value) } : value;
  }

  // FormulaSource
  cell(sheetName: string, row: number, col: number): EngineScalar {
    const sheet = this.sheet(sheetName);
    if (!sheet) return { error: "#REF!" };
    return this.scalar(sheet, row, col);
  }

  range(sheetName: string, rect: Rect): EngineScalar[][] {
    const sheet = this.sheet(sheetName);
    if (!sheet) return [[{ error: "#REF!" }]];
    // Past the sheet's used extent every cell is empty: B1:XFD1048576 reads the used cells only.
    const r1 = Math.max(rect.r0, Math.min(rect.r1, this.maxRows - 1));
    const c1 = Math.max(rect.c0, Math.min(rect.c1, this.maxColumns - 1));
    const out: EngineScalar[][] = [];
    for (let r = rect.r0; r <= r1; r++) {
      const row: EngineScalar[] = [];
      for (let c = rect.c0; c <= c1; c++) row.push(this.scalar(sheet, r, c));
      out.push(row);
    }
    return out;
  }

  name(name: string, sheetName: string): { sheet: string; rect: Rect } | undefined {
    const scope = this.sheet(sheetName);
    const found =
      (scope ? this.model.findName(name, scope.id) : undefined) ?? this.model.findName(name, null);
    if (found?.ref) {
      const sheet = this.model.sheetById(found.ref.sheetId);
      return sheet ? { sheet: sheet.name, rect: found.ref.rect } : undefined;
    }
    const table = this.tableInfos.get(name.toLowerCase());
    if (table) {
      const top = table.showHeaders ? table.rect.r0 + 1 : table.rect.r0;
      return { sheet: table.sheetName, rect: { ...table.rect, r0: top } };
    }
    return undefined;
  }

  // TableLookup
  tableByName(name: string): TableInfo | undefined {
    return this.tableInfos.get(name.toLowerCase());
  }

  tableAt(sheetName: string, row: number, col: number): TableInfo | undefined {
    const sheet = this.sheet(sheetName);
    const table = sheet ? this.model.tableAt(sheet.id, row, col) : undefined;
    return table ? this.tableInfos.get(table.name.toLowerCase()) : undefined;
  }
}

function settleCircular(cell: Cell, generation: number): void {
  cell.calcValue = 0;
  cell.calcKind = "Double";
  cell.formulaError = "Circular reference.";
  cell.calcGeneration = generation;
}
