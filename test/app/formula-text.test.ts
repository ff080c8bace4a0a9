import { fromFileFormula, toFileFormula } from "../../src/app/xlsx/formula-text";

describe("toFileFormula (what the .xlsx stores)", () => {
  it.each([
    ["=[@[Total Charge]]-[@Paid]", "Claims", "Claims[[#This Row],[Total Charge]]-Claims[[#This Row],[Paid]]"],
    ["=Claims[@Paid]*2", null, "Claims[[#This Row],[Paid]]*2"],
    ["=SUM([Paid])", "Claims", "SUM(Claims[Paid])"],
    ["=SUM(Claims[Paid])", null, "SUM(Claims[Paid])"],
    ["=[@]", "T", "T[#This Row]"],
    ["=SUM(Claims[[#All],[Paid]])", null, "SUM(Claims[[#All],[Paid]])"],
    ['=MAXIFS(A:A,B:B,"x")', null, '_xlfn.MAXIFS(A:A,B:B,"x")'],
    ["=_xlfn.MAXIFS(A:A,B:B,1)", null, "_xlfn.MAXIFS(A:A,B:B,1)"],
    ['="[@Paid] stays text"&[@Paid]', "Claims", '"[@Paid] stays text"&Claims[[#This Row],[Paid]]'],
    ["='My [Sheet]'!A1+1", null, "'My [Sheet]'!A1+1"],
    ["=SUM(1,2)", null, "SUM(1,2)"],
  ])("%s in table %s -> %s", (formula, table, expected) => {
    expect(toFileFormula(formula, table)).toBe(expected);
  });
});

describe("fromFileFormula (what Excel shows)", () => {
  it.each([
    ["Claims[[#This Row],[Total Charge]]-Claims[[#This Row],[Paid]]", "Claims", "=[@[Total Charge]]-[@Paid]"],
    ["Claims[[#This Row],[Paid]]", "Other", "=Claims[@Paid]"],
    ["T[#This Row]", "T", "=[@]"],
    ["_xlfn.MAXIFS(A:A,B:B,1)", null, "=MAXIFS(A:A,B:B,1)"],
    ['"_xlfn.X stays"&A1', null, '="_xlfn.X stays"&A1'],
    ["SUM(Claims[Paid])", "Claims", "=SUM(Claims[Paid])"],
  ])("%s in table %s -> %s", (formula, table, expected) => {
    expect(fromFileFormula(formula, table)).toBe(expected);
  });

  it("turns back what toFileFormula wrote", () => {
    const formula = "=[@[Total Charge]]-[@Paid]-[@Adjustment]";
    expect(fromFileFormula(toFileFormula(formula, "Claims"), "Claims")).toBe(formula);
  });
});
