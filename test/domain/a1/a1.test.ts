import { columnIndexFromLetters, columnLetters, quoteSheetName } from "../../../src/domain/a1/a1";

describe("A1 notation", () => {
  it("converts column indexes and letters both ways", () => {
    expect([0, 25, 26, 701, 702, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA", "XFD"]);
    expect(["A", "z", "AA", "XFD"].map(columnIndexFromLetters)).toEqual([0, 25, 26, 16383]);
    expect(() => columnLetters(-1)).toThrow(RangeError);
  });

  it("quotes sheet names the way Excel writes them", () => {
    expect(quoteSheetName("Claims")).toBe("Claims");
    expect(quoteSheetName("Claim Lines")).toBe("'Claim Lines'");
    expect(quoteSheetName("O'Brien")).toBe("'O''Brien'");
    expect(quoteSheetName("AB12")).toBe("'AB12'");
    expect(quoteSheetName("R1C1")).toBe("'R1C1'");
    expect(quoteSheetName("2026")).toBe("'2026'");
  });
});
