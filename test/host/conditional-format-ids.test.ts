/**
 * Conditional format identity as Excel has it. Excel.ConditionalFormat.id: "The priority of the conditional
 * format in the current ConditionalFormatCollection" (learn.microsoft.com/javascript/api/excel/
 * excel.conditionalformat#excel-excel-conditionalformat-id-member); priority: "if you change the priority,
 * you have to re-fetch a new copy of the object at that new priority location". So ids are per collection
 * ("0" in two collections), renumber when a format before them goes, and a fetched item is a position.
 */
import { createExcelHost } from "../../src/host";

async function withFormats(ranges: Record<string, string[]>) {
  const host = createExcelHost();
  await host.run(async (context) => {
    context.workbook.worksheets.add("Other");
    for (const [address, formulas] of Object.entries(ranges)) {
      const [sheet, cells] = address.split("!") as [string, string];
      // Added last = highest priority: add in reverse so `formulas` lists them in priority order.
      for (const formula of [...formulas].reverse()) {
        context.workbook.worksheets
          .getItem(sheet)
          .getRange(cells)
          .conditionalFormats.add("Custom").custom.rule.formula = formula;
      }
    }
    await context.sync();
  });
  return host;
}

async function idsAndRules(host: ReturnType<typeof createExcelHost>, address: string) {
  return host.run(async (context) => {
    const [sheet, cells] = address.split("!") as [string, string];
    const formats = context.workbook.worksheets.getItem(sheet).getRange(cells).conditionalFormats;
    formats.load("items");
    await context.sync();
    for (const f of formats.items) {
      f.load("id, priority");
      f.custom.rule.load("formula");
    }
    await context.sync();
    return formats.items.map((f) => `${f.id} ${f.custom.rule.formula}`);
  });
}

describe("conditional format ids (host follows Excel)", () => {
  it("numbers formats per collection: two collections both start at id 0", async () => {
    const host = await withFormats({ "Sheet1!A1:A3": ["=A", "=B"], "Other!C1:C2": ["=C"] });
    expect(await idsAndRules(host, "Sheet1!A1:A3")).toEqual(["0 =A", "1 =B"]);
    expect(await idsAndRules(host, "Other!C1:C2")).toEqual(["0 =C"]);
  });

  it("renumbers after a delete", async () => {
    const host = await withFormats({ "Sheet1!A1:A3": ["=A", "=B", "=C"] });
    await host.run(async (context) => {
      context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:A3")
        .conditionalFormats.getItem("0")
        .delete();
      await context.sync();
    });
    expect(await idsAndRules(host, "Sheet1!A1:A3")).toEqual(["0 =B", "1 =C"]);
  });

  it("an item fetched from a collection is a position: deleting items 0 then 1 in one batch removes A and C", async () => {
    const host = await withFormats({ "Sheet1!A1:A3": ["=A", "=B", "=C"] });
    await host.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3").conditionalFormats;
      formats.load("items");
      await context.sync();
      formats.items[0]?.delete();
      formats.items[1]?.delete(); // after the first delete, position 1 holds C
      await context.sync();
    });
    expect(await idsAndRules(host, "Sheet1!A1:A3")).toEqual(["0 =B"]);
  });

  it("deleting from the last position up removes exactly the items fetched", async () => {
    const host = await withFormats({ "Sheet1!A1:A3": ["=A", "=B", "=C"] });
    await host.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3").conditionalFormats;
      formats.load("items");
      await context.sync();
      formats.items[1]?.delete();
      formats.items[0]?.delete();
      await context.sync();
    });
    expect(await idsAndRules(host, "Sheet1!A1:A3")).toEqual(["0 =C"]);
  });
});
