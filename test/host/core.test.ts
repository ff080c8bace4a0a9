import { withCode } from "./with-code";
import { createExcelHost } from "../../src/host";

describe("in-memory host core: run, load, sync", () => {
  test("values written in one run read back in another after load + sync", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [
        [1, "x"],
        [true, ""],
      ];
      await context.sync();
    });
    const read = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.load("values, address, rowCount");
      await context.sync();
      return { values: range.values, address: range.address, rows: range.rowCount };
    });
    expect(read).toEqual({
      values: [
        [1, "x"],
        [true, ""],
      ],
      address: "Sheet1!A1:B2",
      rows: 2,
    });
  });

  test("reading a property before load + sync throws PropertyNotLoaded", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(withCode("PropertyNotLoaded"));
      range.load("address");
      expect(() => range.address).toThrow(withCode("PropertyNotLoaded"));
      await context.sync();
      expect(range.address).toBe("Sheet1!A1");
      expect(() => range.values).toThrow(withCode("PropertyNotLoaded"));
    });
  });

  test("loaded values are a snapshot until the next load + sync", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[5]];
      range.load("values");
      await context.sync();
      const other = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      other.values = [[6]];
      await context.sync();
      expect(range.values).toEqual([[5]]);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[6]]);
    });
  });

  test("getItem of a missing sheet fails the next sync with ItemNotFound; OrNullObject does not", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const maybe = context.workbook.worksheets.getItemOrNullObject("Nope");
      await context.sync();
      expect(maybe.isNullObject).toBe(true);
      expect(() => maybe.name).toThrow();
      context.workbook.worksheets.getItem("Nope");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });
});
