/**
 * Smaller cells (src/host/model/cell.ts, cell-parts.ts): only formula cells hold a computed result, and
 * empty cells that carry only formatting are one shared object per formatting. What a user sees must
 * not change: results survive the same operations as before, and writing to one empty cell never
 * changes another.
 */
import { countStoredCells } from "../../bench/memory";
import { createExcelHost, type ExcelHost } from "../../src/host";
import { Cell } from "../../src/host/model/cell";
import { CellStore } from "../../src/host/model/cell-store";
import { DEFAULT_STYLE, patchStyle } from "../../src/host/model/style";

function raw(host: ExcelHost, row: number, col: number): Cell {
  return host.workbook.rawCell(host.workbook.requireSheet("Sheet1"), row, col);
}

/** Sheet1: A1 = 2, B1 = A1*3; A3:C5 empty, "0.00" and bold. */
async function build(): Promise<ExcelHost> {
  const host = createExcelHost();
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [[2]];
    sheet.getRange("B1").formulas = [["=A1*3"]];
    const formatted = sheet.getRange("A3:C5");
    formatted.numberFormat = [0, 1, 2].map(() => ["0.00", "0.00", "0.00"]);
    formatted.format.font.bold = true;
    await context.sync();
  });
  return host;
}

describe("a formula cell's computed result", () => {
  test("survives a format change without being computed again", async () => {
    const host = await build();
    expect(host.workbook.cellAt("Sheet1", "B1").value).toBe(6);
    const computed = host.workbook.calculationStats.computed;
    await host.run(async (context) => {
      const b1 = context.workbook.worksheets.getItem("Sheet1").getRange("B1");
      b1.numberFormat = [["0.00"]];
      b1.format.fill.color = "#FFFF00";
      await context.sync();
    });
    const b1 = host.workbook.cellAt("Sheet1", "B1");
    expect(b1).toMatchObject({ value: 6, text: "6.00", formula: "=A1*3", formulaError: null });
    expect(b1.format.fillColor).toBe("#FFFF00");
    expect(host.workbook.calculationStats.computed).toBe(computed);
  });

  test("follows its inputs, and a failed sync leaves the result it had", async () => {
    const host = await build();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[5]];
      await context.sync();
    });
    expect(host.workbook.cellAt("Sheet1", "B1").value).toBe(15);
    host.failSync(1, { code: "GeneralException", message: "network" });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[7]];
      sheet.getRange("B1").numberFormat = [["0.0"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    });
    expect(host.workbook.cellAt("Sheet1", "B1")).toMatchObject({ value: 15, numberFormat: "General" });
  });

  test("a value written over a formula has no computed result left", async () => {
    const host = await build();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [["text"]];
      await context.sync();
    });
    const b1 = raw(host, 0, 1);
    expect(b1.formula).toBeNull();
    expect(host.workbook.cellAt("Sheet1", "B1")).toMatchObject({ value: "text", formulaError: null });
    expect(b1.calcGeneration).toBe(-1);
    expect(() => {
      b1.calcValue = 1;
    }).toThrow("Only formula cells");
  });
});

describe("empty cells that carry only formatting", () => {
  test("are one shared object per formatting", async () => {
    const host = await build();
    const a3 = raw(host, 2, 0);
    expect(a3.numberFormat).toBe("0.00");
    expect(a3.style.bold).toBe(true);
    for (let r = 2; r <= 4; r++) for (let c = 0; c <= 2; c++) expect(raw(host, r, c)).toBe(a3);
    // A different formatting is a different object.
    expect(raw(host, 0, 0).isEmpty).toBe(false);
    expect(raw(host, 10, 10)).not.toBe(a3);
  });

  test("writing a value into one, then clearing it, never changes the others", async () => {
    const host = await build();
    const shared = raw(host, 2, 0);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B4").values = [[12]];
      sheet.getRange("C5").formulas = [["=B4*2"]];
      sheet.getRange("A5").numberFormat = [["0%"]];
      await context.sync();
    });
    expect(host.workbook.cellAt("Sheet1", "B4")).toMatchObject({ value: 12, text: "12.00" });
    expect(host.workbook.cellAt("Sheet1", "C5")).toMatchObject({ value: 24, text: "24.00" });
    expect(host.workbook.cellAt("Sheet1", "A5").numberFormat).toBe("0%");
    // The shared cell is as it was, and still what the untouched cells hold.
    expect(shared).toMatchObject({ value: "", kind: "Empty", formula: null, numberFormat: "0.00" });
    expect(shared.calcGeneration).toBe(-1);
    expect(raw(host, 2, 0)).toBe(shared);
    expect(raw(host, 4, 1)).toBe(shared);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B4:C5").clear("Contents");
      await context.sync();
    });
    expect(raw(host, 3, 1)).toBe(shared);
    expect(raw(host, 4, 2)).toBe(shared);
  });

  test("are read by formulas as empty and never given a result", async () => {
    const host = await build();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("E1").formulas = [["=SUM(A3:C5)+COUNTA(A3:C5)"]];
      await context.sync();
    });
    expect(host.workbook.cellAt("Sheet1", "E1").value).toBe(0);
    const shared = raw(host, 2, 0);
    expect(shared.calcValue).toBe("");
    expect(() => {
      shared.calcGeneration = 1;
    }).toThrow("Only formula cells");
  });

  test("come back as they were when a sync fails", async () => {
    const host = await build();
    host.failSync(1, { code: "GeneralException", message: "network" });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A3:C5").clear("Formats");
      sheet.getRange("B4").values = [["x"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    });
    const shared = raw(host, 2, 0);
    for (let r = 2; r <= 4; r++) for (let c = 0; c <= 2; c++) expect(raw(host, r, c)).toBe(shared);
    expect(shared).toMatchObject({ value: "", numberFormat: "0.00" });
    expect(shared.style.bold).toBe(true);
  });
});

describe("cells without formula that are equal", () => {
  test("are stored as one object in a column, and writing one position changes only that one", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B4").values = [
        ["Open", 100],
        ["Paid", 100],
        ["Open", 100.5],
        ["Open", 100],
      ];
      await context.sync();
    });
    const open = raw(host, 0, 0);
    expect(raw(host, 2, 0)).toBe(open);
    expect(raw(host, 3, 0)).toBe(open);
    expect(raw(host, 3, 1)).toBe(raw(host, 0, 1));
    expect(raw(host, 2, 1).value).toBe(100.5);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A3").values = [["Denied"]];
      sheet.getRange("A4").numberFormat = [["@"]];
      await context.sync();
    });
    expect(host.workbook.values("Sheet1", "A1:A4")).toEqual([["Open"], ["Paid"], ["Denied"], ["Open"]]);
    expect(raw(host, 0, 0)).toBe(open);
    expect(open).toMatchObject({ value: "Open", numberFormat: "General" });
    expect(raw(host, 3, 0).numberFormat).toBe("@");
  });

  test("but text and the error it spells, or a quote prefix, stay apart", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A4").values = [
        ["#N/A"],
        ["'#N/A"],
        ["'5"],
        ["5"],
      ];
      await context.sync();
    });
    expect(host.workbook.cellAt("Sheet1", "A1").valueType).toBe("Error");
    expect(host.workbook.cellAt("Sheet1", "A2")).toMatchObject({ valueType: "String", quotePrefix: true });
    expect(host.workbook.cellAt("Sheet1", "A3")).toMatchObject({ value: "5", quotePrefix: true });
    expect(host.workbook.cellAt("Sheet1", "A4")).toMatchObject({ value: 5, quotePrefix: false });
  });

  test("formula cells are never shared: each keeps its own result", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A3").values = [[1], [2], [3]];
      sheet.getRange("B1:B3").formulas = [["=$A$1*2"], ["=$A$1*2"], ["=A3*2"]];
      await context.sync();
    });
    expect(raw(host, 1, 1)).not.toBe(raw(host, 0, 1));
    expect(host.workbook.values("Sheet1", "B1:B3")).toEqual([[2], [2], [6]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[4]];
      await context.sync();
    });
    expect(host.workbook.values("Sheet1", "B1:B3")).toEqual([[8], [8], [6]]);
  });
});

describe("bench memory", () => {
  test("counts stored cells by what they hold, shared empty cells once", async () => {
    const host = await build();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2:B2").values = [["a", 1]];
      await context.sync();
    });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C1:C2").values = [["a"], [1]];
      await context.sync();
    });
    expect(countStoredCells(host)).toEqual({
      total: 15,
      numbers: 3,
      strings: 2,
      formulas: 1,
      empty: 9,
      emptyObjects: 1,
      objects: 7,
    });
  });
});

describe("the cell store", () => {
  test("stores an empty cell made elsewhere (as a file read makes them) as the shared one", () => {
    const store = new CellStore();
    const bold = patchStyle(DEFAULT_STYLE, { bold: true });
    const made = () => new Cell("", "Empty", null, false, "0.00", bold, null);
    store.set(0, 0, made());
    store.set(5, 3, made());
    const stored = store.get(0, 0);
    expect(store.get(5, 3)).toBe(stored);
    expect(stored).toMatchObject({ value: "", numberFormat: "0.00" });
    expect(stored.style.bold).toBe(true);
    // Content, or a quote prefix, is a cell of its own.
    const quoted = new Cell("", "Empty", null, true, "0.00", bold, null);
    store.set(1, 0, quoted);
    expect(store.get(1, 0)).toBe(quoted);
  });
});

describe("the store's column count (the recalculator asks for it after every sync)", () => {
  /** What columnCount means: the longest stored row's length, measured by walking every row. */
  function walked(store: CellStore): number {
    let widest = 0;
    for (let r = 0; r < store.rowCount; r++) widest = Math.max(widest, store.rowCells(r)?.length ?? 0);
    return widest;
  }

  it("stays the longest row's length through writes, shifts, commits and rollbacks", () => {
    const store = new CellStore();
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const value = (n: number) => new Cell(n, "Double", null, false, "General", DEFAULT_STYLE, null);
    for (let step = 0; step < 400; step++) {
      const pick = random(10);
      if (pick < 5) store.set(random(30), random(40), value(step));
      else if (pick === 5) store.shiftDown(random(10), 10 + random(30), random(30), 1 + random(3));
      else if (pick === 6) store.shiftUp(random(10), 10 + random(30), random(30), 1 + random(3));
      else if (pick === 7 && !store.inTransaction) store.begin();
      else if (pick === 8 && store.inTransaction) store.rollback();
      else if (store.inTransaction) store.commit();
      expect(store.columnCount()).toBe(walked(store));
    }
  });

  it("narrows again when a rollback takes back the widest row", () => {
    const store = new CellStore();
    const value = new Cell(1, "Double", null, false, "General", DEFAULT_STYLE, null);
    store.set(0, 5, value);
    store.begin();
    store.set(3, 30, value);
    expect(store.columnCount()).toBe(31);
    store.rollback();
    expect(store.columnCount()).toBe(6);
  });
});
