import { serialFromYmd } from "../../src/domain/dates/excel-dates";
import { Args, numberFromText } from "../../src/functions/args";
import { thrown } from "./thrown";

const a = new Args("TEST");

describe("Args", () => {
  it("reads text numbers the way people type them", () => {
    expect(numberFromText(" 1,250.50 ")).toBe(1250.5);
    expect(numberFromText("$40")).toBe(40);
    expect(numberFromText("-$40")).toBe(-40);
    expect(numberFromText("1e3")).toBe(1000);
    expect(numberFromText("12 apples")).toBeNull();
    expect(numberFromText("")).toBeNull();
  });
  it("treats a blank amount as 0 and an omitted optional as its default", () => {
    expect(a.number("n", null)).toBe(0);
    expect(a.number("n", "  ")).toBe(0);
    expect(a.optionalNumber("n", undefined, 7)).toBe(7);
    expect(a.optionalNumber("n", 0, 7)).toBe(0);
  });
  it("reads ranges of every shape as lists", () => {
    expect(a.list("r", 5)).toEqual([5]);
    expect(a.list("r", [[5]])).toEqual([5]);
    expect(a.list("r", [[1], [2], [3]])).toEqual([1, 2, 3]);
    expect(a.list("r", [[1, 2, 3]])).toEqual([1, 2, 3]);
    expect(
      thrown(() =>
        a.list("r", [
          [1, 2],
          [3, 4],
        ]),
      ).message,
    ).toBe("PM.TEST: r must be one row or one column (got 2 rows x 2 columns)");
    expect(
      a.total("r", [
        [1, 2],
        ["3", null],
      ]),
    ).toBe(6); // totals take any shape
  });
  it("reads months from dates and from year-month text", () => {
    expect(a.month("m", "2026-03")).toBe(serialFromYmd(2026, 3, 1));
    expect(a.month("m", "March 2026")).toBe(serialFromYmd(2026, 3, 1));
    expect(a.month("m", serialFromYmd(2026, 3, 17))).toBe(serialFromYmd(2026, 3, 1));
    expect(a.month("m", "2024-02-29")).toBe(serialFromYmd(2024, 2, 1));
    expect(thrown(() => a.month("m", "2023-02-29")).code).toBe("#VALUE!"); // no 29 Feb in 2023
  });
  it("reads years as numbers or as a date's year", () => {
    const never = () => {
      throw new Error("fallback not expected");
    };
    expect(a.optionalYear("y", 2026, never)).toBe(2026);
    expect(a.optionalYear("y", "2026", never)).toBe(2026);
    expect(a.optionalYear("y", serialFromYmd(2027, 5, 4), never)).toBe(2027);
    expect(a.optionalYear("y", null, () => 1999)).toBe(1999);
    expect(thrown(() => a.optionalYear("y", 26, never)).message).toBe(
      "PM.TEST: y 26 is not a year (use e.g. 2026)",
    );
  });
  it("rejects Excel error text passed as data", () => {
    expect(thrown(() => a.number("n", "#N/A")).message).toBe('PM.TEST: n "#N/A" is not a number');
  });
});
