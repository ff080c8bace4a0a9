/**
 * Excel errors for the PM functions. Inside, code raises a FunctionFault (a real Error carrying the
 * Excel error code); at the boundary (run, streamCell) it becomes the runtime's CustomFunctions.Error,
 * which Excel shows as the code with the message in the cell's error flag. Outside Excel (jest, the
 * bench, the standalone app) that global is missing and the fault itself stands in: same code, message.
 */
export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

/** Excel shows custom messages only with these codes; #DIV/0! and #NUM! take none. */
const TAKES_MESSAGE: ReadonlySet<ExcelErrorCode> = new Set(["#VALUE!", "#N/A"]);

export class FunctionFault extends Error {
  readonly code: ExcelErrorCode;

  constructor(code: ExcelErrorCode, message?: string) {
    super(message !== undefined && TAKES_MESSAGE.has(code) ? message : "");
    this.name = "FunctionFault";
    this.code = code;
  }
}

/** #VALUE! naming the function: "PM.AGING: dates must be one row or one column". */
export function invalidValue(fn: string, message: string): FunctionFault {
  return new FunctionFault("#VALUE!", `PM.${fn}: ${message}`);
}

/** #N/A naming the function, for data that is missing. */
export function notAvailable(fn: string, message: string): FunctionFault {
  return new FunctionFault("#N/A", `PM.${fn}: ${message}`);
}

export function divisionByZero(): FunctionFault {
  return new FunctionFault("#DIV/0!");
}

function runtime(): typeof CustomFunctions | undefined {
  const g = globalThis as { CustomFunctions?: typeof CustomFunctions };
  return typeof g.CustomFunctions?.Error === "function" ? g.CustomFunctions : undefined;
}

/** The error to throw from (or stream to) a custom function cell. */
export function toExcelError(fault: FunctionFault): CustomFunctions.Error {
  const cf = runtime();
  // Outside Excel the fault stands in; it has the runtime error's shape (code, message).
  if (!cf) return fault as unknown as CustomFunctions.Error;
  // The runtime's ErrorCode values are these same strings ("#VALUE!", ...).
  const code = fault.code as CustomFunctions.ErrorCode;
  return fault.message ? new cf.Error(code, fault.message) : new cf.Error(code);
}
