import { withCode } from "./with-code";
import { createExcelHost } from "../../src/host";

describe("worksheets, names, settings, snapshot", () => {
  test("worksheets.add rejects duplicates (ItemAlreadyExists) and invalid names (InvalidArgument)", async () => {
    const host = createExcelHost();
    const add = (name: string) =>
      host.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      });
    await expect(add("sheet1")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    await expect(add("a".repeat(32))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(add("Bad/Name")).rejects.toMatchObject({ code: "InvalidArgument" });
    await add("Claims");
    expect(host.workbook.sheetNames()).toEqual(["Sheet1", "Claims"]);
  });

  test("a name follows a sheet rename and becomes #REF! when the sheet is deleted; formulas follow too", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Data");
      sheet.getRange("A1:A2").values = [[4], [6]];
      context.workbook.names.add("Amounts", sheet.getRange("A1:A2"), "test");
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").formulas = [
        ["=SUM(Amounts)", "=Data!A1*2"],
      ];
      await context.sync();
      sheet.name = "My Data";
      const name = context.workbook.names.getItem("Amounts");
      name.load("formula, type");
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      cell.load("values, formulas");
      await context.sync();
      expect(name.formula).toBe("='My Data'!$A$1:$A$2");
      expect(name.type).toBe("Range");
      expect(cell.values).toEqual([[10, 8]]);
      expect(cell.formulas[0]?.[1]).toBe("='My Data'!A1*2");
    });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("My Data").delete();
      const name = context.workbook.names.getItem("Amounts");
      name.load("formula");
      const range = name.getRangeOrNullObject();
      await context.sync();
      expect(name.formula).toBe("=#REF!");
      expect(range.isNullObject).toBe(true);
    });
  });

  test("settings store JSON values; getItemOrNullObject for a missing key is null", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      context.workbook.settings.add("pm.version", { schema: 3, tables: ["Claims"] });
      const missing = context.workbook.settings.getItemOrNullObject("nope");
      const found = context.workbook.settings.getItem("pm.version");
      found.load("value");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(found.value).toEqual({ schema: 3, tables: ["Claims"] });
    });
    expect(host.workbook.setting("pm.version")).toEqual({ schema: 3, tables: ["Claims"] });
  });

  test("collections load items with the properties asked for", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      context.workbook.worksheets.add("B");
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "B"]);
      expect(() => sheets.items[0]?.visibility).toThrow(withCode("PropertyNotLoaded"));
    });
  });

  test("snapshot is identical after repeating the same idempotent setup, and differs after a change", async () => {
    const host = createExcelHost();
    const setup = () =>
      host.run(async (context) => {
        const existing = context.workbook.worksheets.getItemOrNullObject("Claims");
        await context.sync();
        if (!existing.isNullObject) return;
        const sheet = context.workbook.worksheets.add("Claims");
        sheet.tables.add("A1:B1", true).name = "Claims";
        sheet.freezePanes.freezeRows(1);
        sheet.getRange("A:A").format.columnWidth = 90;
        await context.sync();
      });
    await setup();
    const first = host.snapshot();
    await setup();
    expect(host.snapshot()).toBe(first);
    await host.edit("Claims", "A2", [["x"]]);
    expect(host.snapshot()).not.toBe(first);
  });
});
