import { createExcelHost, type ExcelHost } from "../../src/host";
import { withCode } from "./with-code";

/** Sheet "Data" with table T (columns Id, Name; rows 1 a, 2 b), a chart, two names and two settings. */
async function workbook(): Promise<ExcelHost> {
  const host = createExcelHost();
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.add("Data");
    sheet.getRange("A1:B3").values = [
      ["Id", "Name"],
      [1, "a"],
      [2, "b"],
    ];
    sheet.tables.add("A1:B3", true).name = "T";
    sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3")).name = "Sales";
    context.workbook.names.add("First", sheet.getRange("A2"));
    context.workbook.names.add("Second", "=Data!$A$3");
    context.workbook.settings.add("alpha", 1);
    context.workbook.settings.add("beta", { on: true });
    const cf = sheet.getRange("A2:A3").conditionalFormats;
    cf.add("Custom").custom.rule.formula = "=A2>1";
    cf.add("Custom").custom.rule.formula = "=A2>2";
    await context.sync();
  });
  return host;
}

describe("collections: items, count, getCount, getItem, getItemOrNullObject", () => {
  test("load fills items with the properties asked for, in workbook order", async () => {
    const host = await workbook();
    const read = await host.run(async (context) => {
      const wb = context.workbook;
      const sheet = wb.worksheets.getItem("Data");
      const table = wb.tables.getItem("T");
      const sheets = wb.worksheets.load("items/name");
      const tables = wb.tables.load("items/name");
      const columns = table.columns.load("items/name");
      const rows = table.rows.load("items/values");
      const charts = sheet.charts.load("items/name");
      const names = wb.names.load("items/name");
      const settings = wb.settings.load("items/key, items/value");
      await context.sync();
      return {
        sheets: sheets.items.map((s) => s.name),
        tables: tables.items.map((t) => t.name),
        columns: columns.items.map((c) => c.name),
        rows: rows.items.map((r) => r.values),
        charts: charts.items.map((c) => c.name),
        names: names.items.map((n) => n.name),
        settings: settings.items.map((s) => [s.key, s.value] as const),
      };
    });
    expect(read).toEqual({
      sheets: ["Sheet1", "Data"],
      tables: ["T"],
      columns: ["Id", "Name"],
      rows: [[[1, "a"]], [[2, "b"]]],
      charts: ["Sales"],
      names: ["First", "Second"],
      settings: [
        ["alpha", 1],
        ["beta", { on: true }],
      ],
    });
  });

  test("count loads with the items where Excel has it; getCount counts every collection", async () => {
    const host = await workbook();
    const read = await host.run(async (context) => {
      const wb = context.workbook;
      const sheet = wb.worksheets.getItem("Data");
      const table = wb.tables.getItem("T");
      const tables = wb.tables.load("items/name, count");
      const columns = table.columns.load("items/name, count");
      const rows = table.rows.load("count");
      const charts = sheet.charts.load("items/name, count");
      const counts = [
        wb.worksheets.getCount(),
        wb.tables.getCount(),
        table.columns.getCount(),
        table.rows.getCount(),
        sheet.charts.getCount(),
        wb.names.getCount(),
        wb.settings.getCount(),
        sheet.getRange("A1:B3").conditionalFormats.getCount(),
        sheet.names.getCount(),
      ];
      await context.sync();
      return {
        count: [tables.count, columns.count, rows.count, charts.count],
        getCount: counts.map((c) => c.value),
      };
    });
    expect(read).toEqual({ count: [1, 2, 2, 1], getCount: [2, 1, 2, 2, 1, 2, 2, 2, 0] });
  });

  test("items before load + sync throw PropertyNotLoaded", async () => {
    const host = await workbook();
    await host.run(async (context) => {
      const wb = context.workbook;
      const table = wb.tables.getItem("T");
      const sheet = wb.worksheets.getItem("Data");
      const collections = [
        wb.worksheets,
        wb.tables,
        table.columns,
        table.rows,
        sheet.charts,
        wb.names,
        wb.settings,
        sheet.getRange("A1").conditionalFormats,
      ];
      for (const collection of collections) {
        expect(() => collection.items).toThrow(withCode("PropertyNotLoaded"));
      }
      await context.sync();
    });
  });

  test("getItemOrNullObject: null for a missing item (its properties throw), bound for an existing one", async () => {
    const host = await workbook();
    await host.run(async (context) => {
      const wb = context.workbook;
      const table = wb.tables.getItem("T");
      const charts = wb.worksheets.getItem("Data").charts;
      const missingSheet = wb.worksheets.getItemOrNullObject("Nope");
      const missingSetting = wb.settings.getItemOrNullObject("Nope");
      const missing = [
        missingSheet,
        wb.tables.getItemOrNullObject("Nope"),
        table.columns.getItemOrNullObject("Nope"),
        charts.getItemOrNullObject("Nope"),
        wb.names.getItemOrNullObject("Nope"),
        missingSetting,
      ];
      const found = {
        sheet: wb.worksheets.getItemOrNullObject("data").load("name"),
        table: wb.tables.getItemOrNullObject("t").load("name"),
        column: table.columns.getItemOrNullObject("name").load("name, index"),
        chart: charts.getItemOrNullObject("sales").load("name"),
        name: wb.names.getItemOrNullObject("second").load("name, formula"),
        setting: wb.settings.getItemOrNullObject("beta").load("key, value"),
      };
      await context.sync();
      expect(missing.map((item) => item.isNullObject)).toEqual([true, true, true, true, true, true]);
      expect(() => missingSheet.name).toThrow(withCode("InvalidObjectPath"));
      expect(() => missingSetting.value as unknown).toThrow(withCode("InvalidObjectPath"));
      expect(Object.values(found).map((f) => f.isNullObject)).toEqual([
        false,
        false,
        false,
        false,
        false,
        false,
      ]);
      expect([found.sheet.name, found.table.name, found.column.name, found.column.index]).toEqual([
        "Data",
        "T",
        "Name",
        1,
      ]);
      expect([found.chart.name, found.name.name, found.name.formula]).toEqual([
        "Sales",
        "Second",
        "=Data!$A$3",
      ]);
      expect([found.setting.key, found.setting.value]).toEqual(["beta", { on: true }]);
    });
  });

  test.each([
    ["worksheet", (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Nope")],
    ["table", (c: Excel.RequestContext) => c.workbook.tables.getItem("Nope")],
    ["table by index", (c: Excel.RequestContext) => c.workbook.tables.getItemAt(5)],
    ["column", (c: Excel.RequestContext) => c.workbook.tables.getItem("T").columns.getItem("Nope")],
    ["column by index", (c: Excel.RequestContext) => c.workbook.tables.getItem("T").columns.getItemAt(2)],
    ["chart", (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Data").charts.getItem("Nope")],
    ["name", (c: Excel.RequestContext) => c.workbook.names.getItem("Nope")],
    ["setting", (c: Excel.RequestContext) => c.workbook.settings.getItem("Nope")],
    [
      "conditional format by index",
      (c: Excel.RequestContext) =>
        c.workbook.worksheets.getItem("Data").getRange("A1").conditionalFormats.getItemAt(2),
    ],
  ])("getItem of a missing %s fails the sync with ItemNotFound", async (_what, get) => {
    const host = await workbook();
    await host.run(async (context) => {
      get(context);
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  test("getItemAt returns the item at that position", async () => {
    const host = await workbook();
    const read = await host.run(async (context) => {
      const wb = context.workbook;
      const table = wb.tables.getItemAt(0).load("name");
      const column = wb.tables.getItem("T").columns.getItemAt(1).load("name");
      const row = wb.tables.getItem("T").rows.getItemAt(1).load("values, index");
      const chart = wb.worksheets.getItem("Data").charts.getItemAt(0).load("name");
      const cf = wb.worksheets.getItem("Data").getRange("A2").conditionalFormats.getItemAt(0);
      const rule = cf.custom.rule.load("formula");
      await context.sync();
      return [table.name, column.name, row.values, row.index, chart.name, rule.formula];
    });
    // Conditional formats come highest priority first: the one added last.
    expect(read).toEqual(["T", "Name", [[2, "b"]], 1, "Sales", "=A2>2"]);
  });
});
