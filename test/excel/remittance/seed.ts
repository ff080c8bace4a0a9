import { CATALOG, type TableName, type TableSpec } from "../../../src/domain/catalog";
import type { RemittanceWorkbook } from "../../../src/domain/import";
import type { ExcelRunner } from "../../../src/excel/runner";
import { setupWorkbook } from "../../../src/excel/setup";
import { appendRows, type RowInput } from "../../../src/excel/table-io";
import { createExcelHost, type ExcelHost } from "../../../src/host";

/** Typed rows (by column key) as table-io input (by header). */
function byHeader(spec: TableSpec, row: object): RowInput {
  const input: Record<string, string | number | null> = {};
  for (const column of spec.columns) {
    if (column.formula !== undefined) continue;
    const value = (row as Record<string, string | number | null>)[column.key];
    if (value !== null && value !== undefined) input[column.header] = value;
  }
  return input;
}

export async function seedTables(run: ExcelRunner, workbook: RemittanceWorkbook): Promise<void> {
  const tables: [TableName, readonly object[]][] = [
    ["Payers", workbook.payers],
    ["Claims", workbook.claims],
    ["ClaimLines", workbook.claimLines],
    ["FeeSchedule", workbook.feeSchedule],
    ["Payments", workbook.payments],
  ];
  await run(async (context) => {
    for (const [name, rows] of tables) {
      if (rows.length > 0)
        await appendRows(
          context,
          name,
          rows.map((r) => byHeader(CATALOG[name], r)),
        );
    }
  });
}

/** A set-up workbook holding the given rows. */
export async function practiceHost(workbook: RemittanceWorkbook): Promise<ExcelHost> {
  const host = createExcelHost();
  await setupWorkbook(host.run);
  await seedTables(host.run, workbook);
  host.resetStats();
  return host;
}
