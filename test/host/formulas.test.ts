import { createExcelHost } from "../../src/host";
import { shiftFormula, renameSheetInFormula } from "../../src/host/formula/references";

async function compute(cells: Record<string, unknown[][]>, formulas: string[]) {
  const host = createExcelHost();
  await host.run(async (context) => {
    for (const [address, values] of Object.entries(cells)) {
      const [sheetName, a1] = address.split("|") as [string, string];
      const existing = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      const sheet = existing.isNullObject ? context.workbook.worksheets.add(sheetName) : existing;
      sheet.getRange(a1).values = values;
    }
    context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 10, 1, formulas.length).formulas = [
      formulas,
    ];
    await context.sync();
  });
  return host.workbook.values("Sheet1", `K1:${String.fromCharCode(75 + formulas.length - 1)}1`)[0];
}

describe("formulas", () => {
  test("other sheets (quoted names), whole columns, IF/IFERROR/ROUND/MIN/MAX/AVERAGE/COUNT/COUNTA", async () => {
    const values = await compute({ "My Sheet|A1:A4": [[1], [2], ["x"], [4]] }, [
      "='My Sheet'!A1+'My Sheet'!A4",
      "=SUM('My Sheet'!A:A)",
      '=IFERROR(1/0,"none")',
      "=ROUND(2.345,2)",
      "=MIN('My Sheet'!A1:A4)",
      "=MAX('My Sheet'!A1:A4)",
      "=AVERAGE('My Sheet'!A1:A4)",
      "=COUNT('My Sheet'!A1:A4)",
      "=COUNTA('My Sheet'!A1:A4)",
      '=IF(1>2,"a","b")',
    ]);
    // numbers 1, 2, 4 (text "x" ignored): sum 7, min 1, max 4, average 7/3, count 3, counta 4
    expect(values).toEqual([5, 7, "none", 2.35, 1, 4, 7 / 3, 3, 4, "b"]);
  });

  test("dates: DATE and EOMONTH give Excel serials; COUNTIF is case-insensitive", async () => {
    const values = await compute({ "Data|A1:A3": [["Paid"], ["paid"], ["Open"]] }, [
      "=DATE(2024,1,31)",
      "=EOMONTH(DATE(2024,1,15),1)",
      '=COUNTIF(Data!A1:A3,"PAID")',
      "=SUMPRODUCT({1,2},{3,4})",
    ]);
    // 2024-01-31 is serial 45322; end of Feb 2024 is 45351; 1*3+2*4 = 11
    expect(values).toEqual([45322, 45351, 2, 11]);
  });

  test("defined names work in formulas; a circular reference gives 0 and is flagged", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A2").values = [[10], [20]];
      context.workbook.names.add("Pair", sheet.getRange("A1:A2"));
      sheet.getRange("B1:D1").formulas = [["=SUM(Pair)", "=D1+1", "=C1+1"]];
      await context.sync();
    });
    expect(host.workbook.cell("Sheet1", 0, 1).value).toBe(30);
    expect(
      host.workbook.cell("Sheet1", 0, 2).formulaError ?? host.workbook.cell("Sheet1", 0, 3).formulaError,
    ).toMatch(/Circular/);
  });

  test("dependents recalculate after a later write", async () => {
    const host = createExcelHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").formulas = [[2, "=A1*A1"]];
      await context.sync();
    });
    expect(host.workbook.cell("Sheet1", 0, 1).value).toBe(4);
    await host.edit("Sheet1", "A1", [[5]]);
    expect(host.workbook.cell("Sheet1", 0, 1).value).toBe(25);
  });

  test("reference rewriting: relative refs move, absolute stay, strings untouched, renames follow", () => {
    expect(shiftFormula('=A1+$B$2+C$3+"A1"', 2, 1)).toBe('=B3+$B$2+D$3+"A1"');
    expect(shiftFormula("=SUM(A:A)+LOG10(A1)", 0, 1)).toBe("=SUM(B:B)+LOG10(B1)");
    expect(shiftFormula("=A1", -1, 0)).toBe("=#REF!");
    expect(renameSheetInFormula("=Old!A1+'Old'!B2+Other!A1", "Old", "New Name")).toBe(
      "='New Name'!A1+'New Name'!B2+Other!A1",
    );
  });
});
