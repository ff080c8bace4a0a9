/** A host workbook with catalog tables written straight through the Excel API (header at A1 of each sheet). */
import {
  CATALOG,
  TABLE_NAMES,
  columnSpec,
  type CellValue,
  type TableName,
} from "../../../src/domain/catalog";
import type { RawWorkbook } from "../../../src/domain/rules";
import { createExcelHost, type ExcelHost } from "../../../src/host";

/**
 * Each table on its own sheet named like the catalog's (one sync per table). ID and text columns are formatted "@" so codes
 * like 0042T or 25 stay text, as setup formats them; calculated columns get their catalog formula.
 */
export async function hostWith(
  workbook: RawWorkbook,
  host: ExcelHost = createExcelHost(),
): Promise<ExcelHost> {
  await host.run(async (context) => {
    for (const name of TABLE_NAMES) {
      const table = workbook[name];
      if (!table) continue;
      const specs = table.headers.map((h) => columnSpec(CATALOG[name], h));
      const rows = table.rows.length > 0 ? table.rows : [table.headers.map(() => "")];
      const body = rows.map((row) => table.headers.map((_, j) => specs[j]?.formula ?? row[j] ?? ""));
      const sheet = context.workbook.worksheets.add(CATALOG[name].sheet);
      const range = sheet.getRangeByIndexes(0, 0, body.length + 1, table.headers.length);
      range.numberFormat = [
        table.headers.map(() => "General"),
        ...body.map(() => specs.map((s) => (s?.kind === "id" || s?.kind === "text" ? "@" : "General"))),
      ];
      range.values = [[...table.headers], ...body] as CellValue[][];
      sheet.tables.add(range, true).name = name;
      await context.sync(); // a table per request keeps a mid-size practice under the 5 MB limit
    }
  });
  host.resetStats();
  return host;
}

/** Our marks as the host stores them: "Sheet!A1:B2 error" per conditional format with our rule. */
export function marksOf(host: ExcelHost): string[] {
  const out: string[] = [];
  for (const sheet of host.workbook.sheets()) {
    for (const cf of sheet.conditionalFormats) {
      const formula = cf.rule["formula"] ?? "";
      const severity = /validation error/.test(formula)
        ? "error"
        : /validation warning/.test(formula)
          ? "warning"
          : null;
      if (severity === null) continue;
      for (const r of cf.rects)
        out.push(
          `${sheet.name}!${cellName(r.r0, r.c0)}${r.r0 === r.r1 && r.c0 === r.c1 ? "" : `:${cellName(r.r1, r.c1)}`} ${severity} ${cf.format.fillColor ?? ""}`,
        );
    }
  }
  return out.sort();
}

function cellName(row: number, col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

/** Every cell value of every sheet (what the user typed must never change). */
export function allValues(host: ExcelHost): string {
  return JSON.stringify(
    host.workbook.sheets().map((sheet) => {
      const used = host.workbook.usedRange(sheet.name);
      return [sheet.name, used ? host.workbook.values(sheet.name, used.split("!").pop() ?? "A1") : []];
    }),
  );
}

export function headerIndex(name: TableName, header: string): number {
  return CATALOG[name].columns.findIndex((c) => c.header === header);
}

/** The severity of our mark covering a cell (0-based sheet row and column), or null. */
export function markAt(
  host: ExcelHost,
  sheetName: string,
  row: number,
  col: number,
): "error" | "warning" | null {
  const sheet = host.workbook.getSheet(sheetName);
  for (const cf of sheet?.conditionalFormats ?? []) {
    const formula = cf.rule["formula"] ?? "";
    const severity = /validation error/.test(formula)
      ? "error"
      : /validation warning/.test(formula)
        ? "warning"
        : null;
    if (severity && cf.rects.some((r) => r.r0 <= row && row <= r.r1 && r.c0 <= col && col <= r.c1))
      return severity;
  }
  return null;
}
