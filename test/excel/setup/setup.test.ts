import { CATALOG, TABLE_SPECS } from "../../../src/domain/catalog";
import { createExcelHost, type ExcelHost } from "../../../src/host";
import { setupWorkbook } from "../../../src/excel/setup";
import type { Progress } from "../../../src/excel/progress";
import { MAX_REQUEST_BYTES } from "../../../src/excel/table-io";

async function tableInfo(host: ExcelHost, name: string) {
  return host.run(async (context) => {
    const table = context.workbook.tables.getItem(name);
    table.load("name,style,showBandedRows");
    const sheet = table.worksheet;
    sheet.load("name");
    const header = table.getHeaderRowRange();
    header.load("values,address");
    const frozen = sheet.freezePanes.getLocationOrNullObject();
    frozen.load("address");
    await context.sync();
    return {
      sheet: sheet.name,
      style: table.style,
      banded: table.showBandedRows,
      headers: header.values[0] as string[],
      headerAddress: header.address,
      frozen: frozen.isNullObject ? null : frozen.address,
    };
  });
}

/** Number format, formula and validation of the first data cell under a header. */
async function columnBody(host: ExcelHost, table: string, header: string) {
  return host.run(async (context) => {
    const body = context.workbook.tables.getItem(table).columns.getItem(header).getDataBodyRange();
    body.load("numberFormat,formulas,rowCount");
    body.dataValidation.load("rule,errorAlert,prompt,type");
    const width = context.workbook.tables.getItem(table).columns.getItem(header).getHeaderRowRange().format;
    width.load("columnWidth");
    await context.sync();
    return {
      rows: body.rowCount,
      numberFormat: body.numberFormat[0]?.[0] as string,
      formula: body.formulas[0]?.[0] as unknown,
      validation: { type: body.dataValidation.type, rule: body.dataValidation.rule },
      errorAlert: body.dataValidation.errorAlert,
      prompt: body.dataValidation.prompt,
      width: width.columnWidth,
    };
  });
}

async function setting(host: ExcelHost, key: string): Promise<unknown> {
  return host.run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(key);
    item.load("value");
    await context.sync();
    return item.isNullObject ? undefined : (item.value as unknown);
  });
}

async function sheetNames(host: ExcelHost): Promise<string[]> {
  return host.run(async (context) => {
    context.workbook.worksheets.load("items/name");
    await context.sync();
    return context.workbook.worksheets.items.map((w) => w.name);
  });
}

describe("setupWorkbook on an empty workbook", () => {
  let host: ExcelHost;
  const progress: Progress[] = [];
  let result: Awaited<ReturnType<typeof setupWorkbook>>;

  beforeAll(async () => {
    host = createExcelHost();
    result = await setupWorkbook(host.run, { onProgress: (p) => progress.push(p) });
  });

  test("creates every catalog table on its sheet, in catalog order", async () => {
    expect(result.created.map((c) => c.table)).toEqual(TABLE_SPECS.map((s) => s.name));
    expect(result.existing).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.placedOnOtherSheet).toEqual([]);
    const names = await sheetNames(host);
    const catalogSheets = TABLE_SPECS.map((s) => s.sheet);
    expect(names.filter((n) => catalogSheets.includes(n))).toEqual(catalogSheets);
  });

  test("headers in catalog order from A1, styled and banded, header row frozen", async () => {
    for (const spec of TABLE_SPECS) {
      const info = await tableInfo(host, spec.name);
      expect(info.sheet).toBe(spec.sheet);
      expect(info.headers).toEqual(spec.columns.map((c) => c.header));
      expect(info.headerAddress.split("!")[1]?.startsWith("A1:")).toBe(true);
      expect(info.style).toBe("TableStyleMedium2");
      expect(info.banded).toBe(true);
      expect(info.frozen?.split("!")[1]).toMatch(/^\$?1:\$?1$/); // row 1
    }
  });

  test("number formats per column kind", async () => {
    expect((await columnBody(host, "Claims", "Service Date")).numberFormat).toBe("yyyy-mm-dd");
    expect((await columnBody(host, "Claims", "Total Charge")).numberFormat).toBe("$#,##0.00");
    expect((await columnBody(host, "Claims", "Claim ID")).numberFormat).toBe("@");
    expect((await columnBody(host, "Budget", "Month")).numberFormat).toBe("mmm yyyy");
    expect((await columnBody(host, "Appointments", "Start")).numberFormat).toBe("h:mm AM/PM");
    expect((await columnBody(host, "ClaimLines", "Units")).numberFormat).toBe("0");
  });

  test("column widths from the catalog (characters to points)", async () => {
    // Claims "Diagnosis Codes" is 20 characters: (20 * 7 + 5) * 0.75 = 108.75 points
    expect((await columnBody(host, "Claims", "Diagnosis Codes")).width).toBe(108.75);
  });

  test("validation: lists, references, dates, minimums; with prompts from the description", async () => {
    const status = await columnBody(host, "Claims", "Status");
    expect(status.validation.rule.list?.source).toBe(
      "Draft,Submitted,Accepted,Rejected,Denied,Partially Paid,Paid,Appealed,Closed",
    );
    expect(status.errorAlert.style).toBe("Stop");
    expect(status.prompt.message).toBe("Where the claim stands.");

    const provider = await columnBody(host, "Appointments", "Provider ID");
    expect(provider.validation.rule.list?.source).toBe('=INDIRECT("Providers[Provider ID]")');

    const date = await columnBody(host, "Payments", "Received On");
    expect(date.validation.rule.date?.operator).toBe("GreaterThanOrEqualTo");

    const onHand = await columnBody(host, "Inventory", "On Hand");
    expect(onHand.validation.rule.wholeNumber).toMatchObject({ operator: "GreaterThanOrEqualTo" });
    expect(Number(onHand.validation.rule.wholeNumber?.formula1)).toBe(0);

    const charge = await columnBody(host, "ClaimLines", "Charge");
    expect(charge.validation.rule.decimal).toMatchObject({ operator: "GreaterThanOrEqualTo" });
    expect(charge.errorAlert.message).toBe("Charge must be a number of 0 or more.");
  });

  test("Claims Balance is a calculated column on the data body", async () => {
    const balance = await columnBody(host, "Claims", "Balance");
    expect(balance.formula).toBe(CATALOG.Claims.columns.find((c) => c.header === "Balance")?.formula);
  });

  test("tags the document: task pane opens with it, schema version recorded", async () => {
    expect(await setting(host, "Office.AutoShowTaskpaneWithDocument")).toBe(true);
    expect(await setting(host, "PM.SchemaVersion")).toBe(1);
  });

  test("progress after each table, ending at the total", () => {
    expect(progress.length).toBe(TABLE_SPECS.length + 1);
    expect(progress[progress.length - 1]).toMatchObject({
      done: TABLE_SPECS.length + 1,
      total: TABLE_SPECS.length + 1,
    });
    const dones = progress.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
  });

  test("batched: a handful of syncs, every request within 4 MB", async () => {
    const fresh = createExcelHost();
    await setupWorkbook(fresh.run);
    expect(fresh.stats.syncs).toBeLessThanOrEqual(5);
    expect(fresh.stats.maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  });

  test("running setup again changes nothing and reports everything as existing", async () => {
    const before = host.snapshot();
    const again = await setupWorkbook(host.run);
    expect(host.snapshot()).toBe(before);
    expect(again.created).toEqual([]);
    expect(again.columnsAdded).toEqual([]);
    expect(again.existing.map((e) => e.table)).toEqual(TABLE_SPECS.map((s) => s.name));
  });
});
