/** A host workbook set up from the catalog and filled with typed rows (e.g. the hand-computed fixture). */
import { CATALOG, TABLE_NAMES, type CellValue, type ColumnSpec } from "../../../src/domain/catalog";
import type { SummaryTables } from "../../../src/domain/summaries/inputs";
import { createExcelHost, type ExcelHost } from "../../../src/host";

/**
 * Tables written straight through the Excel API (one sheet per table, header at A1), so these tests
 * depend on the summaries code and the host only. Calculated columns (Claims Balance) stay blank.
 */
export async function workbookWith(tables: SummaryTables): Promise<ExcelHost> {
  const host = createExcelHost();
  await host.run(async (context) => {
    for (const name of TABLE_NAMES) {
      const rows = tables[name];
      if (!rows) continue;
      const columns: readonly ColumnSpec[] = CATALOG[name].columns;
      const block: CellValue[][] = [
        columns.map((c) => c.header),
        ...rows.map((r) =>
          columns.map((c) =>
            c.formula === undefined ? ((r as Record<string, CellValue | null>)[c.key] ?? "") : "",
          ),
        ),
      ];
      const sheet = context.workbook.worksheets.add(CATALOG[name].sheet);
      const range = sheet.getRangeByIndexes(0, 0, Math.max(2, block.length), columns.length);
      if (block.length === 1) block.push(columns.map(() => ""));
      range.numberFormat = block.map((line, i) =>
        line.map((_, j) => (i > 0 && columns[j]?.kind === "id" ? "@" : "General")),
      );
      range.values = block;
      sheet.tables.add(range, true).name = name;
    }
    await context.sync();
  });
  host.resetStats();
  return host;
}

/** The workbook snapshot without the given sheets: what a refresh must leave exactly as it was. */
export function snapshotExcept(host: ExcelHost, sheets: readonly string[]): string {
  const skip = new Set(sheets.map((s) => s.toLowerCase()));
  const state = JSON.parse(host.snapshot()) as {
    sheets: { name: string }[];
    names: unknown;
    settings: unknown;
  };
  const { names: _names, settings: _settings, ...rest } = state;
  return JSON.stringify({ ...rest, sheets: state.sheets.filter((s) => !skip.has(s.name.toLowerCase())) });
}
