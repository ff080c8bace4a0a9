/**
 * The sample practice saved as .xlsx and opened again: what a user saves is what they get back. The file
 * is also read with exceljs directly, as another program would.
 */
import ExcelJS from "exceljs";
import { TABLE_NAMES } from "../../src/domain/catalog";
import { serialFromYmd } from "../../src/domain/dates/excel-dates";
import { loadSamplePractice } from "../../src/app/sample";
import { readXlsx } from "../../src/app/xlsx/read-xlsx";
import { SETTINGS_SHEET } from "../../src/app/xlsx/settings-sheet";
import { writeXlsx } from "../../src/app/xlsx/write-xlsx";
import type { ExcelHost } from "../../src/host";
import type { WorkbookModel } from "../../src/host";

jest.setTimeout(120_000);

let host: ExcelHost;
let bytes: Uint8Array;
let reopened: WorkbookModel;
let notes: string[];

beforeAll(async () => {
  host = await loadSamplePractice({ size: "small", asOf: serialFromYmd(2026, 3, 16) });
  const written = await writeXlsx(host.workbook);
  bytes = written.bytes;
  notes = written.notes;
  reopened = (await readXlsx(bytes)).model;
});

describe("sample practice", () => {
  it("has every catalog table with rows, each on its own sheet, and no blank Sheet1", () => {
    const tables = host.workbook.tables();
    expect(tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
    for (const table of tables) expect(table.rowCount).toBeGreaterThan(0);
    expect(host.workbook.sheetNames()).not.toContain("Sheet1");
  });
});

describe("saved .xlsx read by exceljs", () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  });

  it("holds real Excel tables with the catalog headers and ranges", () => {
    const claims = workbook.getWorksheet("Claims");
    const table = claims?.getTable("Claims") as unknown as {
      table: { tableRef: string; columns: { name: string }[] };
    };
    const original = host.workbook.table("Claims");
    expect(table.table.tableRef).toBe(original?.address.replace(/^Claims!/, ""));
    // exceljs 4.4 stops listing a table's columns at the first <calculatedColumnFormula> (its
    // TableColumnXform takes no child elements); Excel reads them all, and so does the app's own reader.
    // The file keeps the calculated column formula because Excel needs it to fill rows added there.
    const names = table.table.columns.map((c) => c.name);
    expect(names.length).toBeGreaterThan(5);
    expect(original?.headers.slice(0, names.length)).toEqual(names);
    expect(reopened.table("Claims")?.headers).toEqual(original?.headers);
  });

  it("stores values, number formats and the Balance formula with its computed result", () => {
    const claims = workbook.getWorksheet("Claims")!;
    expect(claims.getCell("A2").value).toBe(host.workbook.cellAt("Claims", "A2").value);
    expect(claims.getCell("N1").value).toBe("Balance");
    // A claim with money still owed (exceljs reads a cached 0 back as "no result").
    let row = 2;
    while (host.workbook.cellAt("Claims", `N${row}`).value === 0) row++;
    const value = claims.getCell(`N${row}`).value as ExcelJS.CellFormulaValue;
    // In the file, "this row" is spelled out: Excel does not accept [@Col] there.
    expect(value.formula).toBe(
      "Claims[[#This Row],[Total Charge]]-Claims[[#This Row],[Paid]]-Claims[[#This Row],[Adjustment]]",
    );
    const cell = (column: string) => Number(claims.getCell(`${column}${row}`).value ?? 0);
    expect(value.result).toBeCloseTo(cell("G") - cell("K") - cell("L"), 6);
    expect(claims.getCell("G2").numFmt).toBe("$#,##0.00");
  });

  it("keeps the data validation, the frozen header row and the settings sheet (very hidden)", () => {
    const claims = workbook.getWorksheet("Claims")!;
    const status = claims.getCell("H2").dataValidation;
    expect(status.type).toBe("list");
    expect(String(status.formulae[0])).toMatch(/^"Draft,/);
    expect(claims.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(workbook.getWorksheet(SETTINGS_SHEET)?.state).toBe("veryHidden");
  });

  it("names nothing it could not save", () => {
    expect(notes).toEqual([]);
  });
});

describe("saved .xlsx opened again by the app", () => {
  it("has the same sheets, tables, headers and calculated columns", () => {
    expect(reopened.sheetNames()).toEqual(host.workbook.sheetNames());
    const shape = (m: WorkbookModel) => m.tables().map(({ id: _id, ...rest }) => rest);
    expect(shape(reopened)).toEqual(shape(host.workbook));
  });

  it("has the same values, formulas, number formats and validation in every table", () => {
    for (const table of host.workbook.tables()) {
      const address = table.address.replace(/^.*!/, "");
      expect({ table: table.name, values: reopened.values(table.sheet, address) }).toEqual({
        table: table.name,
        values: host.workbook.values(table.sheet, address),
      });
      const { r0, c0, r1, c1 } = table.rect;
      for (const r of [r0, r0 + 1, r1]) {
        for (let c = c0; c <= c1; c++) {
          const before = host.workbook.cell(table.sheet, r, c);
          const after = reopened.cell(table.sheet, r, c);
          expect({
            at: [table.name, r, c],
            formula: after.formula,
            nf: after.numberFormat,
            dv: after.validation,
          }).toEqual({
            at: [table.name, r, c],
            formula: before.formula,
            nf: before.numberFormat,
            dv: before.validation,
          });
        }
      }
    }
  });

  it("keeps the settings, frozen panes and column widths", () => {
    for (const { key } of host.workbook.state.settings)
      expect(reopened.setting(key)).toEqual(host.workbook.setting(key));
    const before = host.workbook.getSheet("Claims")!;
    const after = reopened.getSheet("Claims")!;
    expect(after.freezeRows).toBe(1);
    expect(after.columnWidths).toEqual(before.columnWidths);
  });
});
