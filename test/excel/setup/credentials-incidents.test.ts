import { CATALOG } from "../../../src/domain/catalog";
import { setupWorkbook, type SetupResult } from "../../../src/excel/setup";
import { createExcelHost, type ExcelHost } from "../../../src/host";
import { putTable, rangeValues, sheetContents } from "../table-io/helpers";

/**
 * A workbook set up before Credentials and Incidents existed, in use: Providers rows, and the
 * practice's own credentials list kept as a "Credentials" table with a Notes column of its own.
 * Set up adds Incidents and the missing Credentials columns and changes no value.
 */
async function olderWorkbook(host: ExcelHost): Promise<void> {
  await setupWorkbook(host.run);
  await host.run(async (context) => {
    for (const name of ["Credentials", "Incidents"]) context.workbook.worksheets.getItem(name).delete();
    const providers = context.workbook.tables.getItem("Providers");
    providers.rows.add(undefined, [
      ["P001", "Dr. Ada Park", "1234567893", "Family Medicine", "Mon,Tue", 0.33, 0.71, "Yes"],
    ]);
    await context.sync();
  });
  await putTable(
    host,
    "Credentials",
    "Credentials",
    ["Person ID", "Type", "Expires On", "Notes"],
    [
      ["P001", "State License", 46387, "renewal mailed"],
      ["P001", "DEA", "2027-05-31", "=1+1"],
    ],
  );
}

describe("Set up on a workbook from before Credentials and Incidents", () => {
  let host: ExcelHost;
  let result: SetupResult;
  let providersBefore: Awaited<ReturnType<typeof sheetContents>>;
  let credentialsBefore: Awaited<ReturnType<typeof sheetContents>>;

  beforeAll(async () => {
    host = createExcelHost();
    await olderWorkbook(host);
    providersBefore = await sheetContents(host, "Providers");
    credentialsBefore = await sheetContents(host, "Credentials");
    result = await setupWorkbook(host.run);
  });

  it("creates Incidents with every catalog column and keeps the existing Credentials table", () => {
    expect(result.problems).toEqual([]);
    expect(result.created.map((p) => p.table)).toEqual(["Incidents"]);
    expect(result.existing.map((p) => p.table)).toEqual(expect.arrayContaining(["Credentials", "Providers"]));
    expect(result.columnsAdded).toEqual([
      { table: "Credentials", columns: ["Number", "Issuer / State", "Payer ID", "Effective On", "Status"] },
    ]);
  });

  it("appends the missing Credentials columns after the user's own, values and formulas untouched", async () => {
    const now = await sheetContents(host, "Credentials");
    expect(now?.values[0]).toEqual([
      "Person ID",
      "Type",
      "Expires On",
      "Notes",
      "Number",
      "Issuer / State",
      "Payer ID",
      "Effective On",
      "Status",
    ]);
    credentialsBefore?.values.forEach((row, r) =>
      row.forEach((value, c) => {
        expect(now?.values[r]?.[c]).toEqual(value);
        expect(now?.formulas[r]?.[c]).toEqual(credentialsBefore?.formulas[r]?.[c]);
      }),
    );
  });

  it("leaves the other tables' rows as they were", async () => {
    expect(await sheetContents(host, "Providers")).toEqual(providersBefore);
  });

  it("gives Incidents its headers in catalog order and dropdowns for Type and Status", async () => {
    const headers = await rangeValues(host, "Incidents", "A1:K1");
    expect(headers[0]).toEqual(CATALOG.Incidents.columns.map((c) => c.header));
    const rules = await host.run(async (context) => {
      const table = context.workbook.tables.getItem("Incidents");
      const type = table.columns.getItem("Type").getDataBodyRange().dataValidation;
      const status = table.columns.getItem("Status").getDataBodyRange().dataValidation;
      type.load("rule");
      status.load("rule");
      await context.sync();
      return [type.rule.list?.source, status.rule.list?.source];
    });
    expect(rules[0]).toContain("Sharps Injury");
    expect(rules[1]).toContain("Not Reportable");
  });
});
