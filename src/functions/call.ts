/**
 * The wrapper every PM function body runs in: it reads arguments through Args, turns a domain null
 * (denominator zero) into #DIV/0!, checks the result can go into a cell, and makes sure nothing but an
 * Excel error ever leaves the function (no unhandled exception, no NaN / Infinity / undefined).
 */
import { Args } from "./args";
import { FunctionFault, divisionByZero, invalidValue, toExcelError } from "./excel-errors";

/** A value a cell can show. */
export type CellResult = number | string | boolean;

/** Any failure as a fault: faults as they are, anything unexpected as #VALUE! naming the function. */
export function asFault(fn: string, error: unknown): FunctionFault {
  if (error instanceof FunctionFault) return error;
  const message = error instanceof Error ? error.message : String(error);
  return invalidValue(fn, message || "failed");
}

function checkCell(value: unknown): CellResult {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new FunctionFault("#NUM!");
    return value;
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  throw new TypeError(`cannot show a ${typeof value} in a cell`);
}

/** The result checked for a cell: numbers finite, arrays rectangular with blanks as "". */
export function checkResult<T>(value: T): T {
  if (!Array.isArray(value)) return checkCell(value) as T;
  const rows = value as unknown[][];
  if (rows.length === 0) return [[""]] as T; // Excel cannot spill nothing
  let width = 0;
  for (const r of rows) width = Math.max(width, r.length);
  return rows.map((r) => Array.from({ length: width }, (_, i) => checkCell(r[i]))) as T;
}

/** Runs a PM function body; any problem is thrown as an Excel error. */
export function run<T>(fn: string, body: (args: Args) => T): T {
  try {
    return checkResult(body(new Args(fn)));
  } catch (error) {
    throw toExcelError(asFault(fn, error));
  }
}

/** A rate or other ratio from src/domain/metrics: null (denominator zero) becomes #DIV/0!. */
export function ratioResult(value: number | null): number {
  if (value === null) throw divisionByZero();
  return value;
}
