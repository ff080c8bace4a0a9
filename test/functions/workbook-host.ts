import type { CellValue } from "../../src/domain/catalog";
import { EXAMPLE_TABLES } from "../../src/functions/examples";
import { useWorkbookRunner } from "../../src/functions/workbook/functions";
import type { LiveWorkbook } from "../../src/functions/workbook/live-workbook";
import { createExcelHost, type ExcelHost } from "../../src/host";

/** Adds a sheet named like the table holding a table of these rows (first row: headers), through Office.js. */
export async function addTable(
  host: ExcelHost,
  name: string,
  rows: readonly (readonly CellValue[])[],
): Promise<void> {
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.add(name);
    const width = rows[0]?.length ?? 1;
    const range = sheet.getRangeByIndexes(0, 0, rows.length, width);
    range.values = rows.map((r) => [...r]);
    sheet.tables.add(range, true).name = name;
    await context.sync();
  });
}

/** A host holding the documented example tables, with the PM functions reading it. */
export async function exampleWorkbook(
  tables: readonly (keyof typeof EXAMPLE_TABLES)[] = Object.keys(
    EXAMPLE_TABLES,
  ) as (keyof typeof EXAMPLE_TABLES)[],
): Promise<{ host: ExcelHost; live: LiveWorkbook }> {
  const host = createExcelHost();
  for (const name of tables) await addTable(host, name, EXAMPLE_TABLES[name]);
  const live = useWorkbookRunner(host.run);
  return { host, live };
}

/** Lets queued promise callbacks and host event handlers run. */
export async function settle(host: ExcelHost): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await host.settle();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
