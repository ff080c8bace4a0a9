/**
 * Large appends follow "Import data into tables" (learn.microsoft.com/office/dev/add-ins/excel/performance):
 * the rows are written below the table, not added with TableRowCollection.add, and Table.resize
 * (learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1), ExcelApi 1.13:
 * same header row, overlapping the old range; like the docs' other table APIs it inserts no cells) takes
 * them in. The result must be the table rows.add gives: range, values, formulas, number formats, data
 * validation. Where Table.resize is missing, or something is below the table, rows.add it is.
 */
import type { CellValue } from "../../../src/domain/catalog";
import { setupWorkbook } from "../../../src/excel/setup";
import { appendRows, type AppendResult } from "../../../src/excel/table-io";
import { IMPORT_MIN_ROWS } from "../../../src/excel/table-io/import-rows";
import { createExcelHost, type ExcelHost } from "../../../src/host";
import { HostTableRowCollection } from "../../../src/host/proxy/table-rows";

const ROWS = IMPORT_MIN_ROWS + 100;

/** Claims with text IDs that look like numbers, every third one with a Status from the list. */
function claims(count: number): { headers: string[]; rows: CellValue[][] } {
  const rows: CellValue[][] = [];
  for (let i = 0; i < count; i++)
    rows.push([String(i + 1).padStart(6, "0"), "00042", 100 + i, i % 3, i % 3 === 0 ? "Paid" : ""]);
  return { headers: ["Claim ID", "Patient Ref", "Total Charge", "Paid", "Status"], rows };
}

/** An Excel without ExcelApi 1.13 (Excel 2021 and older builds): isSetSupported says no. */
function withoutResize<T>(body: () => Promise<T>): Promise<T> {
  const holder = globalThis as unknown as { Office?: unknown };
  const before = holder.Office;
  holder.Office = {
    context: { requirements: { isSetSupported: (_set: string, version?: string) => version !== "1.13" } },
  };
  return body().finally(() => {
    holder.Office = before;
  });
}

interface TableSnapshot {
  readonly address: string | undefined;
  readonly cells: unknown[][];
}

/** Everything a user sees of a table's cells: value, formula, number format and data validation. */
function snapshot(host: ExcelHost, sheet: string, table: string): TableSnapshot {
  const view = host.workbook.table(table);
  const rect = view?.rect ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
  const cells: unknown[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: unknown[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) {
      const cell = host.workbook.cell(sheet, r, c);
      row.push([cell.value, cell.formula, cell.numberFormat, cell.validation]);
    }
    cells.push(row);
  }
  return { address: view?.address, cells };
}

/** The first cell where two snapshots differ, described (null when equal): small output when a test fails. */
function firstDifference(a: TableSnapshot, b: TableSnapshot): string | null {
  if (a.address !== b.address) return `address ${a.address} vs ${b.address}`;
  for (let r = 0; r < a.cells.length; r++) {
    const x = JSON.stringify(a.cells[r]);
    const y = JSON.stringify(b.cells[r]);
    if (x !== y) return `row ${r}: ${x} vs ${y}`;
  }
  return null;
}

async function appendClaims(
  rows: number,
  options: { resize: boolean; fillFormulas?: boolean; existing?: number },
): Promise<{ host: ExcelHost; result: AppendResult }> {
  const host = createExcelHost();
  await setupWorkbook(host.run);
  if (options.fillFormulas === false) host.workbook.fillTableFormulas = false;
  if (options.existing)
    await host.run((context) => appendRows(context, "Claims", claims(options.existing ?? 0)));
  const run = () => host.run((context) => appendRows(context, "Claims", claims(rows)));
  const result = options.resize ? await run() : await withoutResize(run);
  return { host, result };
}

describe("large appends write below the table and resize it (the docs' import path)", () => {
  let add: jest.SpiedFunction<HostTableRowCollection["add"]>;
  beforeEach(() => {
    add = jest.spyOn(HostTableRowCollection.prototype, "add");
  });
  afterEach(() => add.mockRestore());

  it("does not call rows.add, and gives the table rows.add gives (text IDs stay text)", async () => {
    const imported = await appendClaims(ROWS, { resize: true });
    expect(imported.result).toEqual({ firstRowIndex: 0, rowsAdded: ROWS, path: "import" });
    expect(add).not.toHaveBeenCalled();
    const added = await appendClaims(ROWS, { resize: false });
    expect(added.result.path).toBe("rows.add");
    expect(add).toHaveBeenCalled();

    const a = snapshot(imported.host, "Claims", "Claims");
    expect(firstDifference(a, snapshot(added.host, "Claims", "Claims"))).toBeNull();
    expect(a.address).toMatch(new RegExp(`^Claims!A1:[A-Z]+${ROWS + 1}$`));
    // Text IDs kept as written, a number format of "@", and Status keeps its list validation.
    const headers = imported.host.workbook.table("Claims")?.headers ?? [];
    const id = imported.host.workbook.cell("Claims", ROWS, headers.indexOf("Claim ID"));
    expect([id.value, id.numberFormat]).toEqual([String(ROWS).padStart(6, "0"), "@"]);
    const status = imported.host.workbook.cell("Claims", ROWS, headers.indexOf("Status"));
    expect(status.validation?.type).toBe("List");
    const balance = imported.host.workbook.cell("Claims", ROWS, headers.indexOf("Balance"));
    expect(balance.formula).toMatch(/^=/);
  });

  it("after existing rows, and with AutoCorrect's fill-formulas option off, matches rows.add too", async () => {
    const imported = await appendClaims(ROWS, { resize: true, existing: 3, fillFormulas: false });
    const added = await appendClaims(ROWS, { resize: false, existing: 3, fillFormulas: false });
    expect(imported.result).toEqual({ firstRowIndex: 3, rowsAdded: ROWS, path: "import" });
    const difference = firstDifference(
      snapshot(imported.host, "Claims", "Claims"),
      snapshot(added.host, "Claims", "Claims"),
    );
    expect(difference).toBeNull();
  });

  it("keeps rows.add for a few rows", async () => {
    const { result } = await appendClaims(IMPORT_MIN_ROWS - 1, { resize: true });
    expect(result.path).toBe("rows.add");
    expect(add).toHaveBeenCalledTimes(1);
  });

  it("never overwrites what is below the table: it falls back to rows.add, which moves it down", async () => {
    const host = createExcelHost();
    await setupWorkbook(host.run);
    const rect = host.workbook.table("Claims")?.rect;
    const noteRow = (rect?.r1 ?? 0) + 40; // 40 rows below the table's last row, in its second column
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Claims").getRangeByIndexes(noteRow, 1, 1, 1).values = [
        ["my note"],
      ];
      await context.sync();
    });
    const result = await host.run((context) => appendRows(context, "Claims", claims(ROWS)));
    expect(result.path).toBe("rows.add");
    // The table's one placeholder row took the first new row; the note moved down by the other rows.
    expect(host.workbook.cell("Claims", noteRow + ROWS - 1, 1).value).toBe("my note");
    expect(host.workbook.table("Claims")?.rect.r1).toBe(ROWS);
  });

  it("is not put off by content elsewhere on the sheet (beside the table, or far below another column)", async () => {
    const host = createExcelHost();
    await setupWorkbook(host.run);
    const width = host.workbook.table("Claims")?.headers.length ?? 0;
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Claims");
      sheet.getRangeByIndexes(5, width + 1, 1, 1).values = [["beside"]];
      sheet.getRangeByIndexes(ROWS + 50, width + 1, 1, 1).values = [["far below, another column"]];
      await context.sync();
    });
    const result = await host.run((context) => appendRows(context, "Claims", claims(ROWS)));
    expect(result.path).toBe("import");
    expect(host.workbook.cell("Claims", ROWS + 50, width + 1).value).toBe("far below, another column");
  });

  it("within the sync budget: one sync for the table and the space below it, then one per chunk", async () => {
    const host = createExcelHost();
    await setupWorkbook(host.run);
    host.resetStats();
    await host.run((context) => appendRows(context, "Claims", claims(ROWS), { maxBytes: 16_000 }));
    const { syncs, requests } = host.stats;
    expect(host.stats.maxRequestBytes).toBeLessThanOrEqual(16_000);
    expect(syncs).toBeLessThanOrEqual(Math.ceil(host.stats.totalRequestBytes / 16_000) + 2);
    expect(requests[0]?.requestBytes).toBeLessThan(4_000); // the probe: addresses and loads only
    expect(syncs).toBeGreaterThan(2); // really chunked
  });
});
