/**
 * The formula engine against hostile and unusual formulas (issue 12): long dependency chains are
 * computed without recursion and give the right values, whole-sheet ranges read the used cells only,
 * and Excel's limits and array semantics hold.
 */
import { createExcelHost } from "../../src/host";
import { normalizeNumberLiterals } from "../../src/host/formula/excel-semantics";

async function hostWith(address: string, formulas: string[][], values?: [string, unknown[][]]) {
  const host = createExcelHost();
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    if (values) sheet.getRange(values[0]).values = values[1];
    sheet.getRange(address).formulas = formulas;
    await context.sync();
  });
  return host;
}

describe("dependency chains", () => {
  test("a forward chain 1,000 deep (=A2+1 in A1, =A3+1 in A2, ...) computes without a stack overflow", async () => {
    const depth = 1000;
    const formulas = Array.from({ length: depth }, (_, i) => [i === depth - 1 ? "1" : `=A${i + 2}+1`]);
    const host = await hostWith(`A1:A${depth}`, formulas);
    expect(host.workbook.cell("Sheet1", 0, 0).value).toBe(depth);
    expect(host.workbook.cell("Sheet1", 0, 0).formulaError).toBeNull();
  });

  test("a reverse chain of =SUM(A{n+1},1) 399 deep gives 399 (the full engine, not the arithmetic fast path)", async () => {
    const depth = 399;
    const formulas = Array.from({ length: depth }, (_, i) => [i === depth - 1 ? "1" : `=SUM(A${i + 2},1)`]);
    const host = await hostWith(`A1:A${depth}`, formulas);
    expect(host.workbook.cell("Sheet1", 0, 0).value).toBe(399);
  });

  test("a chain 20,000 deep through SUM and across two sheets still computes", async () => {
    const host = createExcelHost();
    const depth = 20_000;
    await host.run(async (context) => {
      const other = context.workbook.worksheets.add("Other");
      other.getRange("A1").formulas = [["=Sheet1!A1*2"]];
      const formulas = Array.from({ length: depth }, (_, i) => [
        i === depth - 1 ? "=1" : `=SUM(A${i + 2})+1`,
      ]);
      context.workbook.worksheets.getItem("Sheet1").getRange(`A1:A${depth}`).formulas = formulas;
      await context.sync();
    });
    expect(host.workbook.cell("Other", 0, 0).value).toBe(2 * depth);
  });

  test("a cycle inside a long chain still gives 0 and is flagged, the cells before it use that 0", async () => {
    const host = await hostWith("A1:A4", [["=A2+1"], ["=A3+1"], ["=A4+1"], ["=A2+1"]]);
    const cells = [0, 1, 2, 3].map((r) => host.workbook.cell("Sheet1", r, 0));
    expect(cells.some((c) => c.formulaError === "Circular reference.")).toBe(true);
    expect(cells.map((c) => typeof c.value)).toEqual(["number", "number", "number", "number"]);
    // A1 reads A2, which is computed from the cycle: A1 = A2 + 1.
    expect(cells[0]?.value).toBe((cells[1]?.value as number) + 1);
  });

  test("cells reading the same uncomputed range compute each input once and agree", async () => {
    const host = await hostWith(
      "B1:B3",
      [["=SUM(A1:A3)"], ["=SUMPRODUCT(A1:A3,A1:A3)"], ["=B1+B2"]],
      ["A1:A3", [[1], [2], [3]]],
    );
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3").formulas = [
        ["=C1"],
        ["=C2*2"],
        ["=C3*3"],
      ];
      context.workbook.worksheets.getItem("Sheet1").getRange("C1:C3").values = [[1], [1], [1]];
      await context.sync();
    });
    expect(host.workbook.values("Sheet1", "B1:B3")).toEqual([[6], [14], [20]]);
  });
});

describe("whole-sheet ranges", () => {
  test("=SUM(B1:XFD1048576) reads the used cells only (and gives their sum)", async () => {
    const host = await hostWith(
      "A1",
      [["=SUM(B1:XFD1048576)"]],
      [
        "B1:D2",
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
      ],
    );
    const started = Date.now();
    expect(host.workbook.cell("Sheet1", 0, 0).value).toBe(21);
    // Reading 17 billion cells would take hours; the used range is 2 x 4.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test("whole columns and whole rows (A:XFD, 1:1048576) are cut to the used range too", async () => {
    const host = await hostWith(
      "A5:B5",
      [["=COUNTA(B:XFD)", "=SUM(1:3)"]],
      [
        "B1:C3",
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      ],
    );
    expect(host.workbook.values("Sheet1", "A5:B5")).toEqual([[7, 21]]);
  });
});

describe("Excel's limits and semantics", () => {
  test('REPT("x",1E9) is #VALUE! (Excel caps text at 32,767 characters) and takes no memory', async () => {
    const host = await hostWith("A1:D1", [
      ['=REPT("x",1E9)', '=LEN(REPT("ab",16383))', '=LEN(REPT("x",32767)&"y")', '=REPT("x",-1)'],
    ]);
    expect(host.workbook.values("Sheet1", "A1:D1")).toEqual([["#VALUE!", 32766, "#VALUE!", "#VALUE!"]]);
  });

  test("SUBSTITUTE replaces text, one instance or all, and refuses results past 32,767 characters", async () => {
    const host = await hostWith("A1:D1", [
      [
        '=SUBSTITUTE("a-b-c","-","+")',
        '=SUBSTITUTE("a-b-c","-","+",2)',
        '=SUBSTITUTE(REPT("x",32767),"x","yy")',
        '=SUBSTITUTE("abc","","z")',
      ],
    ]);
    expect(host.workbook.values("Sheet1", "A1:D1")).toEqual([["a+b+c", "a-b+c", "#VALUE!", "abc"]]);
  });

  test("SUMPRODUCT((A1:A4>3)*A1:A4) returns what Excel returns: 12 for 1, 5, 3, 7", async () => {
    const host = await hostWith(
      "B1:B4",
      [
        ["=SUMPRODUCT((A1:A4>3)*A1:A4)"],
        ["=SUMPRODUCT(--(A1:A4>3),A1:A4)"],
        ["=SUMPRODUCT((A1:A4>3)*(A1:A4<7))"],
        ["=SUMPRODUCT(A1:A4*{1;0;1;0})"],
      ],
      ["A1:A4", [[1], [5], [3], [7]]],
    );
    expect(host.workbook.values("Sheet1", "B1:B4")).toEqual([[12], [12], [1], [4]]);
  });

  test("3E7 parses, in the arithmetic fast path and in the full engine", async () => {
    const host = await hostWith("A1:D1", [["=3E7", "=SUM(3E7,1)", "=MAX(2.5e3,1)", '=LEN("3E7")&"E5"']]);
    expect(host.workbook.values("Sheet1", "A1:D1")).toEqual([[30000000, 30000001, 2500, "3E5"]]);
  });

  test("exponents are normalised only in numbers, never in references, names or text", () => {
    expect(normalizeNumberLiterals("SUM(3E7,A1E5)")).toBe("SUM(3E+7,A1E5)");
    expect(normalizeNumberLiterals('"3E7"&1.5e3')).toBe('"3E7"&1.5e+3');
    expect(normalizeNumberLiterals("'1E5'!A1+2E-3")).toBe("'1E5'!A1+2E-3");
  });
});
