/**
 * Computes every formula cell of the workbook (a full recalculation, run lazily when something changed
 * and a value is read). Formulas referring to formulas not yet computed compute them first; a cycle
 * gives 0 and is flagged, like Excel's circular-reference warning.
 */
import type { Rect } from "../address";
import type { EngineScalar, FormulaEngine, FormulaSource } from "../formula/engine";
import type { TableInfo, TableLookup } from "../formula/structured-refs";
import { rewriteStructuredRefs } from "../formula/structured-refs";
import type { Cell } from "./cell";
import { cellKind, cellValue } from "./cell";
import type { SheetState, TableState } from "./state";
import type { WorkbookModel } from "./workbook-model";

export class Recalculator implements FormulaSource, TableLookup {
  private generation = -1;
  private readonly inProgress = new Set<Cell>();
  private sheetsByName = new Map<string, SheetState>();
  private tableInfos = new Map<string, TableInfo>();
  private maxRows = 0;
  private maxColumns = 0;

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
    for (const sheet of this.model.sheets()) {
      sheet.cells.forEach((cell, r, c) => {
        if (c + 1 > this.maxColumns) this.maxColumns = c + 1;
        if (cell.formula !== null) this.compute(sheet, cell, r, c);
      });
    }
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

  private compute(sheet: SheetState, cell: Cell, row: number, col: number): void {
    if (cell.calcGeneration === this.generation || cell.formula === null) return;
    if (this.inProgress.has(cell)) {
      cell.calcValue = 0;
      cell.calcKind = "Double";
      cell.formulaError = "Circular reference.";
      cell.calcGeneration = this.generation;
      return;
    }
    this.inProgress.add(cell);
    try {
      const rewritten = rewriteStructuredRefs(cell.formula, { sheetName: sheet.name, row, col }, this);
      if (rewritten.problem !== null) {
        cell.calcValue = "#REF!";
        cell.calcKind = "Error";
        cell.formulaError = rewritten.problem;
      } else {
        const result = this.engine.evaluate(rewritten.formula, { sheet: sheet.name, row, col }, this);
        if (cell.calcGeneration === this.generation) return; // a cycle settled it meanwhile
        cell.calcValue = result.value;
        cell.calcKind = result.kind;
        cell.formulaError = result.problem;
      }
      cell.calcGeneration = this.generation;
    } finally {
      this.inProgress.delete(cell);
    }
  }

  private sheet(name: string): SheetState | undefined {
    const bare = name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
    return this.sheetsByName.get(bare.toLowerCase());
  }

  private scalar(sheet: SheetState, row: number, col: number): EngineScalar {
    const cell = sheet.cells.get(row, col);
    if (cell.formula !== null) this.compute(sheet, cell, row, col);
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
