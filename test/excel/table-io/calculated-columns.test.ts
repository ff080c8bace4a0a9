/**
 * Calculated columns hold in Excel whatever the user's AutoCorrect option "Fill formulas in tables to
 * create calculated columns" says (Excel fills a table's new rows only while it is on; Office.js can
 * neither read nor set it), and the app's .xlsx keeps each calculated column's formula in the table part
 * (<calculatedColumnFormula>, ECMA-376 18.5.1.1) so rows a user adds in Excel fill in.
 */
import { writeXlsx } from "../../../src/app/xlsx/write-xlsx";
import { ZipReader } from "../../../src/app/xlsx/zip/zip-reader";
import { CATALOG } from "../../../src/domain/catalog";
import { setupWorkbook } from "../../../src/excel/setup";
import { appendRows } from "../../../src/excel/table-io";
import { createExcelHost } from "../../../src/host";

const BALANCE = CATALOG.Claims.columns.find((c) => c.header === "Balance")?.formula;

describe("calculated columns", () => {
  it("rows appended with AutoCorrect's fill-formulas option off still get the Balance formula", async () => {
    const host = createExcelHost();
    await setupWorkbook(host.run);
    host.workbook.fillTableFormulas = false; // the user turned the option off
    await host.run((context) =>
      appendRows(context, "Claims", [
        { "Claim ID": "C1", "Total Charge": 100, Paid: 60 },
        { "Claim ID": "C2", "Total Charge": 50, Paid: 0 },
      ]),
    );
    const table = host.workbook.table("Claims");
    const column = table?.headers.indexOf("Balance") ?? -1;
    const rows = host.workbook.values("Claims", table?.address.replace(/^Claims!/, "") ?? "A1");
    expect(column).toBeGreaterThan(0);
    expect(BALANCE).toBeDefined();
    for (const r of [2, 3]) {
      const cell = host.workbook.cell("Claims", r - 1, column);
      expect(cell.formula).toBe(BALANCE);
    }
    expect(rows.length).toBe(3);
  });

  it("the saved table part carries <calculatedColumnFormula> for Balance", async () => {
    const host = createExcelHost();
    await setupWorkbook(host.run);
    const { bytes } = await writeXlsx(host.workbook);
    const zip = new ZipReader(bytes);
    const parts = zip.names().filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n));
    const texts = await Promise.all(parts.map((n) => zip.textOf(n)));
    const claims = texts.find((t) => /name="Claims"/.test(t)) ?? "";
    expect(claims).toMatch(
      /<tableColumn id="\d+" name="Balance"><calculatedColumnFormula>[^<]+<\/calculatedColumnFormula><\/tableColumn>/,
    );
  });
});
