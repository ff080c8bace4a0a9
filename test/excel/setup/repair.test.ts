/**
 * Set up on tables a practice typed itself: it adds the number formats, validation, frozen header and
 * widths they lack, reports each change, and leaves values, extra columns and the user's own formats
 * as they were. Running it again changes nothing.
 */
import { createExcelHost, type ExcelHost } from "../../../src/host";
import { setupWorkbook, type SetupResult } from "../../../src/excel/setup";
import { putTable, sheetContents, type SheetContents } from "../table-io/helpers";

async function handMadeProviders(host: ExcelHost): Promise<void> {
  await putTable(
    host,
    "Providers",
    "Providers",
    ["Provider ID", "Name", "NPI", "Specialty", "Work Days", "Day Start", "Day End", "Active", "My Notes"],
    [
      ["P001", "Dr. Ada", "1234567893", "Family Medicine", "Mon,Tue", 1 / 3, 17 / 24, "Yes", "mornings"],
      ["P002", "Dr. Bo", "", "Pediatrics", "Wed", 0.375, 0.5, "No", ""],
    ],
  );
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Providers");
    sheet.getRange("G3").numberFormat = [["hh:mm"]]; // the user's own format on one Day End cell
    sheet.getRange("D1").format.columnWidth = 100; // the user widened Specialty
    await context.sync();
  });
}

describe("Set up repairs existing tables without touching values", () => {
  let host: ExcelHost;
  let before: SheetContents | null;
  let result: SetupResult;

  beforeAll(async () => {
    host = createExcelHost();
    await handMadeProviders(host);
    before = await sheetContents(host, "Providers");
    result = await setupWorkbook(host.run);
  });

  test("reports each change on Providers", () => {
    const providers = result.repaired?.find((r) => r.table === "Providers");
    expect(providers?.changes).toEqual([
      // "My Notes" is the user's own column: not the catalog's, so not touched.
      "text format on Provider ID, Name, NPI, Specialty, Work Days",
      "time format on Day Start, Day End",
      expect.stringMatching(/^dropdowns and data validation on .*Active/),
      "header row frozen",
      "column widths on Provider ID, Name, NPI, Work Days, Day Start, Day End, Active",
    ]);
  });

  test("times show as times, the user's own format and width stay, values are untouched", async () => {
    const state = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Providers");
      const times = sheet.getRange("F2:G3");
      times.load("numberFormat");
      const specialty = sheet.getRange("D1");
      specialty.load("format/columnWidth");
      const active = sheet.getRange("H2:H3");
      active.dataValidation.load("rule");
      const frozen = sheet.freezePanes.getLocationOrNullObject();
      frozen.load("address");
      await context.sync();
      return {
        times: times.numberFormat,
        specialty: specialty.format.columnWidth,
        active: active.dataValidation.rule,
        frozen: frozen.isNullObject ? null : frozen.address,
      };
    });
    expect(state.times).toEqual([
      ["h:mm AM/PM", "h:mm AM/PM"],
      ["h:mm AM/PM", "hh:mm"],
    ]);
    expect(state.specialty).toBe(100);
    expect(state.active.list?.source).toBe("Yes,No");
    expect(state.frozen).toBe("Providers!1:1");
    const after = await sheetContents(host, "Providers");
    expect(after?.values).toEqual(before?.values);
    expect(after?.formulas).toEqual(before?.formulas);
  });

  test("running Set up again repairs nothing more", async () => {
    const again = await setupWorkbook(host.run);
    expect(again.repaired?.find((r) => r.table === "Providers")).toBeUndefined();
  });
});
