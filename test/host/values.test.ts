import { createExcelHost } from "../../src/host";

async function write(
  host: ReturnType<typeof createExcelHost>,
  address: string,
  values: unknown[][],
  numberFormat?: string,
) {
  await host.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
    if (numberFormat !== undefined) range.numberFormat = [[numberFormat]];
    range.values = values;
    await context.sync();
  });
}

async function read(host: ReturnType<typeof createExcelHost>, address: string) {
  return host.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
    range.load("values, formulas, text, valueTypes, numberFormat");
    await context.sync();
    return {
      values: range.values,
      formulas: range.formulas,
      text: range.text,
      valueTypes: range.valueTypes,
      numberFormat: range.numberFormat,
    };
  });
}

describe("value semantics", () => {
  test("numeric-looking text becomes a number, TRUE/FALSE booleans, empty reads as ''", async () => {
    const host = createExcelHost();
    await write(host, "A1:D1", [["123", "1.5", "TRUE", ""]]);
    const r = await read(host, "A1:D1");
    expect(r.values).toEqual([[123, 1.5, true, ""]]);
    expect(r.valueTypes).toEqual([["Double", "Double", "Boolean", "Empty"]]);
  });

  test("a leading apostrophe is the quote prefix: the text after it is kept, never evaluated", async () => {
    const host = createExcelHost();
    await write(host, "A1:B1", [["'=1+1", "'007"]]);
    const r = await read(host, "A1:B1");
    expect(r.values).toEqual([["=1+1", "007"]]);
    expect(r.valueTypes).toEqual([["String", "String"]]);
    expect(host.workbook.cell("Sheet1", 0, 0).formula).toBeNull();
  });

  test('cells formatted "@" keep text as written', async () => {
    const host = createExcelHost();
    await write(host, "A1", [["00123"]], "@");
    const r = await read(host, "A1");
    expect(r.values).toEqual([["00123"]]);
    expect(r.numberFormat).toEqual([["@"]]);
  });

  test('a string starting with "=" written through values is a formula and computes', async () => {
    const host = createExcelHost();
    await write(host, "A1:C1", [[2, 3, "=A1*B1"]]);
    const r = await read(host, "A1:C1");
    expect(r.values).toEqual([[2, 3, 6]]);
    expect(r.formulas).toEqual([[2, 3, "=A1*B1"]]);
  });

  test("a 2-D array of the wrong shape fails the sync with InvalidArgument and writes nothing", async () => {
    const host = createExcelHost();
    await expect(
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(host.workbook.cell("Sheet1", 0, 0).value).toBe("");
  });

  test("one value written to a multi-cell range fills it (values, numberFormat, formulas move refs)", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A3").values = [[1], [2], [3]];
      sheet.getRange("B1:B3").formulas = "=A1*10" as unknown as string[][];
      sheet.getRange("C1:C2").values = 7 as unknown as number[][];
      sheet.getRange("C1:C2").numberFormat = "0.00" as unknown as string[][];
      await context.sync();
    });
    const r = await read(host, "B1:C3");
    expect(r.formulas.map((row: unknown[]) => row[0])).toEqual(["=A1*10", "=A2*10", "=A3*10"]);
    expect(r.values).toEqual([
      [10, 7],
      [20, 7],
      [30, ""],
    ]);
    expect(r.text[0]).toEqual(["10", "7.00"]);
  });

  test("text applies the number format", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      // 45306 = 2024-01-15 (serial days since 1899-12-30); 0.75 = 18:00.
      sheet.getRange("A1:F1").values = [[1234.5, 0.256, 45306, 45306, 0.75, 1234.5]];
      sheet.getRange("A1:F1").numberFormat = [
        ["$#,##0.00", "0.0%", "yyyy-mm-dd", "mmm yyyy", "h:mm AM/PM", "#,##0"],
      ];
      await context.sync();
    });
    const r = await read(host, "A1:F1");
    expect(r.text).toEqual([["$1,234.50", "25.6%", "2024-01-15", "Jan 2024", "6:00 PM", "1,235"]]);
  });

  test("null in a values array leaves that cell unchanged", async () => {
    const host = createExcelHost();
    await write(host, "A1:B1", [[1, 2]]);
    await write(host, "A1:B1", [[null, 5]]);
    expect((await read(host, "A1:B1")).values).toEqual([[1, 5]]);
  });
});

describe("quote prefix in text cells", () => {
  // Not settled by the Office.js docs (TESTING.md "Behaviours the docs do not settle"): a Text cell keeps
  // what is written as it is, so the apostrophe stays and shows; the add-in never writes one there.
  test('a leading apostrophe is kept (and shows) in a cell formatted "@"', async () => {
    const host = createExcelHost();
    await write(host, "A1", [['\'=HYPERLINK("x")']], "@");
    expect(host.workbook.cell("Sheet1", 0, 0)).toMatchObject({
      value: '\'=HYPERLINK("x")',
      formula: null,
      quotePrefix: false,
    });
  });
});
