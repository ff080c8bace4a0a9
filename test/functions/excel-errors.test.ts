import { ExcelFunctionError, excelError, isFunctionError } from "../../src/functions/excel-errors";
import { run } from "../../src/functions/call";
import { thrown } from "./thrown";

describe("excelError outside Excel", () => {
  it("stands in with the same code and message", () => {
    const e = excelError("#VALUE!", "PM.AGE: serviceDate is not a date");
    expect(e).toBeInstanceOf(ExcelFunctionError);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("PM.AGE: serviceDate is not a date");
    expect(isFunctionError(e)).toBe(true);
    expect(isFunctionError(new Error("x"))).toBe(false);
  });
  it("drops messages Excel cannot show (#DIV/0!, #NUM!)", () => {
    expect(excelError("#DIV/0!", "ignored").message).toBe("");
  });
});

describe("excelError inside Excel", () => {
  class RuntimeError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const g = globalThis as { CustomFunctions?: unknown };
  beforeEach(() => {
    g.CustomFunctions = { Error: RuntimeError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
  });
  afterEach(() => delete g.CustomFunctions);

  it("uses the runtime's CustomFunctions.Error", () => {
    const e = excelError("#N/A", "Budget table not found - run Set up workbook");
    expect(e).toBeInstanceOf(RuntimeError);
    expect(e).toEqual(new RuntimeError("#N/A", "Budget table not found - run Set up workbook"));
    expect(isFunctionError(e)).toBe(true);
    expect(new RuntimeError("#DIV/0!")).toEqual(excelError("#DIV/0!", "no message allowed"));
  });
});

describe("run", () => {
  it("turns unexpected exceptions into #VALUE! naming the function", () => {
    expect(
      thrown(() =>
        run("AGE", () => {
          throw new RangeError("boom");
        }),
      ),
    ).toEqual({ code: "#VALUE!", message: "PM.AGE: boom" });
  });
  it("never lets NaN or Infinity into a cell", () => {
    expect(thrown(() => run("X", () => Number.NaN)).code).toBe("#NUM!");
    expect(thrown(() => run("X", () => [[1, Number.POSITIVE_INFINITY]])).code).toBe("#NUM!");
  });
  it("fills spilled blanks and ragged rows with empty text", () => {
    expect(run("X", () => [[1, null], [2]] as unknown as number[][])).toEqual([
      [1, ""],
      [2, ""],
    ]);
  });
});
