/**
 * Excel errors for the PM functions. Inside Excel the custom-functions runtime provides
 * CustomFunctions.Error; a function throws one (or passes it to setResult) and the cell shows the code
 * with the message in its error flag. Outside Excel (jest, the bench, the standalone app) that global is
 * missing, so an ExcelFunctionError with the same code and message stands in.
 */
export type ExcelErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!";

/** Excel shows custom messages only with these codes; #DIV/0! and #NUM! take none. */
const TAKES_MESSAGE: ReadonlySet<ExcelErrorCode> = new Set(["#VALUE!", "#N/A"]);

/** Stand-in for CustomFunctions.Error where the runtime is missing. */
export class ExcelFunctionError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    message?: string,
  ) {
    super(message ?? "");
    this.name = "ExcelFunctionError";
  }
}

/** What a PM function throws or streams: the runtime's error object, or its stand-in. */
export type FunctionError = CustomFunctions.Error | ExcelFunctionError;

function runtime(): typeof CustomFunctions | undefined {
  const g = globalThis as { CustomFunctions?: typeof CustomFunctions };
  return typeof g.CustomFunctions?.Error === "function" ? g.CustomFunctions : undefined;
}

/** An Excel error with a message (the message is dropped for codes that cannot show one). */
export function excelError(code: ExcelErrorCode, message?: string): FunctionError {
  const text = message !== undefined && TAKES_MESSAGE.has(code) ? message : undefined;
  const cf = runtime();
  // The runtime's ErrorCode values are these same strings ("#VALUE!", ...).
  if (cf)
    return text === undefined
      ? new cf.Error(code as CustomFunctions.ErrorCode)
      : new cf.Error(code as CustomFunctions.ErrorCode, text);
  return new ExcelFunctionError(code, text);
}

/** True for errors made by excelError (either kind). */
export function isFunctionError(value: unknown): value is FunctionError {
  if (value instanceof ExcelFunctionError) return true;
  const cf = runtime();
  return cf !== undefined && value instanceof cf.Error;
}

/** #VALUE! naming the function: "PM.AGING: dates must be one row or one column". */
export function invalidValue(fn: string, message: string): FunctionError {
  return excelError("#VALUE!", `PM.${fn}: ${message}`);
}

/** #N/A naming the function, for data that is missing. */
export function notAvailable(fn: string, message: string): FunctionError {
  return excelError("#N/A", `PM.${fn}: ${message}`);
}

export function divisionByZero(): FunctionError {
  return excelError("#DIV/0!");
}
