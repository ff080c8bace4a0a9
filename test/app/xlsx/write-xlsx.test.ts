/**
 * The writer: values of every kind, formats, layout and validation as another program (exceljs) and
 * the app itself read them back, written compactly (one style entry per distinct format, validation
 * as ranges).
 */
import ExcelJS from "exceljs";
import { readXlsx } from "../../../src/app/xlsx/read-xlsx";
import { writeXlsx } from "../../../src/app/xlsx/write-xlsx";
import { attrOf, childOf, childrenOf, parseXml } from "../../../src/app/xlsx/xml/mini-xml";
import { ZipReader } from "../../../src/app/xlsx/zip/zip-reader";
import { createExcelHost, type ExcelHost } from "../../../src/host";

async function saved(host: ExcelHost) {
  const { bytes, notes } = await writeXlsx(host.workbook);
  const exceljs = new ExcelJS.Workbook();
  await exceljs.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return { bytes, notes, exceljs, reopened: (await readXlsx(bytes)).model };
}

describe("values", () => {
  let host: ExcelHost;
  let file: Awaited<ReturnType<typeof saved>>;
  beforeAll(async () => {
    host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A6").values = [
        ["  spaced  "],
        ["line 1\r\nline 2"],
        ["bell\u0007"],
        ["_x0041_ stays literal"],
        ["'=not a formula"],
        ["😀 émoji & <tags>"],
      ];
      sheet.getRange("B1:B8").formulas = [
        [1e-20],
        [123456789.125],
        [true],
        ["=1/0"],
        ['="a"&"b"'],
        ["=1>0"],
        ['=""'],
        ['="bell"&CHAR(7)'],
      ];
      await context.sync();
    });
    file = await saved(host);
  });

  it("come back from the app's own reader exactly", () => {
    expect(file.reopened.values("Sheet1", "A1:B8")).toEqual([
      ["  spaced  ", 1e-20],
      ["line 1\r\nline 2", 123456789.125],
      ["bell\u0007", true],
      ["_x0041_ stays literal", "#DIV/0!"],
      ["=not a formula", "ab"],
      ["😀 émoji & <tags>", true],
      ["", ""],
      ["", "bell\u0007"],
    ]);
    expect(file.reopened.cellAt("Sheet1", "B4")).toMatchObject({ formula: "=1/0", valueType: "Error" });
    expect(file.reopened.cellAt("Sheet1", "A5").formula).toBeNull();
  });

  it("are read by another program, formulas with their cached results", () => {
    const sheet = file.exceljs.getWorksheet("Sheet1")!;
    expect(sheet.getCell("A1").value).toBe("  spaced  ");
    expect(sheet.getCell("A2").value).toBe("line 1\r\nline 2");
    expect(sheet.getCell("A5").value).toBe("=not a formula");
    expect(sheet.getCell("B2").value).toBe(123456789.125);
    expect(sheet.getCell("B3").value).toBe(true);
    expect(sheet.getCell("B4").value).toEqual({ formula: "1/0", result: { error: "#DIV/0!" } });
    expect(sheet.getCell("B5").value).toEqual({ formula: '"a"&"b"', result: "ab" });
    expect(sheet.getCell("B6").value).toEqual({ formula: "1>0", result: true });
  });
});

describe("formats", () => {
  let file: Awaited<ReturnType<typeof saved>>;
  beforeAll(async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      // A scalar applies to the whole range, as in Office.js (whose types only list the 2-D form).
      (sheet.getRange("C:C") as unknown as { numberFormat: string }).numberFormat = "$#,##0.00";
      sheet.getRange("A1:C1").values = [["Amount", "Name", "Fee"]];
      sheet.getRange("C1").numberFormat = [["General"]];
      const amounts = sheet.getRange("A2:A1001");
      amounts.values = Array.from({ length: 1000 }, (_, i) => [i + 0.5]);
      amounts.numberFormat = Array.from({ length: 1000 }, () => ["0.00"]);
      const names = sheet.getRange("B2:B1001");
      names.values = Array.from({ length: 1000 }, (_, i) => [`name ${i}`]);
      names.format.font.bold = true;
      sheet.getRange("C2").values = [[5]];
      await context.sync();
    });
    file = await saved(host);
  });

  it("share one style entry per distinct format, however many cells have it", async () => {
    const styles = parseXml(await new ZipReader(file.bytes).textOf("xl/styles.xml"));
    // Unformatted, "0.00", bold, and "$#,##0.00" (column C and C2).
    expect(childrenOf(childOf(styles, "cellXfs"), "xf")).toHaveLength(4);
    expect(attrOf(childOf(styles, "cellXfs"), "count")).toBe("4");
  });

  it("keep each cell's own format under a whole-column format", () => {
    const sheet = file.exceljs.getWorksheet("Sheet1")!;
    expect(sheet.getColumn(3).numFmt).toBe("$#,##0.00");
    expect(sheet.getCell("C1").numFmt).toBeUndefined();
    expect(sheet.getCell("C2").numFmt).toBe("$#,##0.00");
    expect(sheet.getCell("A1000").numFmt).toBe("0.00");
    expect(sheet.getCell("B7").font).toMatchObject({ bold: true });
    const reopened = file.reopened;
    expect(reopened.cellAt("Sheet1", "C1").numberFormat).toBe("General");
    expect(reopened.cellAt("Sheet1", "C2").text).toBe("$5.00");
    expect(reopened.getSheet("Sheet1")?.cells.columnDefault(2)?.numberFormat).toBe("$#,##0.00");
    expect(reopened.cellAt("Sheet1", "B1000").format.bold).toBe(true);
    expect(reopened.cellAt("Sheet1", "A1001").text).toBe("999.50");
  });
});

describe("layout and validation", () => {
  let file: Awaited<ReturnType<typeof saved>>;
  beforeAll(async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const first = sheets.getItem("Sheet1");
      first.getRange("A1:B2").values = [
        ["Status", "Due"],
        ["Open", 45730],
      ];
      first.getRange("A2:A500").dataValidation.rule = {
        list: { inCellDropDown: true, source: "Open,Closed" },
      };
      first.getRange("A3").format.rowHeight = 30;
      first.tabColor = "#00B050";
      first.showGridlines = false;
      first.freezePanes.freezeAt(first.getRange("A1:B1"));
      const hidden = sheets.add("Hidden");
      hidden.getRange("A1").values = [["h"]];
      hidden.visibility = "Hidden";
      const veryHidden = sheets.add("Very");
      veryHidden.getRange("A1").values = [["v"]];
      veryHidden.visibility = "VeryHidden";
      const active = sheets.add("Active");
      active.getRange("B2").values = [["x"]];
      active.activate();
      active.getRange("B2:C4").select();
      await context.sync();
    });
    file = await saved(host);
  });

  it("writes validation over many cells as one range", async () => {
    const sheet = await new ZipReader(file.bytes).textOf("xl/worksheets/sheet1.xml");
    const rules = childrenOf(childOf(parseXml(sheet), "dataValidations"), "dataValidation");
    expect(rules.map((r) => attrOf(r, "sqref"))).toEqual(["A2:A500"]);
    expect(file.exceljs.getWorksheet("Sheet1")?.getCell("A500").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Open,Closed"'],
    });
    expect(file.reopened.cellAt("Sheet1", "A499").validation?.rule).toEqual({
      list: { inCellDropDown: true, source: "Open,Closed" },
    });
  });

  it("keeps visibility, tab color, gridlines, frozen panes, row heights, the active sheet and selection", () => {
    const { exceljs, reopened } = file;
    expect(exceljs.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ["Sheet1", "visible"],
      ["Hidden", "hidden"],
      ["Very", "veryHidden"],
      ["Active", "visible"],
    ]);
    const first = exceljs.getWorksheet("Sheet1")!;
    expect(first.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 1, showGridLines: false });
    expect(first.properties.tabColor).toEqual({ argb: "FF00B050" });
    expect(first.getRow(3).height).toBe(30);
    expect(exceljs.getWorksheet("Active")?.views[0]).toMatchObject({ activeCell: "B2" });
    expect(reopened.getSheet("Sheet1")).toMatchObject({
      freezeRows: 1,
      freezeColumns: 2,
      showGridlines: false,
      tabColor: "#00B050",
      rowHeights: { 2: 30 },
    });
    expect(reopened.getSheet("Very")?.visibility).toBe("VeryHidden");
    expect(reopened.getSelection()).toMatchObject({ sheet: "Active", address: "Active!B2" });
  });
});
