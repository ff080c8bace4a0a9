/**
 * What a formula sees while the recalculator computes it (cells, ranges, names, tables), and the record
 * of what it read, which becomes its entry in the dependency index. A formula cell not computed yet
 * reads as empty and is noted as missing: that try is thrown away once it is computed (recalc.ts).
 */
import type { Rect } from "../address";
import type { EngineScalar, FormulaSource } from "../formula/engine";
import type { TableInfo, TableLookup } from "../formula/structured-refs";
import type { Cell } from "./cell";
import { cellKind, cellValue } from "./cell";
import type { FormulaAt, Read } from "./dependency-index";
import type { SheetState, TableState } from "./state";
import type { WorkbookModel } from "./workbook-model";

/** What one try of a formula read and used. */
export interface TryRecord {
  /** Formula cells read but not computed yet (empty when the try's result stands). */
  readonly missing: Map<Cell, FormulaAt>;
  readonly reads: Read[];
  readonly tables: Set<string>;
  readonly names: Set<string>;
  clipped: boolean;
  missingSheet: boolean;
}

function emptyRecord(): TryRecord {
  return {
    missing: new Map(),
    reads: [],
    tables: new Set(),
    names: new Set(),
    clipped: false,
    missingSheet: false,
  };
}

export class RecordingSource implements FormulaSource, TableLookup {
  private record: TryRecord | null = null;
  private sheetsByName = new Map<string, SheetState>();
  private tableInfos = new Map<string, TableInfo>();
  /**
   * The workbook's used extent, which whole-column and whole-sheet ranges are cut to (the same for
   * every sheet, so ranges of the same size on two sheets keep the same shape).
   */
  private maxRows = 1;
  private maxColumns = 1;

  constructor(
    private readonly model: WorkbookModel,
    private readonly isComputed: (cell: Cell) => boolean,
  ) {}

  /** Sheets and tables as they are now (after sheets were added or tables changed). */
  refresh(): void {
    this.sheetsByName = new Map(this.model.sheets().map((s) => [s.name.toLowerCase(), s]));
    this.tableInfos = new Map(this.model.state.tables.map((t) => [t.name.toLowerCase(), this.info(t)]));
  }

  /** Sets the used extent; true when it changed (formulas that read cut ranges may read more now). */
  updateExtent(): boolean {
    let rows = 1;
    let columns = 1;
    for (const sheet of this.model.sheets()) {
      rows = Math.max(rows, sheet.cells.rowCount);
      columns = Math.max(columns, sheet.cells.columnCount());
    }
    const changed = rows !== this.maxRows || columns !== this.maxColumns;
    this.maxRows = rows;
    this.maxColumns = columns;
    return changed;
  }

  /** Starts recording one try of a formula. */
  begin(): void {
    this.record = emptyRecord();
  }

  /** Ends the try and returns what it read. */
  end(): TryRecord {
    const record = this.record ?? emptyRecord();
    this.record = null;
    return record;
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
    if (cell.formula !== null && !this.isComputed(cell)) {
      // Not computed yet: noted, and this try's result is thrown away once the inputs are computed.
      const missing = this.record?.missing;
      if (missing && !missing.has(cell)) missing.set(cell, { sheet, row, col });
      return null;
    }
    const kind = cellKind(cell);
    if (kind === "Empty") return null;
    const value = cellValue(cell);
    return kind === "Error" ? { error: String(value) } : value;
  }

  private missingSheet(): EngineScalar {
    if (this.record) this.record.missingSheet = true;
    return { error: "#REF!" };
  }

  // FormulaSource
  cell(sheetName: string, row: number, col: number): EngineScalar {
    const sheet = this.sheet(sheetName);
    if (!sheet) return this.missingSheet();
    this.record?.reads.push({ sheet, rect: { r0: row, c0: col, r1: row, c1: col } });
    return this.scalar(sheet, row, col);
  }

  range(sheetName: string, rect: Rect): EngineScalar[][] {
    const sheet = this.sheet(sheetName);
    if (!sheet) return [[this.missingSheet()]];
    // Recorded as written (A:A is every row), so a value written below today's extent is seen.
    this.record?.reads.push({ sheet, rect });
    // Past the sheet's used extent every cell is empty: B1:XFD1048576 reads the used cells only.
    const r1 = Math.max(rect.r0, Math.min(rect.r1, this.maxRows - 1));
    const c1 = Math.max(rect.c0, Math.min(rect.c1, this.maxColumns - 1));
    if (this.record && (r1 < rect.r1 || c1 < rect.c1)) this.record.clipped = true;
    const out: EngineScalar[][] = [];
    for (let r = rect.r0; r <= r1; r++) {
      const row: EngineScalar[] = [];
      for (let c = rect.c0; c <= c1; c++) row.push(this.scalar(sheet, r, c));
      out.push(row);
    }
    return out;
  }

  name(name: string, sheetName: string): { sheet: string; rect: Rect } | undefined {
    this.record?.names.add(name.toLowerCase());
    const scope = this.sheet(sheetName);
    const found =
      (scope ? this.model.findName(name, scope.id) : undefined) ?? this.model.findName(name, null);
    if (found?.ref) {
      const sheet = this.model.sheetById(found.ref.sheetId);
      return sheet ? { sheet: sheet.name, rect: found.ref.rect } : undefined;
    }
    const table = this.tableInfos.get(name.toLowerCase());
    if (table) {
      this.record?.tables.add(name.toLowerCase());
      const top = table.showHeaders ? table.rect.r0 + 1 : table.rect.r0;
      return { sheet: table.sheetName, rect: { ...table.rect, r0: top } };
    }
    return undefined;
  }

  // TableLookup
  tableByName(name: string): TableInfo | undefined {
    this.record?.tables.add(name.toLowerCase());
    return this.tableInfos.get(name.toLowerCase());
  }

  tableAt(sheetName: string, row: number, col: number, thisRowOnly = false): TableInfo | undefined {
    const sheet = this.sheet(sheetName);
    const table = sheet ? this.model.tableAt(sheet.id, row, col) : undefined;
    if (!table) return undefined;
    // A table's readers are computed again when it grows (rows appended); [@Paid] in an existing row
    // reads the same cells after that, so it is not one of them (else every append recomputed every
    // calculated column of the table: the Large sample's load spent most of its time there).
    if (!thisRowOnly) this.record?.tables.add(table.name.toLowerCase());
    return this.tableInfos.get(table.name.toLowerCase());
  }
}
