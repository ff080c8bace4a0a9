import { TABLE_NAMES, type CellValue } from "../../../src/domain/catalog";
import { createExcelHost, type ExcelHost } from "../../../src/host";
import { setupWorkbook } from "../../../src/excel/setup";
import {
  appendRows,
  readTable,
  readTables,
  TableNotFoundError,
  UnknownColumnError,
  updateRows,
} from "../../../src/excel/table-io";
import { putTable, rangeValues } from "./helpers";

describe("readTable", () => {
  let host: ExcelHost;
  beforeAll(async () => {
    host = createExcelHost();
    // Payers with columns shuffled, one header in other case, a user column; table at B2.
    await putTable(
      host,
      "Payers",
      "Payers",
      ["Name", "PAYER ID", "Notes (mine)", "Timely Filing (days)", "Type", "X12 Payer ID"],
      [
        ["Aetna", "AET", "portal login in binder", 90, "Commercial", "60054"],
        ["Medicare", "MCR", "", "365", "medicare", "'00882"],
      ],
      { row: 1, column: 1 },
    );
  });

  test("reads rows by header name whatever the column order", async () => {
    const data = await host.run((context) => readTable(context, "Payers"));
    if (!data) throw new Error("no table");
    expect(data.sheet).toBe("Payers");
    expect(data.rowCount).toBe(2);
    expect(data.typed()).toEqual([
      {
        payerId: "AET",
        name: "Aetna",
        type: "Commercial",
        timelyFilingDays: 90,
        x12PayerId: "60054",
        appealWindowDays: null, // a catalog column this table does not have reads as blank
        extra: { "Notes (mine)": "portal login in binder" },
      },
      {
        payerId: "MCR",
        name: "Medicare",
        type: "Medicare",
        timelyFilingDays: 365,
        x12PayerId: "00882",
        appealWindowDays: null,
        extra: { "Notes (mine)": "" },
      },
    ]);
    // Raw rows keep the workbook's column order and values as Excel reports them.
    expect(data.headers).toEqual([
      "Name",
      "PAYER ID",
      "Notes (mine)",
      "Timely Filing (days)",
      "Type",
      "X12 Payer ID",
    ]);
    expect(data.rows[0]).toEqual(["Aetna", "AET", "portal login in binder", 90, "Commercial", 60054]);
  });

  test("maps (row, header) to the sheet cell", async () => {
    const data = await host.run((context) => readTable(context, "Payers"));
    // Header at row 2 from column B: "Type" is the 5th column (F), row 1 is sheet row 4.
    expect(data?.cellAddress(1, "Type")).toBe("Payers!F4");
    expect(await rangeValues(host, "Payers", "F4")).toEqual([["medicare"]]);
  });

  test("missing tables read as null; several tables in one call", async () => {
    const tables = await host.run((context) => readTables(context, ["Payers", "Claims"]));
    expect(tables.get("Claims")).toBeNull();
    expect(tables.get("Payers")?.rowCount).toBe(2);
  });

  test("small tables are read together in one sync; a missing one costs two more", async () => {
    const h = createExcelHost();
    await setupWorkbook(h.run);
    await h.run(async (context) => {
      await appendRows(context, "Providers", [{ "Provider ID": "P1" }, { "Provider ID": "P2" }]);
      await appendRows(context, "Payers", [{ "Payer ID": "AET", Name: "Aetna" }]);
    });
    h.resetStats();
    const tables = await h.run((context) => readTables(context, TABLE_NAMES));
    expect(h.stats.syncs).toBe(1);
    expect(tables.get("Providers")?.rows.map((r) => r[0])).toEqual(["P1", "P2"]);
    expect(tables.get("Payers")?.typed()[0]).toMatchObject({ payerId: "AET", name: "Aetna" });
    expect(tables.get("Claims")?.rowCount).toBe(0);

    h.resetStats();
    const some = await h.run((context) => readTables(context, ["Providers", "NoSuchTable"]));
    expect(some.get("NoSuchTable")).toBeNull();
    expect(some.get("Providers")?.rowCount).toBe(2);
    expect(h.stats.syncs).toBe(3);
  });
});

describe("appendRows", () => {
  let host: ExcelHost;
  beforeEach(async () => {
    host = createExcelHost();
    await setupWorkbook(host.run);
  });

  test("fills a new table's empty row first, then adds below; calculated Balance left to Excel", async () => {
    const result = await host.run((context) =>
      appendRows(context, "Claims", [
        { "Claim ID": "C1", "Total Charge": 200, Paid: 120, Adjustment: 30, Balance: 999 },
        {
          "Claim ID": "C2",
          "Total Charge": 80,
          Paid: 0,
          Adjustment: 0,
          Status: '=HYPERLINK("http://x","y")',
        },
      ]),
    );
    expect(result).toEqual({ firstRowIndex: 0, rowsAdded: 2, path: "rows.add" });
    const claims = await host.run((context) => readTable(context, "Claims"));
    expect(claims?.rowCount).toBe(2);
    // Balance = Total Charge - Paid - Adjustment: 200 - 120 - 30 = 50; 80 - 0 - 0 = 80
    expect(claims?.typed().map((r) => [r.claimId, r.balance])).toEqual([
      ["C1", 50],
      ["C2", 80],
    ]);
    // Status is a General column: the text is kept as text, not run as a formula.
    expect(claims?.value(1, "Status")).toBe('=HYPERLINK("http://x","y")');
  });

  test("columns not given stay blank; a user's extra column is untouched; text never becomes a formula", async () => {
    // The user added their own column (with a formula of their own) and a row.
    await host.run(async (context) => {
      const table = context.workbook.tables.getItem("ClaimLines");
      table.columns.add(undefined, undefined, "My Check");
      await context.sync();
      table.rows.add(undefined, [["C0", 1, "99213", "", "", 1, 10, "", "", "ok"]]);
      await context.sync();
    });
    await host.run((context) =>
      appendRows(context, "ClaimLines", {
        headers: ["Code", "Claim ID", "Modifiers", "Diagnosis Pointers"],
        rows: [
          ["=cmd|' /C calc'!A0", "C1", "+25", "@SUM(1)"],
          ["99214", "C1", null, "-1"],
        ],
      }),
    );
    const values = await rangeValues(host, "Claim Lines", "A2:J4");
    expect(values).toEqual([
      ["C0", 1, "99213", "", "", 1, 10, "", "", "ok"],
      ["C1", "", "=cmd|' /C calc'!A0", "+25", "@SUM(1)", "", "", "", "", ""],
      ["C1", "", "99214", "", "-1", "", "", "", "", ""],
    ]);
  });

  test("unknown headers are refused before anything is written", async () => {
    const before = host.snapshot();
    await expect(
      host.run((context) => appendRows(context, "Claims", [{ "Claim ID": "C1", Colour: "red" }])),
    ).rejects.toThrow(UnknownColumnError);
    expect(host.snapshot()).toBe(before);
  });

  test("a missing table is a clear error", async () => {
    const empty = createExcelHost();
    await expect(
      empty.run((context) => appendRows(context, "Claims", [{ "Claim ID": "C1" }])),
    ).rejects.toThrow(TableNotFoundError);
  });
});

describe("updateRows", () => {
  const headers = ["Item ID", "Name", "On Hand", "Reorder Point", "Par Level", "Unit Cost"];
  const rows: CellValue[][] = Array.from({ length: 6 }, (_, i) => [
    `I${i}`,
    `Item ${i}`,
    i * 10,
    5,
    50,
    1.5 + i,
  ]);

  test("writes only the given cells, as blocks, in one sync after the header read", async () => {
    const host = createExcelHost();
    await putTable(host, "Inventory", "Inventory", headers, rows);
    host.resetStats();
    const result = await host.run((context) =>
      updateRows(context, "Inventory", [
        { rowIndex: 1, values: { "On Hand": 7, "Reorder Point": 3 } },
        { rowIndex: 2, values: { "on hand": 8, "reorder point": 4 } },
        { rowIndex: 4, values: { Name: "=not a formula", "Unit Cost": null } },
        { rowIndex: 5, values: { Name: undefined } },
      ]),
    );
    // rows 1-2 × (On Hand, Reorder Point) is one block; row 4 Name and row 4 Unit Cost are two more.
    expect(result).toEqual({ cellsWritten: 6, blocks: 3 });
    expect(host.stats.syncs).toBe(2);
    const expected = rows.map((r) => [...r]);
    expected[1]?.splice(2, 2, 7, 3);
    expected[2]?.splice(2, 2, 8, 4);
    expected[4]?.splice(1, 1, "=not a formula");
    expected[4]?.splice(5, 1, "");
    expect(await rangeValues(host, "Inventory", "A2:F7")).toEqual(expected);
  });

  test("rows outside the table and calculated columns are refused", async () => {
    const host = createExcelHost();
    await setupWorkbook(host.run);
    await host.run((context) => appendRows(context, "Claims", [{ "Claim ID": "C1" }]));
    await expect(
      host.run((context) => updateRows(context, "Claims", [{ rowIndex: 1, values: { Paid: 1 } }])),
    ).rejects.toThrow(RangeError);
    await expect(
      host.run((context) => updateRows(context, "Claims", [{ rowIndex: 0, values: { Balance: 1 } }])),
    ).rejects.toThrow(/calculated/);
  });
});
