/**
 * Smart recalculation (src/host/model/recalc.ts): after a change only the formulas that depend on it are
 * computed again, as in Excel ("Excel recalculates only the cells that have changed and their dependents":
 * https://learn.microsoft.com/office/client-developer/excel/excel-recalculation), and the results are the
 * ones a full recalculation gives.
 */
import fc from "fast-check";
import { createExcelHost, type ExcelHost } from "../../src/host";
import type { StoredValue } from "../../src/host/model/cell";

const ROWS = 12;

/** Data!A1:E13, table Claims (Amount, Paid, Status, Balance = Amount - Paid, Note); a Summary sheet. */
async function build(host: ExcelHost, rows = ROWS): Promise<void> {
  await host.run(async (context) => {
    const data = context.workbook.worksheets.getItem("Sheet1");
    data.name = "Data";
    const body: (string | number)[][] = [];
    for (let i = 0; i < rows; i++) body.push([10 + i, i % 3, i % 2 === 0 ? "Open" : "Paid", "", `n${i}`]);
    data.getRange(`A1:E${rows + 1}`).values = [["Amount", "Paid", "Status", "Balance", "Note"], ...body];
    const table = data.tables.add(`A1:E${rows + 1}`, true);
    table.name = "Claims";
    data.getRange(`D2:D${rows + 1}`).formulas = body.map(() => ["=[@Amount]-[@Paid]"]);
    const summary = context.workbook.worksheets.add("Summary");
    summary.getRange("A1").values = [[2]];
    context.workbook.names.add("Rate", summary.getRange("A1"));
    summary.getRange("B1:B10").formulas = [
      ['=SUMIFS(Data!D:D,Data!C:C,"Open")'],
      ["=SUM(Claims[Balance])"],
      ['=COUNTIF(Data!C:C,"Paid")'],
      ["=B1*Rate"],
      ["=Data!A2*2+B4"],
      ["=SUM(Data!B:B)"],
      ["=IF(B3>5,B2,B1)"],
      ["=VLOOKUP(12,Data!A2:D40,4,FALSE)"],
      ["=IFERROR(Extra*2,-1)"], // a name added later
      ["=IFERROR(Later!A1+1,-1)"], // a sheet added later
    ];
    // A chain: C1 = B2 + 1, C2 = C1 + 1, ..., C30 = C29 + 1.
    summary.getRange("C1:C30").formulas = Array.from({ length: 30 }, (_, i) => [
      i === 0 ? "=B2+1" : `=C${i}+1`,
    ]);
    await context.sync();
  });
}

/** Every formula's value, sheet by sheet. */
function formulaValues(host: ExcelHost): Record<string, StoredValue> {
  const model = host.workbook;
  model.ensureCalculated();
  const out: Record<string, StoredValue> = {};
  for (const sheet of model.sheets()) {
    sheet.cells.forEach((cell, row, col) => {
      if (cell.formula !== null) out[`${sheet.name}!${row},${col}`] = model.cell(sheet.name, row, col).value;
    });
  }
  return out;
}

type Op =
  | { kind: "value"; row: number; col: number; value: number | string }
  | { kind: "rate"; value: number }
  | { kind: "formula"; row: number; formula: string }
  | { kind: "append"; amount: number; paid: number }
  | { kind: "below"; value: number }
  | { kind: "format"; row: number }
  | { kind: "name" }
  | { kind: "sheet"; value: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant("value" as const),
    row: fc.integer({ min: 1, max: ROWS }),
    col: fc.integer({ min: 0, max: 2 }),
    value: fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constantFrom("Open", "Paid", "x", "")),
  }),
  fc.record({ kind: fc.constant("rate" as const), value: fc.integer({ min: 0, max: 9 }) }),
  fc.record({
    kind: fc.constant("formula" as const),
    row: fc.integer({ min: 0, max: 9 }),
    formula: fc.constantFrom(
      "=Data!A3+1",
      "=SUM(Data!A:A)*Rate",
      "=B2-B1",
      '=COUNTIFS(Data!C:C,"Open",Data!A:A,">12")',
      "=C30*2",
      "=D1+1",
      "=MAX(Claims[Amount])",
    ),
  }),
  fc.record({
    kind: fc.constant("append" as const),
    amount: fc.integer({ min: 0, max: 99 }),
    paid: fc.integer({ min: 0, max: 9 }),
  }),
  fc.record({ kind: fc.constant("below" as const), value: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ kind: fc.constant("format" as const), row: fc.integer({ min: 1, max: ROWS }) }),
  fc.record({ kind: fc.constant("name" as const) }),
  fc.record({ kind: fc.constant("sheet" as const), value: fc.integer({ min: 1, max: 9 }) }),
);

async function apply(host: ExcelHost, op: Op): Promise<void> {
  await host.run(async (context) => {
    const data = context.workbook.worksheets.getItem("Data");
    const summary = context.workbook.worksheets.getItem("Summary");
    if (op.kind === "value") data.getCell(op.row, op.col).values = [[op.value]];
    else if (op.kind === "rate") summary.getRange("A1").values = [[op.value]];
    else if (op.kind === "formula") summary.getCell(op.row, 3).formulas = [[op.formula]];
    else if (op.kind === "append") {
      data.tables.getItem("Claims").rows.add(undefined, [[op.amount, op.paid, "Open", "", "new"]]);
    } else if (op.kind === "below") data.getRange("B60").values = [[op.value]];
    else if (op.kind === "name") {
      // Added, or deleted when it is there.
      const extra = context.workbook.names.getItemOrNullObject("Extra");
      await context.sync();
      if (extra.isNullObject) context.workbook.names.add("Extra", data.getRange("A2"));
      else extra.delete();
    } else if (op.kind === "sheet") {
      const later = context.workbook.worksheets.getItemOrNullObject("Later");
      await context.sync();
      (later.isNullObject ? context.workbook.worksheets.add("Later") : later).getRange("A1").values = [
        [op.value],
      ];
    } else {
      data.getCell(op.row, 3).numberFormat = [["0.00"]];
      data.getCell(op.row, 3).format.fill.color = "#FFFF00";
    }
    await context.sync();
  });
}

describe("smart recalculation", () => {
  test("randomized edits: incremental results equal a full recalculation after every edit", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 8 }), async (ops) => {
        const incremental = createExcelHost();
        const full = createExcelHost();
        await build(incremental);
        await build(full);
        formulaValues(incremental);
        const fullBefore = incremental.workbook.calculationStats.fullRecalculations;
        let structural = false;
        for (const op of ops) {
          await apply(incremental, op);
          await apply(full, op);
          full.workbook.touch(); // everything computed again
          expect(formulaValues(incremental)).toEqual(formulaValues(full));
          if (op.kind === "formula" || op.kind === "append" || op.kind === "sheet") structural = true;
        }
        // Value and format edits never fall back to a full recalculation.
        if (!structural) expect(incremental.workbook.calculationStats.fullRecalculations).toBe(fullBefore);
      }),
      { numRuns: 25 },
    );
  });

  test("a 1-cell edit computes only the formulas that depend on it, transitively", async () => {
    const host = createExcelHost();
    await build(host, 200);
    formulaValues(host);
    const before = host.workbook.calculationStats;
    await host.edit("Data", "A50", [[1000]]);
    formulaValues(host);
    const after = host.workbook.calculationStats;
    // D50 (Balance of that row); Summary B1 (SUMIFS over D:D), B2 (SUM of Balance), B4 = B1*Rate,
    // B5 = Data!A2*2+B4, B7 = IF(...B2,B1), C1..C30 (the chain from B2). Not B3, B6, B8, B9, B10.
    expect(after.computed - before.computed).toBe(1 + 5 + 30);
    expect(after.fullRecalculations).toBe(before.fullRecalculations);
    expect(host.workbook.cellAt("Data", "D50").value).toBe(1000 - (48 % 3));
    expect(host.workbook.cellAt("Summary", "C30").value).toBe(
      Number(host.workbook.cellAt("Summary", "B2").value) + 30,
    );
  });

  test("format-only changes (number format, fill, validation rule, conditional format) compute nothing", async () => {
    const host = createExcelHost();
    await build(host);
    const values = formulaValues(host);
    const before = host.workbook.calculationStats;
    await host.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A2:E13").numberFormat = Array.from({ length: 12 }, () => Array<string>(5).fill("0.00"));
      data.getRange("A2:D5").format.fill.color = "#FF0000";
      data.getRange("A2:A13").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
      data.getRange("D2:D13").conditionalFormats.add("Custom").custom.rule.formula = "=$D2>5";
      await context.sync();
    });
    expect(formulaValues(host)).toEqual(values);
    expect(host.workbook.calculationStats).toEqual(before);
    // The reformatted formula cells keep their results: an edit later computes its dependents only
    // (D5, then Summary B1, B2, B4, B5, B7, B8 = VLOOKUP over Data!A2:D40, and the chain C1..C30).
    await host.edit("Data", "A5", [[70]]);
    formulaValues(host);
    expect(host.workbook.calculationStats.computed - before.computed).toBe(1 + 6 + 30);
  });

  test("volatile functions are computed at every recalculation; names and sheet renames stay right", async () => {
    const host = createExcelHost();
    await build(host);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Summary").getRange("E1").formulas = [["=IF(NOW()>0,Rate+3,0)"]];
      await context.sync();
    });
    formulaValues(host);
    const before = host.workbook.calculationStats.computed;
    await host.edit("Summary", "D20", [[1]]); // read by no formula, inside the used extent
    formulaValues(host);
    expect(host.workbook.calculationStats.computed - before).toBe(1); // E1 only
    await host.edit("Summary", "A1", [[5]]);
    expect(host.workbook.cellAt("Summary", "E1").value).toBe(8);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").name = "Claims Data";
      await context.sync();
    });
    await host.edit("Claims Data", "A2", [[110]]);
    expect(host.workbook.cellAt("Summary", "B5").value).toBe(
      220 + Number(host.workbook.cellAt("Summary", "B4").value),
    );
  });

  test("rows appended to a table: its calculated column's existing rows ([@Amount]-[@Paid]) are not computed again", async () => {
    const host = createExcelHost();
    await build(host, 200);
    formulaValues(host);
    const before = host.workbook.calculationStats.computed;
    await host.run(async (context) => {
      context.workbook.tables.getItem("Claims").rows.add(undefined, [[500, 1, "Open", "", "new"]]);
      await context.sync();
    });
    const values = formulaValues(host);
    // The new row's Balance, and the Summary formulas that read the table or the columns it grew in
    // (B1:B10 and the 30-cell chain after B2), not the 200 existing Balances.
    expect(host.workbook.calculationStats.computed - before).toBeLessThan(60);
    expect(values["Data!201,3"]).toBe(499);
    expect(host.workbook.cellAt("Summary", "B2").value).toBe(
      Array.from({ length: 200 }, (_, i) => 10 + i - (i % 3)).reduce((a, b) => a + b, 0) + 499,
    );
  });

  test("a table renamed: formulas that use it by its old or new name are computed again", async () => {
    const host = createExcelHost();
    await build(host);
    const sum = Number(host.workbook.cellAt("Summary", "B2").value);
    const before = host.workbook.calculationStats;
    const rename = (name: string) =>
      host.run(async (context) => {
        context.workbook.tables.getItem(name === "Bills" ? "Claims" : "Bills").name = name;
        await context.sync();
      });
    await rename("Bills");
    expect(host.workbook.cellAt("Summary", "B2").valueType).toBe("Error");
    await rename("Claims");
    expect(host.workbook.cellAt("Summary", "B2").value).toBe(sum);
    expect(host.workbook.calculationStats.fullRecalculations).toBe(before.fullRecalculations);
  });

  test("a 1,000-deep chain edited at its start is computed again in order, without recursion", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1000").values = [[1]];
      sheet.getRange("A1:A999").formulas = Array.from({ length: 999 }, (_, i) => [`=A${i + 2}+1`]);
      await context.sync();
    });
    expect(host.workbook.cellAt("Sheet1", "A1").value).toBe(1000);
    const before = host.workbook.calculationStats.computed;
    await host.edit("Sheet1", "A1000", [[11]]);
    expect(host.workbook.cellAt("Sheet1", "A1").value).toBe(1010);
    expect(host.workbook.calculationStats.computed - before).toBe(999);
  });

  test("calculate(breathe) computes a big workbook in several slices, with the synchronous path's values", async () => {
    const sliced = createExcelHost();
    const synchronous = createExcelHost();
    await build(sliced, 3000);
    await build(synchronous, 3000);
    let slices = 0;
    expect(sliced.workbook.calculationPending).toBe(true);
    const computed = await sliced.workbook.calculate(async () => {
      slices++;
      await new Promise((resolve) => setImmediate(resolve));
    }, 1);
    expect(computed).toBe(true);
    expect(slices).toBeGreaterThan(1);
    expect(sliced.workbook.calculationPending).toBe(false);
    const stats = sliced.workbook.calculationStats;
    expect(formulaValues(sliced)).toEqual(formulaValues(synchronous));
    expect(sliced.workbook.calculationStats).toEqual(stats); // nothing was left for the synchronous read
  });

  test("a change made between slices joins the running calculation", async () => {
    const host = createExcelHost();
    const reference = createExcelHost();
    await build(host, 2000);
    await build(reference, 2000);
    let edited = false;
    await host.workbook.calculate(async () => {
      if (!edited) {
        edited = true;
        await host.edit("Data", "A3", [[500]]);
        await reference.edit("Data", "A3", [[500]]);
      }
    }, 1);
    expect(edited).toBe(true);
    expect(host.workbook.calculationPending).toBe(false);
    expect(formulaValues(host)).toEqual(formulaValues(reference));
  });
});
