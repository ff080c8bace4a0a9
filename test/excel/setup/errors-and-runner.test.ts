import { OfficeMockObject } from "office-addin-mock";

import { describeOfficeError, officeErrorText } from "../../../src/excel/errors";
import { officeRunner } from "../../../src/excel/runner";
import { createExcelHost } from "../../../src/host";
import { setupWorkbook } from "../../../src/excel/setup";
import { TableNotFoundError } from "../../../src/excel/table-io";

describe("describeOfficeError", () => {
  test("an OfficeExtension.Error: advice first, then Excel's code, message and location", () => {
    const error = {
      name: "RichApi.Error",
      code: "InvalidOperationInCellEditMode",
      message: "Excel is in cell-editing mode.",
      debugInfo: {
        code: "InvalidOperationInCellEditMode",
        message: "Excel is in cell-editing mode.",
        errorLocation: "Range.values",
      },
    };
    const described = describeOfficeError(error);
    expect(described.code).toBe("InvalidOperationInCellEditMode");
    expect(described.message).toBe(
      "Excel is busy editing a cell. Press Enter or Esc to finish editing, then try again. " +
        "Excel says: Excel is in cell-editing mode. (at Range.values)",
    );
    expect(officeErrorText(error)).toMatch(/\[InvalidOperationInCellEditMode\]$/);
  });

  test("an unknown Office code still shows Excel's own words", () => {
    expect(describeOfficeError({ code: "SomethingNew", message: "  Odd\nthing " })).toEqual({
      code: "SomethingNew",
      message: "Excel says: Odd thing",
    });
  });

  test("the add-in's own errors keep their code and message", () => {
    expect(describeOfficeError(new TableNotFoundError("Claims"))).toEqual({
      code: "TableNotFound",
      message: "The workbook has no table named Claims. Run Set up workbook first.",
    });
  });

  test("plain errors, strings and other values", () => {
    expect(describeOfficeError(new RangeError("Row 5 is not a data row"))).toEqual({
      code: "RangeError",
      message: "Row 5 is not a data row",
    });
    expect(describeOfficeError("boom")).toEqual({ code: "Error", message: "boom" });
    expect(describeOfficeError({ weird: 1 })).toEqual({
      code: "Error",
      message: 'Unexpected error: {"weird":1}',
    });
    expect(describeOfficeError(undefined).code).toBe("Error");
  });

  test("a failed sync on the host surfaces through setup with its code, nothing swallowed", async () => {
    const host = createExcelHost();
    host.failSync(3, { code: "AccessDenied", message: "The workbook is protected." });
    const failure = await setupWorkbook(host.run).then(
      () => null,
      (e: unknown) => e,
    );
    expect(describeOfficeError(failure)).toEqual({
      code: "AccessDenied",
      message:
        "Excel refused the change: the sheet or workbook may be protected or read-only. Excel says: The workbook is protected.",
    });
  });
});

describe("officeRunner (plain office-addin-mock of the Office.js boundary)", () => {
  const globals = globalThis as unknown as { Excel?: unknown };
  afterEach(() => {
    delete globals.Excel;
  });

  test("hands the batch Excel.run's context and returns the batch's result", async () => {
    const mock = new OfficeMockObject({
      context: { workbook: { name: "Practice.xlsx" } },
      run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    });
    globals.Excel = mock;
    const name = await officeRunner(async (context) => {
      context.workbook.load("name");
      await context.sync();
      return context.workbook.name;
    });
    // office-addin-mock never throws on unloaded properties (it returns an "Error, ..." string): assert the value.
    expect(name).toBe("Practice.xlsx");
  });
});
