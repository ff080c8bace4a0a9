import { FunctionFault, invalidValue, toExcelError } from "../../src/functions/excel-errors";
import { run } from "../../src/functions/call";
import { thrown } from "./thrown";

describe("Excel errors outside Excel", () => {
  it("the fault stands in for the runtime error, with the same code and message", () => {
    const fault = invalidValue("AGE", "serviceDate is not a date");
    expect(toExcelError(fault)).toBe(fault);
    expect(fault).toMatchObject({ code: "#VALUE!", message: "PM.AGE: serviceDate is not a date" });
  });
  it("drops messages Excel cannot show (#DIV/0!, #NUM!)", () => {
    expect(new FunctionFault("#DIV/0!", "ignored").message).toBe("");
    expect(new FunctionFault("#N/A", "kept").message).toBe("kept");
  });
});

describe("Excel errors inside Excel", () => {
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

  it("become the runtime's CustomFunctions.Error", () => {
    const e = toExcelError(new FunctionFault("#N/A", "Budget table not found - run Set up workbook"));
    expect(e).toBeInstanceOf(RuntimeError);
    expect(e).toEqual(new RuntimeError("#N/A", "Budget table not found - run Set up workbook"));
    expect(toExcelError(new FunctionFault("#DIV/0!"))).toEqual(new RuntimeError("#DIV/0!"));
  });
  it("are what a function throws", () => {
    let caught: unknown;
    try {
      run("VARIANCEPCT", () => {
        throw new FunctionFault("#DIV/0!");
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toEqual(new RuntimeError("#DIV/0!"));
    expect(caught).toBeInstanceOf(RuntimeError);
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
