/**
 * Text from outside (imports, forms, 835) stays exactly that text: never a formula, never a number, never
 * a visible apostrophe. Range.values reads a string starting with "=" as a formula and converts numeric
 * text in General cells (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values);
 * a leading apostrophe is Excel's quote prefix there. What a leading apostrophe does in a Text ("@") cell
 * the docs do not settle: the host keeps it (it shows), the manual check is in TESTING.md.
 */
import { appendRows, readTables } from "../../../src/excel/table-io";
import { writePosting, PostingFailedError } from "../../../src/excel/remittance/write-posting";
import { readXlsx } from "../../../src/app/xlsx/read-xlsx";
import { writeXlsx } from "../../../src/app/xlsx/write-xlsx";
import { attrOf, childOf, childrenOf, parseXml } from "../../../src/app/xlsx/xml/mini-xml";
import { ZipReader } from "../../../src/app/xlsx/zip/zip-reader";
import { createExcelHost, type ExcelHost } from "../../../src/host";

const HOSTILE = ['=HYPERLINK("http://x","y")', "00123", "-5 dollars", "'quoted", "+1 555", "plain"];

async function hostWithTable(): Promise<ExcelHost> {
  const host = createExcelHost();
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const range = sheet.getRange("A1:B2");
    range.numberFormat = [
      ["General", "General"],
      ["@", "General"],
    ];
    range.values = [
      ["Code", "Note"],
      ["x", "y"],
    ];
    sheet.tables.add(range, true).name = "Notes";
    await context.sync();
  });
  return host;
}

describe("text from outside", () => {
  it("host: a leading apostrophe is the quote prefix in a General cell, and stays visible in a Text cell", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").numberFormat = [["@"]];
      sheet.getRange("A1:A2").values = [["'abc"], ["'=1+1"]];
      await context.sync();
    });
    expect(host.workbook.cellAt("Sheet1", "A1")).toMatchObject({ value: "'abc", quotePrefix: false });
    expect(host.workbook.cellAt("Sheet1", "A2")).toMatchObject({
      value: "=1+1",
      formula: null,
      quotePrefix: true,
    });
  });

  it("appended rows keep hostile text as text in Text and General columns, with no visible apostrophe", async () => {
    const host = await hostWithTable();
    await host.run((context) =>
      appendRows(context, "Notes", { headers: ["Code", "Note"], rows: HOSTILE.map((t) => [t, t]) }),
    );
    HOSTILE.forEach((text, i) => {
      const code = host.workbook.cellAt("Sheet1", `A${i + 3}`);
      const note = host.workbook.cellAt("Sheet1", `B${i + 3}`);
      expect([code.value, code.formula, code.valueType]).toEqual([text, null, "String"]);
      expect([note.value, note.formula, note.valueType]).toEqual([text, null, "String"]);
    });
    // The General column's formula-like and numeric text carries the quote prefix (F2+Enter keeps it text).
    expect(host.workbook.cellAt("Sheet1", "B3").quotePrefix).toBe(true);
    expect(host.workbook.cellAt("Sheet1", "B4").quotePrefix).toBe(true);
  });

  it("a posting that fails restores text as text: 00123 in a General cell does not come back as 123", async () => {
    const host = await hostWithTable();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["'00123"]];
      await context.sync();
    });
    const attempt = host.run(async (context) => {
      const table = (await readTables(context, ["Notes"])).get("Notes");
      if (!table) throw new Error("no table");
      host.failSync(2, { code: "GeneralException", message: "write failed" }); // 1: save, 2: write
      await writePosting(context, {
        appends: [],
        changes: [{ table, blocks: [{ row: 0, column: 1, values: [["Paid"]] }] }],
      });
    });
    await expect(attempt).rejects.toBeInstanceOf(PostingFailedError);
    expect(host.workbook.cellAt("Sheet1", "B2")).toMatchObject({ value: "00123", valueType: "String" });
  });
});

describe("the .xlsx the app saves", () => {
  it("keeps Excel's quote prefix in the cell's style (quotePrefix=\"1\"), so F2+Enter in Excel leaves the text as text", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A2").values = [["'=cmd|' /C calc'!A0"], ["plain"]];
      await context.sync();
    });
    const { bytes } = await writeXlsx(host.workbook);
    const zip = new ZipReader(bytes);
    const styles = parseXml(await zip.textOf("xl/styles.xml"));
    const sheet = await zip.textOf("xl/worksheets/sheet1.xml");
    const xfs = childrenOf(childOf(styles, "cellXfs"), "xf");
    const styleOf = (ref: string) =>
      Number(new RegExp(`<c r="${ref}"[^>]*? s="(\\d+)"`).exec(sheet)?.[1] ?? 0);
    expect(attrOf(xfs[styleOf("A1")], "quotePrefix")).toBe("1");
    expect(attrOf(xfs[styleOf("A2")], "quotePrefix")).toBeUndefined();
    // ... and the app opening the file again keeps the flag.
    const { model } = await readXlsx(bytes);
    expect(model.cellAt("Sheet1", "A1")).toMatchObject({ value: "=cmd|' /C calc'!A0", quotePrefix: true });
    expect(model.cellAt("Sheet1", "A2").quotePrefix).toBe(false);
  });
});
