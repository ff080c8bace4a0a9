/**
 * Reading the standalone app the way a user does: the grid's cells as displayed (scrolled into view
 * like dragging the scroll bars), the sheet tabs, and the workbook as saved by "Save .xlsx" (read with
 * exceljs, to pick claims to pay and to check every column of appended rows).
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ROW_HEIGHT } from "../../../src/app/grid/geometry";
import { RESULTS } from "../browser";

export async function showSheet(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.waitForFunction(
    (sheet) => document.querySelector(".pm-grid")?.getAttribute("data-sheet") === sheet,
    name,
  );
}

/**
 * The text the grid shows in a cell (0-based row and column of the sheet). Scrolls the grid until the
 * cell is drawn: rows straight to the place, columns half a screen at a time.
 */
export async function gridText(page: Page, row: number, col: number): Promise<string> {
  const handle = await page.waitForFunction(
    ({ row, col, rowHeight }) => {
      const grid = document.querySelector<HTMLElement>(".pm-grid");
      if (!grid) return null;
      const cell = document.getElementById(`pm-cell-${row}-${col}`);
      // An object: an empty cell's "" would read as "not yet" to waitForFunction.
      if (cell) return { text: cell.textContent ?? "" };
      const top = Math.max(0, (row - 5) * rowHeight);
      if (Math.abs(grid.scrollTop - top) > rowHeight * 3) grid.scrollTop = top;
      const drawn = [...grid.querySelectorAll<HTMLElement>(`[id^="pm-cell-"]`)]
        .map((e) => Number(e.id.split("-")[3]))
        .filter((c) => Number.isFinite(c));
      if (drawn.length > 0 && col > Math.max(...drawn)) grid.scrollLeft += grid.clientWidth / 2;
      if (drawn.length > 0 && col < Math.min(...drawn)) grid.scrollLeft -= grid.clientWidth / 2;
      return null;
    },
    { row, col, rowHeight: ROW_HEIGHT },
    { polling: 50 },
  );
  return (await handle.jsonValue())?.text ?? "";
}

/** Texts of several columns of one row, keyed by the column index. */
export async function gridRow(page: Page, row: number, cols: readonly number[]): Promise<string[]> {
  const texts: string[] = [];
  for (const col of [...cols].sort((a, b) => a - b)) texts[col] = await gridText(page, row, col);
  return cols.map((c) => texts[c] ?? "");
}

/** Back to the top left corner of the sheet (scroll bars only; the selection stays). */
export async function scrollHome(page: Page): Promise<void> {
  await page.evaluate(() => {
    const grid = document.querySelector<HTMLElement>(".pm-grid");
    if (grid) {
      grid.scrollTop = 0;
      grid.scrollLeft = 0;
    }
  });
}

/** "$1,234.50" or "-$5.00" (or "($5.00)") -> cents. */
export function centsOf(text: string): number {
  const negative = /^-|^\(/.test(text.trim());
  const digits = text.replace(/[^0-9.]/g, "");
  if (digits === "") throw new Error(`Not an amount: "${text}"`);
  const cents = Math.round(Number(digits) * 100);
  return negative ? -cents : cents;
}

export type CellData = string | number | boolean | null;

/** A table of the saved workbook: headers, and per row the sheet row (0-based) and values by header. */
export interface SavedTable {
  readonly headers: readonly string[];
  readonly rows: readonly {
    readonly sheetRow: number;
    readonly values: Readonly<Record<string, CellData>>;
  }[];
}

function plain(value: ExcelJS.CellValue): CellData {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  // exceljs turns date-formatted numbers into UTC Dates: back to the Excel serial the cell holds.
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  if (typeof value === "object" && "result" in value) return plain(value.result);
  if (typeof value === "object" && "richText" in value) return value.richText.map((t) => t.text).join("");
  if (typeof value === "object" && "error" in value) return value.error;
  // Hyperlinks and formulas without a cached result: the spec never reads those.
  return JSON.stringify(value);
}

export class SavedWorkbook {
  private constructor(private readonly workbook: ExcelJS.Workbook) {}

  /** Clicks Save .xlsx, keeps the download as test-results/<name> and reads it back. */
  static async save(page: Page, name: string): Promise<SavedWorkbook> {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save .xlsx" }).click(),
    ]);
    const file = join(RESULTS, name);
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    return new SavedWorkbook(workbook);
  }

  /** The rows of the Excel table `table` on sheet `sheet` (header row and data rows, by the table's range). */
  table(sheet: string, table: string): SavedTable {
    const worksheet = this.workbook.getWorksheet(sheet);
    if (!worksheet) throw new Error(`No sheet ${sheet} in the saved workbook`);
    // exceljs keeps the loaded table model under .table (ref "A1:P1481", columns by name).
    const model = (worksheet.getTable(table) as unknown as { table: { tableRef?: string; ref?: string } })
      .table;
    const ref = model.tableRef ?? model.ref ?? "";
    const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
    if (!match || match[1] !== "A") throw new Error(`Table ${table} does not start in column A (${ref})`);
    const firstRow = Number(match[2]);
    const lastRow = Number(match[4]);
    const header = worksheet.getRow(firstRow);
    const headers: string[] = [];
    header.eachCell({ includeEmpty: false }, (cell, col) => (headers[col - 1] = String(plain(cell.value))));
    const rows: SavedTable["rows"][number][] = [];
    for (let r = firstRow + 1; r <= lastRow; r++) {
      const values: Record<string, CellData> = {};
      headers.forEach((h, i) => (values[h] = plain(worksheet.getCell(r, i + 1).value)));
      rows.push({ sheetRow: r - 1, values });
    }
    return { headers, rows };
  }
}
