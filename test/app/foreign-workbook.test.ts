/**
 * A workbook made elsewhere (built here with exceljs the way Excel writes one): the app keeps its tables,
 * formats, validation, names, conditional formats, layout and sheets it knows nothing about, computes
 * its formulas, says what it could not keep, and writes all of it back.
 */
import ExcelJS from "exceljs";
import { readXlsx, type ReadResult } from "../../src/app/xlsx/read-xlsx";
import { writeXlsx } from "../../src/app/xlsx/write-xlsx";
import { createExcelHost } from "../../src/host";

async function excelMadeWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet("Notes", { properties: { tabColor: { argb: "FF00B050" } } });
  notes.getCell("A1").value = "Read me";
  notes.getCell("A1").font = { name: "Calibri", size: 14, bold: true, color: { argb: "FFC00000" } };
  notes.getCell("A2").value = { richText: [{ text: "Mixed " }, { text: "runs", font: { italic: true } }] };
  notes.getCell("A3").value = "00123"; // text that looks like a number stays text
  notes.getCell("A4").value = "=not a formula"; // text that looks like a formula stays text
  notes.getCell("B1").value = new Date(Date.UTC(2025, 2, 14));
  notes.getCell("B1").numFmt = "yyyy-mm-dd";
  notes.getCell("B2").value = { formula: '_xlfn.MAXIFS(Fees[Fee],Fees[Code],"99213")', result: 0 };
  notes.getCell("B3").value = { error: "#N/A" };
  notes.getCell("C1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  notes.getColumn(1).width = 30;
  notes.mergeCells("D1:E1");
  notes.getCell("D1").value = "merged";

  const fees = workbook.addWorksheet("Fees", { views: [{ state: "frozen", ySplit: 1, xSplit: 1 }] });
  fees.addTable({
    name: "Fees",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: [
      { name: "Code", filterButton: true },
      { name: "Fee", filterButton: true },
      { name: "Double", filterButton: true },
    ],
    rows: [
      ["99213", 120, { formula: "Fees[[#This Row],[Fee]]*2", result: 240 }],
      ["99214", 180.5, { formula: "Fees[[#This Row],[Fee]]*2", result: 361 }],
    ],
  });
  fees.getCell("B2").numFmt = "$#,##0.00";
  fees.getCell("B3").numFmt = "$#,##0.00";
  for (const address of ["B2", "B3", "B4"]) {
    fees.getCell(address).dataValidation = {
      type: "decimal",
      operator: "between",
      formulae: [0, 10000],
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "Fee",
      error: "A fee is 0 to 10,000.",
      showInputMessage: true,
      promptTitle: "Fee",
      prompt: "What the practice charges.",
    };
  }
  fees.getCell("A2").dataValidation = { type: "list", formulae: ['"99213,99214,99215"'], allowBlank: true };
  fees.getCell("D2").dataValidation = { type: "custom", formulae: ["LEN(D2)<5"] };
  fees.getCell("E2").dataValidation = {
    type: "date",
    operator: "greaterThanOrEqual",
    formulae: [new Date(Date.UTC(2024, 0, 1))],
  };
  fees.addConditionalFormatting({
    ref: "B2:B3",
    rules: [
      {
        type: "cellIs",
        operator: "greaterThan",
        formulae: ["150"],
        priority: 1,
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
          font: { bold: true },
        },
      },
      {
        type: "dataBar",
        priority: 2,
        cfvo: [{ type: "min" }, { type: "max" }],
      },
    ],
  });
  workbook.definedNames.add("Fees!$B$2:$B$3", "FeeAmounts");
  const hidden = workbook.addWorksheet("Lists", { state: "hidden" });
  hidden.getCell("A1").value = "kept";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

let opened: ReadResult;

beforeAll(async () => {
  opened = await readXlsx(await excelMadeWorkbook());
});

describe("opening a workbook made elsewhere", () => {
  it("keeps every sheet in order, its visibility and tab color", () => {
    const { model } = opened;
    expect(model.sheetNames()).toEqual(["Notes", "Fees", "Lists"]);
    expect(model.getSheet("Lists")?.visibility).toBe("Hidden");
    expect(model.getSheet("Notes")?.tabColor).toBe("#00B050");
  });

  it("keeps values as they were typed: text stays text, dates are serials, errors are errors", () => {
    const { model } = opened;
    expect(model.cellAt("Notes", "A2").value).toBe("Mixed runs");
    expect(model.cellAt("Notes", "A3")).toMatchObject({ value: "00123", valueType: "String" });
    expect(model.cellAt("Notes", "A4")).toMatchObject({ value: "=not a formula", formula: null });
    // 2025-03-14 is 45730 days after 1899-12-30.
    expect(model.cellAt("Notes", "B1")).toMatchObject({ value: 45730, text: "2025-03-14" });
    expect(model.cellAt("Notes", "B3")).toMatchObject({ value: "#N/A", valueType: "Error" });
  });

  it("computes formulas: _xlfn. prefixes go, this-row references read as Excel shows them", () => {
    const { model } = opened;
    expect(model.cellAt("Notes", "B2")).toMatchObject({
      formula: '=MAXIFS(Fees[Fee],Fees[Code],"99213")',
      value: 120,
    });
    expect(model.cellAt("Fees", "C3")).toMatchObject({ formula: "=[@Fee]*2", value: 361 });
  });

  it("keeps the table with its name, range, style, headers and calculated column", () => {
    const table = opened.model.table("Fees");
    expect(table).toMatchObject({
      address: "Fees!A1:C3",
      headers: ["Code", "Fee", "Double"],
      style: "TableStyleLight9",
      showBandedRows: true,
    });
    expect(table?.columns[2]?.formula).toBe("=[@Fee]*2");
  });

  it("keeps number formats, fonts, fills, widths and frozen panes", () => {
    const { model } = opened;
    expect(model.cellAt("Fees", "B3").text).toBe("$180.50");
    expect(model.cellAt("Notes", "A1").format).toMatchObject({
      bold: true,
      fontColor: "#C00000",
      fontSize: 14,
    });
    expect(model.cellAt("Notes", "C1").format.fillColor).toBe("#FFFF00");
    expect(model.cellAt("Notes", "A3").format.bold).toBe(false);
    expect(model.getSheet("Notes")?.columnWidths[0]).toBeCloseTo(30 * 5.25, 2);
    expect(model.getSheet("Fees")).toMatchObject({ freezeRows: 1, freezeColumns: 1 });
  });

  it("keeps data validation as the Excel API describes it", () => {
    const { model } = opened;
    expect(model.cellAt("Fees", "B4").validation).toEqual({
      type: "Decimal",
      rule: { decimal: { operator: "Between", formula1: 0, formula2: 10000 } },
      errorAlert: { showAlert: true, style: "Warning", title: "Fee", message: "A fee is 0 to 10,000." },
      prompt: { showPrompt: true, title: "Fee", message: "What the practice charges." },
      ignoreBlanks: true,
    });
    expect(model.cellAt("Fees", "A2").validation?.rule).toEqual({
      list: { inCellDropDown: true, source: "99213,99214,99215" },
    });
    expect(model.cellAt("Fees", "D2").validation?.rule).toEqual({ custom: { formula: "=LEN(D2)<5" } });
    expect(model.cellAt("Fees", "E2").validation?.rule).toEqual({
      date: { operator: "GreaterThanOrEqualTo", formula1: "2024-01-01" },
    });
  });

  it("keeps defined names and the conditional formats the host supports, and says what it dropped", async () => {
    const { model, notes } = opened;
    const host = createExcelHost({ workbook: model });
    const total = await host.run(async (context) => {
      const name = context.workbook.names.getItem("FeeAmounts");
      name.load("formula");
      await context.sync();
      return name.formula as string;
    });
    expect(total).toBe("=Fees!$B$2:$B$3");
    const formats = model.getSheet("Fees")?.conditionalFormats ?? [];
    expect(formats).toHaveLength(1);
    expect(formats[0]).toMatchObject({
      type: "CellValue",
      rule: { formula1: "=150", operator: "GreaterThan" },
      format: { fillColor: "#FFC7CE", bold: true },
    });
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^1 conditional format\(s\) on Fees .* were not kept\.$/),
        "Merged cells on Notes are shown and saved unmerged.",
      ]),
    );
  });
});

describe("saving it again", () => {
  it("writes back what was kept, so a second open gives the same workbook", async () => {
    const saved = await writeXlsx(opened.model);
    const again = await readXlsx(saved.bytes);
    const snapshot = (result: ReadResult) => createExcelHost({ workbook: result.model }).snapshot();
    expect(snapshot(again)).toBe(snapshot(opened));
  });

  it("keeps text that starts with = as text in the file", async () => {
    const saved = await writeXlsx(opened.model);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(saved.bytes) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet("Notes")?.getCell("A4").value).toBe("=not a formula");
    expect(workbook.getWorksheet("Fees")?.getCell("E2").dataValidation.formulae[0]).toEqual(
      new Date(Date.UTC(2024, 0, 1)),
    );
  });
});
