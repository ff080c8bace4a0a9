import {
  normalizeHeader,
  type CellValue,
  type Catalog,
  type ColumnSpec,
  type TableName,
  type TableSpec,
} from "../catalog";
import { isBlank } from "../catalog/cells";
import { CellProblem, cellReader, type CellReader, type Typed } from "./cell-reader";
import { inSteps, type Breathe } from "../slices";
import type { Finding, RawTable, Severity } from "./types";

/** The catalog keys of table T's columns, e.g. "totalCharge" for Claims. */
export type KeyOf<T extends TableName> = Catalog[T]["columns"][number]["key"];

interface BoundColumn {
  readonly spec: ColumnSpec;
  /** Index in the workbook's headers. */
  readonly index: number;
  readonly read: CellReader;
  /** Typed values per data row (null: blank or unreadable). */
  readonly values: Typed[];
}

/**
 * One table of the workbook, parsed once: every catalog column it has is read into a typed array, each
 * cell's own problems (types, lists, minimums, codes, required, Excel errors) are kept per row, and rows
 * can be patched in place for live validation.
 */
export class TableModel<T extends TableName = TableName> {
  readonly spec: TableSpec;
  readonly headers: readonly string[];
  readonly firstRow: number;
  private rawRows: (readonly CellValue[])[];
  private readonly bound = new Map<string, BoundColumn>();
  /** Workbook columns that hold no catalog column or a calculated one: they decide whether a row is blank. */
  private readonly inputColumns: number[] = [];
  private blank: boolean[] = [];
  private problems: (Finding[] | undefined)[] = [];
  readonly tableFindings: readonly Finding[];

  /** A table parsed in steps, breathing between them (the same model the constructor builds). */
  static async parse<T extends TableName>(
    name: T,
    spec: TableSpec,
    raw: RawTable,
    breathe: Breathe,
  ): Promise<TableModel<T>> {
    const model = new TableModel(name, spec, raw, false);
    await inSteps(model.rowCount, (from, to) => model.parseRows(from, to), breathe);
    return model;
  }

  constructor(
    readonly name: T,
    spec: TableSpec,
    raw: RawTable,
    /** False: the rows are left for `parse` to read in steps. */
    parse = true,
  ) {
    this.spec = spec;
    this.headers = raw.headers.map((h) => String(h));
    this.firstRow = raw.firstRow ?? 2;
    this.rawRows = raw.rows.slice();
    const byHeader = new Map<string, number>();
    this.headers.forEach((h, i) => {
      const key = normalizeHeader(h);
      if (!byHeader.has(key)) byHeader.set(key, i);
    });
    const missing: Finding[] = [];
    const calculated = new Set<number>();
    for (const column of spec.columns) {
      const index = byHeader.get(normalizeHeader(column.header));
      if (index === undefined) {
        if (column.required) missing.push(this.missingColumn(column));
        continue;
      }
      if (column.formula !== undefined) calculated.add(index);
      this.bound.set(column.key, {
        spec: column,
        index,
        read: cellReader(column),
        values: new Array<Typed>(raw.rows.length),
      });
    }
    this.headers.forEach((_, i) => {
      if (!calculated.has(i)) this.inputColumns.push(i);
    });
    this.tableFindings = missing;
    this.blank = new Array<boolean>(this.rawRows.length);
    this.problems = new Array<Finding[] | undefined>(this.rawRows.length);
    if (parse) this.parseRows(0, this.rawRows.length);
  }

  get rowCount(): number {
    return this.rawRows.length;
  }

  /** Replaces rows [first, first + rows.length) with edited values (the table's size does not change). */
  patchRows(first: number, rows: readonly (readonly CellValue[])[]): void {
    if (first < 0 || first + rows.length > this.rawRows.length) {
      throw new RangeError(
        `${this.name}: rows ${first}..${first + rows.length - 1} are outside its ${this.rawRows.length} rows`,
      );
    }
    rows.forEach((row, i) => (this.rawRows[first + i] = row));
    this.parseRows(first, first + rows.length);
  }

  /** Adds rows after the last one (rows appended to the table). */
  appendRows(rows: readonly (readonly CellValue[])[]): void {
    const first = this.rawRows.length;
    for (const row of rows) this.rawRows.push(row);
    this.parseRows(first, this.rawRows.length);
  }

  has(key: string): boolean {
    return this.bound.has(key);
  }

  /** True when every cell a user types into is empty (Excel tables often carry an empty last row). */
  isBlank(row: number): boolean {
    return this.blank[row] ?? true;
  }

  /** The cell's own problems (types, lists, codes, required, Excel errors). */
  cellFindings(row: number): readonly Finding[] {
    return this.problems[row] ?? [];
  }

  value(key: KeyOf<T>, row: number): Typed {
    return this.bound.get(key)?.values[row] ?? null;
  }

  /** The typed values of one column (undefined when the table lacks it). */
  columnValues(key: string): readonly Typed[] | undefined {
    return this.bound.get(key)?.values;
  }

  /** Untyped access for rules driven by catalog data. */
  valueOf(key: string, row: number): Typed {
    return this.bound.get(key)?.values[row] ?? null;
  }

  num(key: KeyOf<T>, row: number): number | null {
    const v = this.bound.get(key)?.values[row];
    return typeof v === "number" ? v : null;
  }

  text(key: KeyOf<T>, row: number): string | null {
    const v = this.bound.get(key)?.values[row];
    return typeof v === "string" ? v : null;
  }

  raw(key: string, row: number): CellValue {
    const column = this.bound.get(key);
    return column === undefined ? "" : (this.rawRows[row]?.[column.index] ?? "");
  }

  column(key: string): ColumnSpec | undefined {
    return this.bound.get(key)?.spec;
  }

  /** Sheet row number of a data row, for messages ("also in row 14"). */
  sheetRow(row: number): number {
    return this.firstRow + row;
  }

  /** A finding on the cell of column `key` in data row `row`. */
  finding(key: string, row: number, severity: Severity, ruleId: string, message: string): Finding {
    const column = this.bound.get(key);
    return {
      table: this.name,
      rowIndex: row,
      header: column
        ? (this.headers[column.index] ?? column.spec.header)
        : (this.spec.columns.find((c) => c.key === key)?.header ?? key),
      columnIndex: column ? column.index : -1,
      value: column ? (this.rawRows[row]?.[column.index] ?? "") : "",
      severity,
      ruleId,
      message,
    };
  }

  private missingColumn(column: ColumnSpec): Finding {
    return {
      table: this.name,
      rowIndex: -1,
      header: column.header,
      columnIndex: -1,
      value: "",
      severity: "error",
      ruleId: "table.missing-column",
      message: `${this.name} has no "${column.header}" column: run Set up workbook to add it`,
    };
  }

  private parseRows(from: number, to: number): void {
    const rows = this.rawRows;
    const inputs = this.inputColumns;
    for (let r = from; r < to; r++) {
      const row = rows[r] ?? [];
      let blank = true;
      for (let k = 0; k < inputs.length; k++) {
        const v = row[inputs[k] ?? 0];
        if (v !== undefined && v !== "" && !isBlank(v)) {
          blank = false;
          break;
        }
      }
      this.blank[r] = blank;
      this.problems[r] = undefined;
    }
    for (const column of this.bound.values()) {
      const { spec, index, read, values } = column;
      const required = spec.required === true && spec.formula === undefined;
      for (let r = from; r < to; r++) {
        const raw = rows[r]?.[index];
        const result = read(raw === undefined || raw === null ? "" : raw);
        if (result instanceof CellProblem) {
          // A wrong-kind but meaningful value is used as what it is (and flagged); otherwise blank.
          values[r] = result.usable;
          if (!this.blank[r]) this.addProblem(r, column, result.ruleId, result.message, result.severity);
        } else {
          values[r] = result;
          if (result === null && required && !this.blank[r]) {
            this.addProblem(r, column, "cell.required", `${spec.header} is required`);
          }
        }
      }
    }
  }

  private addProblem(
    row: number,
    column: BoundColumn,
    ruleId: string,
    message: string,
    severity: Severity = "error",
  ): void {
    const finding: Finding = {
      table: this.name,
      rowIndex: row,
      header: this.headers[column.index] ?? column.spec.header,
      columnIndex: column.index,
      value: this.rawRows[row]?.[column.index] ?? "",
      severity,
      ruleId,
      message,
    };
    const list = this.problems[row];
    if (list) list.push(finding);
    else this.problems[row] = [finding];
  }
}
