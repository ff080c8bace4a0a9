/**
 * What the import path of large appends (src/excel/table-io/import-rows.ts) relies on in the host:
 * - Range.getUsedRangeOrNullObject: "Returns the used range of the given range object. If there are no
 *   used cells within the range, then this method returns an object with its isNullObject property set to
 *   true" (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1)).
 * - Table.resize: "Resize the table to the new range. The new range must overlap with the original table
 *   range and the headers (or the top of the table) must be in the same row"
 *   (learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)). The page
 *   says nothing about cells being inserted: the host moves none (TESTING.md, behaviours item 13).
 */
import { createExcelHost } from "../../src/host";

describe("Range.getUsedRangeOrNullObject", () => {
  it("is null for a range with no used cells, even inside the sheet's used range", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["top left"]];
      sheet.getRange("Z100").values = [["bottom right"]];
      const empty = sheet.getRange("B2:D50").getUsedRangeOrNullObject(true);
      const some = sheet.getRange("B2:Z200").getUsedRangeOrNullObject(true);
      empty.load("address");
      some.load("address");
      await context.sync();
      expect(empty.isNullObject).toBe(true);
      expect(some.address).toBe("Sheet1!Z100");
    });
  });
});

describe("Table.resize", () => {
  it("takes in the rows below without moving cells; they keep their own contents and formats", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [
        ["ID", "Amount"],
        ["a", 1],
      ];
      const table = sheet.tables.add("A1:B2", true);
      table.getDataBodyRange().numberFormat = [["@", "0.00"]];
      sheet.getRange("A4:B4").values = [["b", 2]];
      sheet.getRange("A6").values = [["below"]];
      table.resize("A1:B4");
      const range = table.getRange();
      range.load("address");
      const rows = sheet.getRange("A3:B6");
      rows.load("values,numberFormat");
      await context.sync();
      expect(range.address).toBe("Sheet1!A1:B4");
      expect(rows.values).toEqual([
        ["", ""],
        ["b", 2],
        ["", ""],
        ["below", ""],
      ]);
      // Nothing inherited from the row above: rows.add would have copied "@" and "0.00".
      expect(rows.numberFormat[1]).toEqual(["General", "General"]);
    });
  });

  it("refuses a range with another header row or over another table", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const table = sheet.tables.add("A1:B2", true);
      sheet.tables.add("A5:B6", true);
      await context.sync();
      table.resize("A2:B3");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      table.resize("A1:B6");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });
});
