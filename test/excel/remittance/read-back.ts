import { CATALOG } from "../../../src/domain/catalog";
import type { ExcelHost } from "../../../src/host";
import { readTables, type TableData } from "../../../src/excel/table-io";

/** The posted tables as typed rows, read the way the add-in reads them. */
export async function readBack(host: ExcelHost) {
  const tables = await host.run((context) =>
    readTables(context, ["Payers", "Claims", "ClaimLines", "Payments"] as const),
  );
  const table = (name: "Payers" | "Claims" | "ClaimLines" | "Payments"): TableData<typeof name> => {
    const data = tables.get(name);
    if (!data) throw new Error(`no ${name}`);
    return data;
  };
  return {
    tables: {
      Payers: table("Payers"),
      Claims: table("Claims"),
      ClaimLines: table("ClaimLines"),
      Payments: table("Payments"),
    },
    payers: table("Payers").typedRows(CATALOG.Payers),
    claims: table("Claims").typedRows(CATALOG.Claims),
    claimLines: table("ClaimLines").typedRows(CATALOG.ClaimLines),
    payments: table("Payments").typedRows(CATALOG.Payments),
  };
}

/** The host's view of one cell given as "'Sheet'!A1" or "Sheet!A1". */
export function cellView(host: ExcelHost, qualified: string) {
  const at = qualified.lastIndexOf("!");
  const sheet = qualified
    .slice(0, at)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return host.workbook.cellAt(sheet, qualified.slice(at + 1));
}
