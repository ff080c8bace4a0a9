/**
 * Argument reading for the PM functions, in one place: Excel passes scalars as number / string /
 * boolean, blank cells and omitted optional arguments as null (or "" / undefined), and ranges as 2-D
 * arrays. Every problem becomes #VALUE! (or #N/A for a blank date) naming the function and argument.
 *
 * Conventions (documented in docs/functions.md):
 * - numbers: a number, or text such as "1,250.00" or "$40"; a blank amount counts as 0, like in Excel;
 * - dates: an Excel date (serial number) or unambiguous text ("2026-03-31", "31 Mar 2026");
 * - ranges: one row or one column for lists (1x1, Nx1 and 1xN all work); blanks are skipped.
 */
import { isExcelError } from "../domain/catalog/cells";
import {
  MAX_DATE_SERIAL,
  MIN_DATE_SERIAL,
  firstOfMonth,
  parseDate,
  serialFromLocalDate,
  serialFromYmd,
  ymdFromSerial,
} from "../domain/dates/excel-dates";
import { basicValue } from "./basic-value";
import { invalidValue, notAvailable, type FunctionFault } from "./excel-errors";

export function isBlankArg(arg: unknown): boolean {
  const value = basicValue(arg);
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** "1,250.50", "$40", " -3 " -> number; anything else -> null. */
export function numberFromText(text: string): number | null {
  const t = text
    .trim()
    .replace(/^(-?)\$/, "$1")
    .replace(/,/g, "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** Today as an Excel serial, on the computer running Excel. */
export function today(): number {
  return serialFromLocalDate(new Date());
}

function show(value: unknown): string {
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}...` : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** "dates (cell 5)" for the fifth cell of a range, "dates" for a single value. */
function label(name: string, cell: number | undefined): string {
  return cell === undefined ? name : `${name} (cell ${cell})`;
}

export interface NumberRule {
  /** Smallest allowed value. */
  readonly min?: number;
  /** Must be larger than min (e.g. days in a period). */
  readonly above?: number;
  readonly integer?: boolean;
}

/** Reads the arguments of one PM function; errors name it ("PM.AGING: ..."). */
export class Args {
  constructor(readonly fn: string) {}

  fail(message: string): FunctionFault {
    return invalidValue(this.fn, message);
  }

  missing(message: string): FunctionFault {
    return notAvailable(this.fn, message);
  }

  /** A number from a cell value; null for a blank. `cell` numbers the cell of a range in messages. */
  private cellNumber(name: string, arg: unknown, cell?: number): number | null {
    if (typeof arg === "number" && Number.isFinite(arg)) return arg; // the common case first
    const value = basicValue(arg);
    if (typeof value === "number" && Number.isFinite(value)) return value;
    if (isBlankArg(value)) return null;
    if (typeof value === "number") throw this.fail(`${label(name, cell)} is not a finite number`);
    if (typeof value === "string") {
      const n = isExcelError(value.trim()) ? null : numberFromText(value);
      if (n === null) throw this.fail(`${label(name, cell)} ${show(value)} is not a number`);
      return n;
    }
    throw this.fail(`${label(name, cell)} ${show(value)} is not a number`);
  }

  private checkRule(name: string, n: number, rule: NumberRule): number {
    if (rule.integer && !Number.isInteger(n)) throw this.fail(`${name} ${n} must be a whole number`);
    if (rule.min !== undefined && n < rule.min) throw this.fail(`${name} ${n} must be at least ${rule.min}`);
    if (rule.above !== undefined && n <= rule.above)
      throw this.fail(`${name} ${n} must be more than ${rule.above}`);
    return n;
  }

  /** A required number; a blank counts as 0 (like Excel arithmetic). */
  number(name: string, value: unknown, rule: NumberRule = {}): number {
    return this.checkRule(name, this.cellNumber(name, value) ?? 0, rule);
  }

  /** An optional number: blank or omitted gives the fallback. */
  optionalNumber(name: string, value: unknown, fallback: number, rule: NumberRule = {}): number {
    const n = this.cellNumber(name, value);
    return n === null ? fallback : this.checkRule(name, n, rule);
  }

  private cellDate(name: string, arg: unknown, cell?: number): number | null {
    const value = basicValue(arg);
    if (typeof value === "number" && value >= MIN_DATE_SERIAL && value <= MAX_DATE_SERIAL)
      return Math.floor(value);
    if (isBlankArg(value)) return null;
    const text = typeof value === "string" ? value.trim() : null;
    const numeric = text !== null ? numberFromText(text) : null;
    const serial = parseDate(numeric ?? value);
    if (serial === null) {
      throw this.fail(
        `${label(name, cell)} ${show(value)} is not a date (use a date or text like 2026-03-31)`,
      );
    }
    return serial;
  }

  /** A required date (serial or text); a blank is missing data (#N/A). */
  date(name: string, value: unknown): number {
    const serial = this.cellDate(name, value);
    if (serial === null) throw this.missing(`${name} is blank`);
    return serial;
  }

  /** An optional date: blank or omitted gives the fallback (today by default). */
  optionalDate(name: string, value: unknown, fallback: () => number = today): number {
    return this.cellDate(name, value) ?? fallback();
  }

  /** A month: any date in it, or text "2026-03" / "Mar 2026" / "2026-03-01". Returns its first day. */
  month(name: string, arg: unknown): number {
    const value = basicValue(arg);
    if (typeof value === "string") {
      const m = /^\s*(\d{4})-(\d{1,2})\s*$/.exec(value);
      if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return serialFromYmd(Number(m[1]), Number(m[2]), 1);
    }
    return firstOfMonth(this.date(name, value));
  }

  /** A year: 1900..9999, or any later date serial (e.g. TODAY()) meaning its year. Blank: fallback. */
  optionalYear(name: string, value: unknown, fallback: () => number): number {
    const n = this.cellNumber(name, value);
    if (n === null) return fallback();
    if (Number.isInteger(n) && n >= 1900 && n <= 9999) return n;
    const serial = parseDate(n);
    if (serial !== null && n >= 10_000) return ymdFromSerial(serial).year;
    throw this.fail(`${name} ${show(value)} is not a year (use e.g. 2026)`);
  }

  /** TRUE/FALSE, 1/0 or Yes/No text; blank or omitted gives the fallback. */
  optionalFlag(name: string, arg: unknown, fallback: boolean): boolean {
    const value = basicValue(arg);
    if (isBlankArg(value)) return fallback;
    if (typeof value === "boolean") return value;
    if (typeof value === "number" && (value === 0 || value === 1)) return value === 1;
    if (typeof value === "string") {
      const t = value.trim().toLowerCase();
      if (t === "yes" || t === "true" || t === "y") return true;
      if (t === "no" || t === "false" || t === "n") return false;
    }
    throw this.fail(`${name} ${show(value)} must be TRUE or FALSE (or Yes / No)`);
  }

  /** Required text (a number is read as its digits); blank is #VALUE!. */
  text(name: string, arg: unknown): string {
    const value = basicValue(arg);
    if (isBlankArg(value)) throw this.fail(`${name} is blank`);
    if (typeof value === "string") return value.trim();
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    throw this.fail(`${name} ${show(value)} must be text`);
  }

  /** Cells of a range that must be one row or one column (a single value counts as 1x1). */
  list(name: string, range: unknown): unknown[] {
    if (!Array.isArray(range)) return [range];
    const rows = range as unknown[];
    if (rows.length === 0) return [];
    const first = rows[0];
    if (!Array.isArray(first)) return rows; // already 1-D
    if (rows.length === 1) return first as unknown[];
    const out = new Array<unknown>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!Array.isArray(row) || row.length !== 1) {
        throw this.fail(
          `${name} must be one row or one column (got ${rows.length} rows x ${first.length} columns)`,
        );
      }
      out[i] = row[0];
    }
    return out;
  }

  /** All cells of a range of any shape, row by row. */
  cells(range: unknown): unknown[] {
    if (!Array.isArray(range)) return [range];
    return (range as unknown[]).flatMap((row) => (Array.isArray(row) ? (row as unknown[]) : [row]));
  }

  /** Numbers of a one-row or one-column range; blanks are null. */
  numberList(name: string, range: unknown): (number | null)[] {
    const cells = this.list(name, range);
    const out = new Array<number | null>(cells.length);
    for (let i = 0; i < cells.length; i++) out[i] = this.cellNumber(name, cells[i], i + 1);
    return out;
  }

  /**
   * Dates of a one-row or one-column range; blanks are null. Text dates repeat (a claims table has a
   * few hundred distinct service dates), so each distinct text is parsed once.
   */
  dateList(name: string, range: unknown): (number | null)[] {
    const cells = this.list(name, range);
    const out = new Array<number | null>(cells.length);
    const parsed = new Map<string, number | null>();
    for (let i = 0; i < cells.length; i++) {
      const value = basicValue(cells[i]);
      if (typeof value !== "string") {
        out[i] = this.cellDate(name, value, i + 1);
        continue;
      }
      let serial = parsed.get(value);
      if (serial === undefined) {
        serial = this.cellDate(name, value, i + 1);
        parsed.set(value, serial);
      }
      out[i] = serial;
    }
    return out;
  }

  /**
   * Values of a one-row or one-column list of names (statuses): each non-blank text read by `read`,
   * which returns null for an unknown name (#VALUE! naming the cell). Each distinct text is read once.
   */
  nameList<T>(name: string, range: unknown, read: (text: string) => T | null, what: string): T[] {
    const cells = this.list(name, range);
    const out: T[] = [];
    const known = new Map<string, T>();
    for (let i = 0; i < cells.length; i++) {
      const value = basicValue(cells[i]);
      if (typeof value === "string") {
        const item = known.get(value);
        if (item !== undefined) {
          out.push(item);
          continue;
        }
        if (value.trim() === "") continue;
        const found = read(value);
        if (found === null) throw this.fail(`${label(name, i + 1)} "${value.trim()}" is not ${what}`);
        known.set(value, found);
        out.push(found);
      } else if (!isBlankArg(value)) {
        throw this.fail(`${label(name, i + 1)} ${show(value)} must be text`);
      }
    }
    return out;
  }

  /** Sum of the numbers in a range of any shape (or a single value); blanks count as nothing. */
  total(name: string, range: unknown, rule: NumberRule = {}): number {
    if (!Array.isArray(range)) return this.checkRule(name, this.cellNumber(name, range) ?? 0, rule);
    const rows = range as unknown[];
    const width = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : 1;
    let sum = 0;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!Array.isArray(row)) {
        sum += this.cellNumber(name, row, r + 1) ?? 0;
        continue;
      }
      for (let c = 0; c < row.length; c++) {
        const value: unknown = row[c];
        // Cell numbers count row by row, like the error messages of the other range readers.
        if (typeof value === "number" && Number.isFinite(value)) sum += value;
        else
          sum += this.cellNumber(name, value, rows.length * width === 1 ? undefined : r * width + c + 1) ?? 0;
      }
    }
    return this.checkRule(name, sum, rule);
  }
}
