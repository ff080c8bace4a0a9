import { CATALOG, type CellValue } from "../../../src/domain/catalog";
import type { ExcelHost } from "../../../src/host";
import { columnLetters } from "../../../src/excel/table-io/address";

/**
 * Test helpers that talk to the host only through the Office.js API (what the add-in sees).
 */

/** Creates (if needed) a sheet and a table at `topLeft` with the given header row and rows. */
export async function putTable(
  host: ExcelHost,
  sheetName: string,
  tableName: string,
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[],
  topLeft = { row: 0, column: 0 },
): Promise<void> {
  await host.run(async (context) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    const sheet = existing.isNullObject ? context.workbook.worksheets.add(sheetName) : existing;
    const all = [headers, ...rows] as CellValue[][];
    const range = sheet.getRangeByIndexes(topLeft.row, topLeft.column, all.length, headers.length);
    range.values = all;
    const table = sheet.tables.add(range, true);
    table.name = tableName;
    await context.sync();
  });
}

export interface SheetContents {
  readonly address: string;
  readonly values: CellValue[][];
  readonly formulas: unknown[][];
}

/** The used range of a sheet (values and formulas), or null for an empty sheet. */
export async function sheetContents(host: ExcelHost, sheetName: string): Promise<SheetContents | null> {
  return host.run(async (context) => {
    const used = context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true);
    used.load("address,values,formulas");
    await context.sync();
    if (used.isNullObject) return null;
    return { address: used.address, values: used.values as CellValue[][], formulas: used.formulas };
  });
}

/** Values of a range given in A1 on a sheet. */
export async function rangeValues(
  host: ExcelHost,
  sheetName: string,
  address: string,
): Promise<CellValue[][]> {
  return host.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheetName).getRange(address);
    range.load("values");
    await context.sync();
    return range.values as CellValue[][];
  });
}

/** "A1:C4" for a block at row/column (0-based) of the given size. */
export function a1(row: number, column: number, rows: number, columns: number): string {
  return `${columnLetters(column)}${row + 1}:${columnLetters(column + columns - 1)}${row + rows}`;
}

/** ClaimLines' headers in catalog order: the columns of claimLineRows. */
export const CLAIM_LINE_HEADERS: readonly string[] = CATALOG.ClaimLines.columns.map((c) => c.header);

/** Deterministic ClaimLines rows in catalog column order (9 columns). */
export function claimLineRows(count: number): CellValue[][] {
  const codes = ["99213", "99214", "36415", "80053", "J1100", "G0439", "90471", "93000"];
  const rows: CellValue[][] = [];
  for (let i = 0; i < count; i++) {
    const claim = `CLM${String(Math.floor(i / 3) + 1).padStart(7, "0")}`;
    const charge = 50 + (i % 17) * 12.5;
    rows.push([
      claim,
      (i % 3) + 1,
      codes[i % codes.length] ?? "99213",
      i % 5 === 0 ? "25" : "",
      "1,2",
      1 + (i % 2),
      charge,
      charge * 0.8,
      i % 4 === 0 ? "" : charge * 0.6,
    ]);
  }
  return rows;
}
