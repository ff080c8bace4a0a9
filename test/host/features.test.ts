import { createExcelHost } from "../../src/host";

describe("sheet features", () => {
  test("data validation rules, alerts and prompts read back; rows added to a table inherit them", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const table = sheet.tables.add("A1:B1", true);
      const status = table.columns.getItemAt(0).getDataBodyRange();
      status.dataValidation.rule = { list: { inCellDropDown: true, source: "Open,Paid" } };
      status.dataValidation.errorAlert = {
        message: "Pick a status",
        showAlert: true,
        style: "Stop",
        title: "Status",
      };
      status.dataValidation.prompt = { message: "Open or Paid", showPrompt: true, title: "Status" };
      await context.sync();
      table.rows.add(undefined, [
        ["Open", 1],
        ["Nope", 2],
      ]);
      const added = sheet.getRange("A3");
      added.dataValidation.load("type, rule, errorAlert, valid");
      const column = sheet.getRange("A2:A3");
      column.dataValidation.load("valid");
      await context.sync();
      expect(added.dataValidation.type).toBe("List");
      expect(added.dataValidation.rule).toEqual({ list: { inCellDropDown: true, source: "Open,Paid" } });
      expect(added.dataValidation.errorAlert.message).toBe("Pick a status");
      expect(column.dataValidation.valid).toBe(false);
      sheet.getRange("A2:A3").dataValidation.clear();
      added.dataValidation.load("type");
      await context.sync();
      expect(added.dataValidation.type).toBe("None");
    });
  });

  test("conditional formats: add, rule, colors, priority, count, delete", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A2:A100");
      const custom = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      custom.custom.rule.formula = "=$A2<0";
      custom.custom.format.fill.color = "red";
      const cellValue = range.conditionalFormats.add("CellValue");
      cellValue.cellValue.rule = {
        formula1: "=100",
        operator: "GreaterThan",
      };
      cellValue.cellValue.format.font.color = "#00aa00";
      custom.load("priority, type");
      cellValue.load("priority");
      const count = range.conditionalFormats.getCount();
      await context.sync();
      expect(count.value).toBe(2);
      expect(cellValue.priority).toBe(0);
      expect(custom.priority).toBe(1);
      custom.delete();
      const after = range.conditionalFormats.getCount();
      await context.sync();
      expect(after.value).toBe(1);
    });
    const cf = host.workbook.getSheet("Sheet1")?.conditionalFormats[0];
    expect(cf?.format.fontColor).toBe("#00AA00");
    expect(cf?.rule).toEqual({ formula1: "=100", operator: "GreaterThan" });
  });

  test("freeze panes, page layout, tab color, charts and selection are recorded", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B3").values = [
        ["Month", "Total"],
        ["Jan", 5],
        ["Feb", 7],
      ];
      sheet.freezePanes.freezeRows(1);
      sheet.pageLayout.orientation = "Landscape";
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.tabColor = "#1F4E79";
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns");
      chart.title.text = "Totals";
      chart.setPosition("D2", "H12");
      sheet.getRange("B2").select();
      const frozen = sheet.freezePanes.getLocationOrNullObject();
      frozen.load("address");
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      await context.sync();
      expect(frozen.address).toBe("Sheet1!1:1");
      expect(selected.address).toBe("Sheet1!B2");
    });
    const sheet = host.workbook.getSheet("Sheet1");
    expect(sheet?.pageLayout.orientation).toBe("Landscape");
    expect(sheet?.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(sheet?.tabColor).toBe("#1F4E79");
    const chart = sheet?.charts[0];
    expect(chart).toMatchObject({
      type: "ColumnClustered",
      title: "Totals",
      seriesBy: "Columns",
      startCell: "D2",
    });
    // D2 starts after 3 default columns (48 pt) and 1 default row (15 pt)
    expect([chart?.left, chart?.top]).toEqual([144, 15]);
    expect(host.workbook.getSelection().address).toBe("Sheet1!B2");
  });

  test("format properties read back; differing cells read null", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const header = sheet.getRange("A1:C1");
      header.format.font.bold = true;
      header.format.fill.color = "#DDEBF7";
      header.format.horizontalAlignment = "Center";
      sheet.getRange("A1").format.font.color = "#FF0000";
      header.format.columnWidth = 80;
      header.format.load("columnWidth, horizontalAlignment");
      header.format.font.load("bold, color");
      header.format.fill.load("color");
      await context.sync();
      expect(header.format.columnWidth).toBe(80);
      expect(header.format.horizontalAlignment).toBe("Center");
      expect(header.format.font.bold).toBe(true);
      expect(header.format.font.color).toBeNull();
      expect(header.format.fill.color).toBe("#DDEBF7");
    });
    expect(host.workbook.cell("Sheet1", 0, 1).format.bold).toBe(true);
  });

  test("clear(Contents) keeps formats, clear(Formats) keeps values", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [[1, 2]];
      sheet.getRange("A1:B1").numberFormat = [["0.00", "0.00"]];
      sheet.getRange("A1").clear("Contents");
      sheet.getRange("B1").clear("Formats");
      await context.sync();
    });
    expect(host.workbook.cell("Sheet1", 0, 0)).toMatchObject({ value: "", numberFormat: "0.00" });
    expect(host.workbook.cell("Sheet1", 0, 1)).toMatchObject({ value: 2, numberFormat: "General" });
  });
});

describe("page layout fit to pages", () => {
  it("a fit-to-pages zoom given one number takes 1 page for the other (ECMA-376 pageSetup defaults)", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").pageLayout.zoom = { horizontalFitToPages: 1 };
      await context.sync();
    });
    expect(host.workbook.getSheet("Sheet1")?.pageLayout.zoom).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 1,
    });
  });
});
