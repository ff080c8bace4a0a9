import { createExcelHost } from "../../src/host";

describe("getItemOrNullObject on a missing table", () => {
  test("loading a property of the null table does not fail the sync", async () => {
    const host = createExcelHost();
    const isNull = await host.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject("Missing");
      table.load("name");
      await context.sync();
      return table.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  test("loading the worksheet name of an existing table still works", async () => {
    const host = createExcelHost();
    const sheet = await host.run(async (context) => {
      const ws = context.workbook.worksheets.add("Data");
      ws.getRange("A1:B2").values = [
        ["H1", "H2"],
        [1, 2],
      ];
      ws.tables.add("A1:B2", true).name = "T";
      await context.sync();
      const table = context.workbook.tables.getItem("T");
      table.load("name,worksheet/name");
      await context.sync();
      return table.worksheet.name;
    });
    expect(sheet).toBe("Data");
  });
});
