import { CATALOG, type CellValue, type TableName, TABLE_NAMES } from "../../../src/domain/catalog";
import { readCell } from "../../../src/domain/catalog/cells";
import type { PracticeData } from "../../../src/domain/sample";

/** Column accessor for a generated table, by header. */
export function table(data: PracticeData, name: TableName) {
  const { headers, rows } = data[name];
  const index = (header: string): number => {
    const i = headers.indexOf(header);
    if (i < 0) throw new Error(`${name} has no column ${header}`);
    return i;
  };
  return {
    rows,
    index,
    value: (row: readonly CellValue[], header: string): CellValue => row[index(header)] ?? "",
    num: (row: readonly CellValue[], header: string): number => Number(row[index(header)]),
    column: (header: string): CellValue[] => rows.map((r) => r[index(header)] ?? ""),
  };
}

export interface CellProblem {
  readonly table: TableName;
  readonly row: number;
  readonly header: string;
  readonly message: string;
}

/** Every cell read through the catalog (readCell), plus required cells left blank. */
export function cellProblems(data: PracticeData): CellProblem[] {
  const problems: CellProblem[] = [];
  for (const name of TABLE_NAMES) {
    const columns = CATALOG[name].columns;
    data[name].rows.forEach((row, r) => {
      columns.forEach((column, c) => {
        const read = readCell(column, row[c] ?? "");
        if (!read.ok) problems.push({ table: name, row: r, header: column.header, message: read.message });
        else if ("required" in column && column.required && read.value === null) {
          problems.push({ table: name, row: r, header: column.header, message: "required but blank" });
        }
      });
    });
  }
  return problems;
}

/** Whole cents of a dollar amount (exact comparisons of money). */
export function cents(value: CellValue): number {
  return Math.round(Number(value) * 100);
}

/** Minutes after midnight of a time-of-day fraction. */
export function minutes(value: CellValue): number {
  return Math.round(Number(value) * 1440);
}
