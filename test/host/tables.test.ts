import { createExcelHost } from "../../src/host";

async function makeClaims(host: ReturnType<typeof createExcelHost>) {
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.add("Claims");
    const table = sheet.tables.add("A1:D1", true);
    table.name = "Claims";
    table.getHeaderRowRange().values = [["Claim ID", "Total Charge", "Paid", "Balance"]];
    table.columns.getItem("Balance").getDataBodyRange().formulas = [["=[@[Total Charge]]-[@Paid]"]];
    table.columns.getItem("Claim ID").getDataBodyRange().numberFormat = [["@"]];
    await context.sync();
  });
}

describe("tables", () => {
  test("a table made from a header-only range has one blank data row; rows.add fills it first", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Sheet1").tables.add("B2:C2", true);
      const body = table.getDataBodyRange();
      body.load("address");
      await context.sync();
      expect(body.address).toBe("Sheet1!B3:C3");
      table.rows.add(undefined, [
        ["a", 1],
        ["b", 2],
      ]);
      const range = table.getRange();
      range.load("address, values");
      await context.sync();
      expect(range.address).toBe("Sheet1!B2:C4");
      expect(range.values).toEqual([
        ["Column1", "Column2"],
        ["a", 1],
        ["b", 2],
      ]);
    });
  });

  test("header cells become unique, non-empty names", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C2").values = [
        ["Name", "", "Name"],
        [1, 2, 3],
      ];
      sheet.tables.add("A1:C2", true);
      await context.sync();
    });
    expect(host.workbook.tables()[0]?.headers).toEqual(["Name", "Column2", "Name2"]);
  });

  test("calculated columns compute with structured references and fill rows added later", async () => {
    const host = createExcelHost();
    await makeClaims(host);
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem("Claims");
      // null leaves the calculated column's formula in place, like ""
      const rows: (string | number | null)[][] = [
        ["001", 100, 30, ""],
        ["002", 50, 50, null],
      ];
      table.rows.add(undefined, rows as (string | number)[][]);
      await context.sync();
    });
    const view = host.workbook.table("Claims");
    expect(view?.columns.map((c) => c.formula)).toEqual([null, null, null, "=[@[Total Charge]]-[@Paid]"]);
    expect(host.workbook.values("Claims", "A2:D3")).toEqual([
      ["001", 100, 30, 70],
      ["002", 50, 50, 0],
    ]);
    expect(host.workbook.cell("Claims", 2, 3).formula).toBe("=[@[Total Charge]]-[@Paid]");
    // the Claim ID column's "@" format extended to the new row, so "002" stayed text
    expect(host.workbook.cell("Claims", 2, 0).numberFormat).toBe("@");
  });

  // Excel keeps a column calculated while every data cell holds the column's formula ("Use calculated
  // columns in an Excel table", support.microsoft.com): the same structured text on every row, or an
  // A1 formula whose relative rows move with the row. One different cell makes it an ordinary column.
  test.each([
    ["the same structured formula on every row", ["=[@A]*2", "=[@A]*2", "=[@A]*2"], "=[@A]*2"],
    ["absolute references only", ["=$A$2+1", "=$A$2+1", "=$A$2+1"], "=$A$2+1"],
    ["relative rows that move with the row", ["=A2*2", "=A3*2", "=A4*2"], "=A2*2"],
    ["one row with other text", ["=[@A]*2", "=[@A]*3", "=[@A]*2"], null],
    ["relative rows that do not move", ["=A2*2", "=A2*2", "=A2*2"], null],
  ])("a column of %s is calculated or not as in Excel", async (_what, formulas, expected) => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [["A", "B"]];
      sheet.getRange("A2:A4").values = [[1], [2], [3]];
      sheet.tables.add("A1:B4", true);
      sheet.getRange("B2:B4").formulas = formulas.map((f) => [f]);
      await context.sync();
    });
    expect(host.workbook.tables()[0]?.columns.map((c) => c.formula)).toEqual([null, expected]);
  });

  test("Table[Column] references from another sheet, SUMIFS/COUNTIFS, a missing function gives #NAME? flagged", async () => {
    const host = createExcelHost();
    await makeClaims(host);
    await host.run(async (context) => {
      context.workbook.tables.getItem("Claims").rows.add(undefined, [
        ["001", 100, 30, ""],
        ["002", 50, 50, ""],
        ["003", 20, 0, ""],
      ]);
      const summary = context.workbook.worksheets.add("Summary");
      summary.getRange("A1:E1").formulas = [
        [
          "=SUM(Claims[Balance])",
          '=COUNTIFS(Claims[Paid],">0")',
          "=SUMIFS(Claims[Total Charge],Claims[Paid],0)",
          "=MAX(Claims[[#Data],[Total Charge]])",
          "=NOSUCHFUNCTION(1)",
        ],
      ];
      await context.sync();
    });
    // balances: 100-30=70, 50-50=0, 20-0=20 → 90; paid > 0: two claims; charge where paid = 0: 20; max charge 100
    expect(host.workbook.values("Summary", "A1:D1")).toEqual([[90, 2, 20, 100]]);
    const bad = host.workbook.cell("Summary", 0, 4);
    expect(bad.value).toBe("#NAME?");
    expect(bad.formulaError).toMatch(/NOSUCHFUNCTION/);
  });

  test("table names are unique workbook-wide and valid; tables cannot overlap", async () => {
    const host = createExcelHost();
    await makeClaims(host);
    const attempt = (fn: (context: Excel.RequestContext) => void) =>
      host.run(async (context) => {
        fn(context);
        await context.sync();
      });
    await expect(
      attempt((c) => {
        c.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", true).name = "Claims";
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(
      attempt((c) => {
        c.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", true).name = "Bad Name";
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      attempt((c) => {
        c.workbook.worksheets.getItem("Claims").tables.add("C1:F3", true);
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("columns.add appends a column and the table grows; rows/columns counts load", async () => {
    const host = createExcelHost();
    await makeClaims(host);
    const counts = await host.run(async (context) => {
      const table = context.workbook.tables.getItem("Claims");
      table.columns.add(undefined, undefined, "Notes");
      const columns = table.columns.getCount();
      const rows = table.rows.getCount();
      const byName = table.columns.getItemOrNullObject("Notes");
      byName.load("index, name");
      await context.sync();
      return { columns: columns.value, rows: rows.value, index: byName.index };
    });
    expect(counts).toEqual({ columns: 5, rows: 1, index: 4 });
    expect(host.workbook.table("Claims")?.address).toBe("Claims!A1:E2");
  });

  test("a table column's getItemOrNullObject is null for a missing column, getItem fails the sync", async () => {
    const host = createExcelHost();
    await makeClaims(host);
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem("Claims");
      const missing = table.columns.getItemOrNullObject("Nope");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      table.columns.getItem("Nope");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });
});
