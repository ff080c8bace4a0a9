import type { CellValue, ColumnSpec } from "../catalog";
import { isExcelError, readCell } from "../catalog/cells";
import { firstOfMonth, MAX_DATE_SERIAL, MIN_DATE_SERIAL } from "../dates/excel-dates";
import { codeProblem } from "./code-checks";
import { shownRaw } from "./display";

/** A typed cell: text, a number (dates as serials), or null for a blank or unreadable cell. */
export type Typed = string | number | null;

/**
 * What is wrong with a cell. `usable` is the value the cell still means when it is of the wrong kind but
 * meaningful (a negative stock count, a channel not in the list, a date or amount typed as text): every
 * reader (Validation, summaries, PM. functions) uses it as what it is and Validation flags it. Without
 * `usable` the cell cannot be used and reads as blank; summaries count and name such cells.
 */
export class CellProblem {
  constructor(
    readonly ruleId: string,
    readonly message: string,
    readonly usable: string | number | null = null,
    readonly severity: "error" | "warning" = "error",
  ) {}
}

/** The value every reader uses for a cell: the typed value, a flagged-but-usable value, or null. */
export function usedValue(read: Typed | CellProblem): Typed {
  return read instanceof CellProblem ? read.usable : read;
}

export type CellReader = (raw: CellValue) => Typed | CellProblem;

const KIND_HINTS: Partial<Record<ColumnSpec["kind"], string>> = {
  date: "type a date like 2026-01-31 or 31 Jan 2026",
  month: "type a month like Jan 2026 or 2026-01-01",
  time: "type a time like 8:30 or 2:15 PM",
  datetime: "type a date and time like 2026-01-31 18:00",
  currency: "type an amount like 125.50",
  number: "type a number",
  integer: "type a whole number",
  email: "type an address like name@example.org",
};

function kindProblem(column: ColumnSpec, raw: CellValue): CellProblem {
  if (column.kind === "list" || column.kind === "yesno") {
    const list = column.list ?? ["Yes", "No"];
    // Still text the user meant ("Mail"): summaries show it as typed rather than as a blank.
    const text = String(raw).trim();
    return new CellProblem(
      "cell.list",
      `${column.header} "${shownRaw(raw)}" is not one of: ${list.join(", ")}`,
      text === "" ? null : text,
    );
  }
  const what =
    column.kind === "date"
      ? "a date"
      : column.kind === "month"
        ? "a month"
        : column.kind === "time"
          ? "a time of day"
          : column.kind === "datetime"
            ? "a date and time"
            : column.kind === "email"
              ? "an email address"
              : "a number";
  const hint = KIND_HINTS[column.kind];
  return new CellProblem(
    "cell.type",
    `${column.header} "${shownRaw(raw)}" is not ${what}${hint ? `: ${hint}` : ""}`,
  );
}

function minProblem(column: ColumnSpec, n: number): CellProblem | null {
  if (column.min === undefined || n >= column.min) return null;
  const message =
    column.min === 0
      ? `${column.header} ${n} cannot be negative`
      : `${column.header} ${n} is below the minimum of ${column.min}`;
  // Still a number: figures count it as typed (a stock count of -3 is below any reorder point).
  return new CellProblem("cell.min", message, n);
}

/**
 * A number, date or time typed as text ("150", "2026-09-12"): figures use what it says, but Excel's own
 * sorting, filters and formulas (SUM, SUMIFS) treat it as text, so Validation flags it as a warning.
 */
function typedAsText(column: ColumnSpec, raw: string, value: number): CellProblem {
  const what =
    column.kind === "date" || column.kind === "month"
      ? "a date"
      : column.kind === "time"
        ? "a time"
        : "a number";
  return new CellProblem(
    "cell.text-value",
    `${column.header} "${shownRaw(raw)}" is ${what} stored as text: it counts in the summaries, but Excel's own sums, filters and sorting skip it; retype it as ${what}`,
    value,
    "warning",
  );
}

/**
 * Builds the reader of one catalog column: the catalog's readCell plus its minimum and code format, with
 * messages a practice manager understands. The common case of each kind (a number in an amount column,
 * a serial in a date column, a list value spelled as listed) takes a short path: the 100k-line bench
 * reads millions of cells. Blank cells read as null; required-ness is checked by the caller, which knows
 * whether the whole row is blank.
 */
export function cellReader(column: ColumnSpec): CellReader {
  const general = generalReader(column);
  const errorValue = (raw: string) =>
    new CellProblem(
      "cell.error-value",
      `${column.header} shows the Excel error ${raw}: fix the formula or value behind it`,
    );
  switch (column.kind) {
    case "id":
    case "text":
      if (column.code !== undefined) return general;
      return (raw) => {
        if (typeof raw !== "string") return general(raw);
        if (raw === "") return null;
        if (raw.charCodeAt(0) === 35 /* # */ && isExcelError(raw)) return errorValue(raw);
        const text = raw.trim();
        return text === "" ? null : text;
      };
    case "currency":
    case "number":
      return (raw) =>
        typeof raw === "number" && Number.isFinite(raw) && (column.min === undefined || raw >= column.min)
          ? raw
          : general(raw);
    case "date":
      return (raw) =>
        typeof raw === "number" && raw >= MIN_DATE_SERIAL && raw <= MAX_DATE_SERIAL
          ? Math.floor(raw)
          : general(raw);
    case "list":
    case "yesno": {
      const exact = new Set(column.list ?? ["Yes", "No"]);
      return (raw) => (typeof raw === "string" && exact.has(raw) ? raw : general(raw));
    }
    default:
      return general;
  }
}

/** Any cell of the column: the catalog's readCell, then minimums and code formats, with our messages. */
function generalReader(column: ColumnSpec): CellReader {
  const numeric = column.kind === "currency" || column.kind === "number" || column.kind === "integer";
  const textual = column.kind === "id" || column.kind === "text";
  const dated = column.kind === "date" || column.kind === "month";
  // Fixed lists: the exact spelling is the common case; other cases and spaces go through readCell.
  const listed =
    column.kind === "list" || column.kind === "yesno" ? new Set(column.list ?? ["Yes", "No"]) : null;
  const codeCache = new Map<string, string | null>();
  const checkCode = (text: string): string | CellProblem => {
    if (column.code === undefined || text === "") return text;
    let problem = codeCache.get(text);
    if (problem === undefined) {
      problem = codeProblem(column.code, column.header, text);
      if (codeCache.size < 10_000) codeCache.set(text, problem);
    }
    return problem === null
      ? text
      : // A malformed code is still the text the user typed: readers use it, Validation flags it.
        new CellProblem(`code.${column.code === "icd10-list" ? "icd10" : column.code}`, problem, text);
  };
  return (raw) => {
    if (raw === "") return null;
    if (typeof raw === "string" && raw.charCodeAt(0) === 35 /* # */ && isExcelError(raw)) {
      return new CellProblem(
        "cell.error-value",
        `${column.header} shows the Excel error ${raw}: fix the formula or value behind it`,
      );
    }
    if (numeric && typeof raw === "number") {
      if (!Number.isFinite(raw)) return kindProblem(column, raw);
      if (column.kind === "integer" && !Number.isInteger(raw)) {
        return new CellProblem("cell.integer", `${column.header} ${raw} is not a whole number`, raw);
      }
      return minProblem(column, raw) ?? raw;
    }
    if (dated && typeof raw === "number" && raw >= MIN_DATE_SERIAL && raw <= MAX_DATE_SERIAL) {
      const day = Math.floor(raw);
      return column.kind === "month" ? firstOfMonth(day) : day;
    }
    if (column.kind === "time" && typeof raw === "number" && raw >= 0 && raw < 1) return raw;
    if (
      column.kind === "datetime" &&
      typeof raw === "number" &&
      raw >= MIN_DATE_SERIAL &&
      raw < MAX_DATE_SERIAL + 1
    )
      return raw;
    if (listed !== null && typeof raw === "string" && listed.has(raw)) return raw;
    if (textual && typeof raw === "string") {
      const text = raw.trim();
      return text === "" ? null : checkCode(text);
    }
    const read = readCell(column, raw);
    if (!read.ok) {
      if (/ is not a whole number$/.test(read.message)) {
        const n = Number(String(raw).replace(/[$,\s]/g, ""));
        return new CellProblem("cell.integer", read.message, Number.isFinite(n) ? n : null);
      }
      if (/ is below /.test(read.message) && numeric) {
        const n = Number(String(raw).replace(/[$,\s]/g, ""));
        return minProblem(column, n) ?? kindProblem(column, raw);
      }
      return kindProblem(column, raw);
    }
    const value = read.value;
    if (value === null) return null;
    if (typeof value === "number") {
      const typed = column.kind === "month" ? firstOfMonth(value) : value;
      return typeof raw === "string" ? typedAsText(column, raw, typed) : typed;
    }
    return checkCode(value);
  };
}
