import { TABLE_SPECS } from "../../../src/domain/catalog";
import { createExcelHost, type ExcelHost } from "../../../src/host";
import { setupWorkbook, type SetupResult } from "../../../src/excel/setup";
import { putTable, rangeValues, sheetContents, type SheetContents } from "../table-io/helpers";

/**
 * A workbook a practice already uses: a Providers table with columns reordered, a user column, user
 * rows and missing catalog columns (placed at C3, not A1); a Vendors table with data right next to it;
 * a "Claims" sheet with the user's own notes and no table; a defined name "Budget"; everything else missing.
 */
async function userWorkbook(host: ExcelHost): Promise<void> {
  await putTable(
    host,
    "Providers",
    "Providers",
    ["Name", "Provider ID", "My Notes", "NPI", "Specialty"],
    [
      ["Dr. Ada Lovelace", "P001", "prefers mornings", "1234567893", "Family Medicine"],
      ["Dr. Bo Chen", "P002", "=1+1", "", "Pediatrics"],
    ],
    { row: 2, column: 2 },
  );
  await putTable(
    host,
    "Vendors",
    "Vendors",
    ["Vendor ID", "Name", "Contact", "Email", "Phone"],
    [["V001", "Acme Medical", "Jo", "jo@acme.test", "555-0100"]],
  );
  await host.run(async (context) => {
    const vendors = context.workbook.worksheets.getItem("Vendors");
    vendors.getRange("F2").values = [["call before ordering"]]; // right next to the table
    const providers = context.workbook.worksheets.getItem("Providers");
    providers.getRange("A20").values = [["staff meeting Tuesdays"]];
    const claims = context.workbook.worksheets.add("Claims");
    claims.getRange("A1:B2").values = [
      ["My claim notes", ""],
      ["CLM1", "call payer"],
    ];
    context.workbook.names.add("Budget", "=Providers!$A$20");
    await context.sync();
  });
}

const USER_SHEETS = ["Providers", "Vendors", "Claims"];

async function contentsOf(host: ExcelHost): Promise<Map<string, SheetContents | null>> {
  const map = new Map<string, SheetContents | null>();
  for (const sheet of USER_SHEETS) map.set(sheet, await sheetContents(host, sheet));
  return map;
}

describe("setupWorkbook over a workbook in use", () => {
  let host: ExcelHost;
  let before: Map<string, SheetContents | null>;
  let result: SetupResult;

  beforeAll(async () => {
    host = createExcelHost();
    await userWorkbook(host);
    before = await contentsOf(host);
    result = await setupWorkbook(host.run);
  });

  test("every cell the user wrote is still there, value and formula", async () => {
    for (const sheet of USER_SHEETS) {
      const old = before.get(sheet);
      if (!old) throw new Error(`${sheet} had no content`);
      const local = old.address.split("!")[1] ?? "";
      const now = await host.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange(local);
        range.load("values,formulas");
        await context.sync();
        return { values: range.values, formulas: range.formulas };
      });
      old.values.forEach((row, r) =>
        row.forEach((value, c) => {
          expect([sheet, r, c, now.values[r]?.[c]]).toEqual([sheet, r, c, value]);
          expect([sheet, r, c, now.formulas[r]?.[c]]).toEqual([sheet, r, c, old.formulas[r]?.[c]]);
        }),
      );
    }
  });

  test("existing Providers keeps its order, rows and user column; missing columns appended at the end", async () => {
    expect(result.existing).toContainEqual({ table: "Providers", sheet: "Providers" });
    expect(result.columnsAdded).toContainEqual({
      table: "Providers",
      columns: ["Work Days", "Day Start", "Day End", "Active"],
    });
    // Table at C3: headers C3:K3, rows 4-5
    expect(await rangeValues(host, "Providers", "C3:K5")).toEqual([
      ["Name", "Provider ID", "My Notes", "NPI", "Specialty", "Work Days", "Day Start", "Day End", "Active"],
      ["Dr. Ada Lovelace", "P001", "prefers mornings", 1234567893, "Family Medicine", "", "", "", ""], // typed into General: a number
      ["Dr. Bo Chen", "P002", 2, "", "Pediatrics", "", "", "", ""],
    ]);
  });

  test("new columns get formats and validation; existing catalog columns get what they lacked", async () => {
    const formats = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Providers");
      const npi = sheet.getRange("F4:F5");
      const dayStart = sheet.getRange("I4:I5");
      const active = sheet.getRange("K4:K5");
      npi.load("numberFormat");
      npi.dataValidation.load("type");
      dayStart.load("numberFormat");
      active.dataValidation.load("rule");
      await context.sync();
      return {
        npi: npi.numberFormat,
        npiRule: npi.dataValidation.type,
        dayStart: dayStart.numberFormat,
        active: active.dataValidation.rule,
      };
    });
    // NPI was left in General: Set up gives it the text format (values stay, see above). The catalog
    // has no Excel validation for NPI (Validate checks its digits), so none is added.
    expect(formats.npi).toEqual([["@"], ["@"]]);
    expect(formats.npiRule).toBe("None");
    expect(formats.dayStart).toEqual([["h:mm AM/PM"], ["h:mm AM/PM"]]);
    expect(formats.active.list?.source).toBe("Yes,No");
  });

  test("a sheet with the user's content is left alone: Claims goes to 'Claims (2)'", async () => {
    expect(result.created).toContainEqual({ table: "Claims", sheet: "Claims (2)" });
    expect(result.placedOnOtherSheet).toEqual([{ table: "Claims", wanted: "Claims", used: "Claims (2)" }]);
    const headers = await rangeValues(host, "Claims (2)", "A1:B1");
    expect(headers).toEqual([["Claim ID", "Patient Ref"]]);
  });

  test("columns that would cover the user's cells are not added, and setup says why", async () => {
    expect(result.existing).toContainEqual({ table: "Vendors", sheet: "Vendors" });
    expect(result.columnsAdded.find((c) => c.table === "Vendors")).toBeUndefined();
    const problem = result.problems.find((p) => p.table === "Vendors");
    expect(problem?.code).toBe("ColumnsBlocked");
    expect(problem?.message).toContain("Category");
    expect(await rangeValues(host, "Vendors", "F2")).toEqual([["call before ordering"]]);
  });

  test("a defined name in the way is reported, not replaced", async () => {
    const problem = result.problems.find((p) => p.table === "Budget");
    expect(problem?.code).toBe("NameTaken");
    expect(result.created.find((c) => c.table === "Budget")).toBeUndefined();
    const formula = await host.run(async (context) => {
      const name = context.workbook.names.getItem("Budget");
      name.load("formula");
      await context.sync();
      return name.formula as unknown;
    });
    expect(formula).toBe("=Providers!$A$20");
  });

  test("missing tables are created; everything is accounted for exactly once", () => {
    expect(result.created).toContainEqual({ table: "Staff", sheet: "Staff" });
    const accounted = [
      ...result.created.map((c) => c.table),
      ...result.existing.map((e) => e.table),
      ...result.problems.filter((p) => p.code === "NameTaken").map((p) => p.table),
    ].sort();
    expect(accounted).toEqual(TABLE_SPECS.map((s) => s.name).sort());
  });

  test("running setup again changes nothing", async () => {
    const snapshot = host.snapshot();
    const again = await setupWorkbook(host.run);
    expect(host.snapshot()).toBe(snapshot);
    expect(again.created).toEqual([]);
    expect(again.columnsAdded).toEqual([]);
  });
});

const CLAIMS_WITHOUT_BALANCE =
  TABLE_SPECS.find((s) => s.name === "Claims")
    ?.columns.map((c) => c.header)
    .filter((h) => h !== "Balance") ?? [];

describe("setupWorkbook adds a missing calculated column to an existing table", () => {
  test("Balance is appended and calculated on every existing row, as currency", async () => {
    const host = createExcelHost();
    const headers = CLAIMS_WITHOUT_BALANCE;
    const row = (id: string, charge: number, paid: number, adjustment: number) =>
      headers.map((h) =>
        h === "Claim ID"
          ? id
          : h === "Total Charge"
            ? charge
            : h === "Paid"
              ? paid
              : h === "Adjustment"
                ? adjustment
                : "",
      );
    await putTable(host, "Claims", "Claims", headers, [
      row("C1", 200, 120, 30),
      row("C2", 80, 0, 0),
      row("C3", 50, 50, 0),
    ]);
    const result = await setupWorkbook(host.run);
    expect(result.columnsAdded).toContainEqual({ table: "Claims", columns: ["Balance"] });
    const balance = await host.run(async (context) => {
      const body = context.workbook.tables.getItem("Claims").columns.getItem("Balance").getDataBodyRange();
      body.load("values,numberFormat");
      await context.sync();
      return { values: body.values, numberFormat: body.numberFormat };
    });
    // Total Charge - Paid - Adjustment: 200-120-30 = 50, 80-0-0 = 80, 50-50-0 = 0
    expect(balance.values).toEqual([[50], [80], [0]]);
    expect(balance.numberFormat).toEqual([["$#,##0.00"], ["$#,##0.00"], ["$#,##0.00"]]);
  });
});
