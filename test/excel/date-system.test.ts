/**
 * Workbooks in the 1904 date system (Excel.Workbook.use1904DateSystem, ExcelApi 1.16:
 * learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-use1904datesystem-member;
 * in a file, workbookPr date1904, ECMA-376 18.2.28) are refused with a clear message before anything is
 * written: every serial-date calculation would be 1,462 days off.
 */
import { readXlsx } from "../../src/app/xlsx/read-xlsx";
import { writeXlsx } from "../../src/app/xlsx/write-xlsx";
import { DateSystemError } from "../../src/excel/date-system";
import { postRemittances, previewRemittances } from "../../src/excel/remittance";
import { setupWorkbook } from "../../src/excel/setup";
import { refreshSummaries } from "../../src/excel/summaries";
import { validateWorkbook } from "../../src/excel/validation";
import { createExcelHost } from "../../src/host";
import { AS_OF, toWorkbook, validPractice } from "../domain/rules/fixture";
import { hostWith } from "./validation/workbook";

describe("1904 date system", () => {
  it("Set up refuses a 1904 workbook and writes nothing", async () => {
    const host = createExcelHost();
    host.workbook.state.date1904 = true;
    const before = host.snapshot();
    await expect(setupWorkbook(host.run)).rejects.toBeInstanceOf(DateSystemError);
    await expect(setupWorkbook(host.run)).rejects.toThrow(/1904 date system/);
    expect(host.snapshot()).toBe(before);
  });

  it("Validate refuses a 1904 workbook before marking anything", async () => {
    const host = await hostWith(toWorkbook(validPractice()));
    host.workbook.state.date1904 = true;
    const before = host.snapshot();
    await expect(validateWorkbook(host.run, { asOf: AS_OF })).rejects.toBeInstanceOf(DateSystemError);
    expect(host.snapshot()).toBe(before);
  });

  it("the flag survives the app's .xlsx save and open (workbookPr date1904)", async () => {
    const host = createExcelHost();
    host.workbook.state.date1904 = true;
    const { bytes } = await writeXlsx(host.workbook);
    const { model } = await readXlsx(bytes);
    expect(model.state.date1904).toBe(true);
    const plain = await readXlsx((await writeXlsx(createExcelHost().workbook)).bytes);
    expect(plain.model.state.date1904).toBeUndefined();
  });

  it("a 1900 workbook sets up as before", async () => {
    const host = createExcelHost();
    await expect(setupWorkbook(host.run)).resolves.toMatchObject({ problems: [] });
  });
});

describe("1904 date system: summaries and remittances", () => {
  it("Refresh summaries and posting a remittance refuse a 1904 workbook and write nothing", async () => {
    const host = await hostWith(toWorkbook(validPractice()));
    host.workbook.state.date1904 = true;
    const before = host.snapshot();
    await expect(refreshSummaries(host.run, { asOf: AS_OF })).rejects.toBeInstanceOf(DateSystemError);
    await expect(previewRemittances(host.run, [])).rejects.toBeInstanceOf(DateSystemError);
    await expect(postRemittances(host.run, [])).rejects.toBeInstanceOf(DateSystemError);
    expect(host.snapshot()).toBe(before);
  });
});
