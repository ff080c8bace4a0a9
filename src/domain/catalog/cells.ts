import { z } from "zod";
import { parseDate, parseDateTime, parseTime } from "../dates/excel-dates";
import type { CellValue, ColumnSpec } from "./types";

// No code built from strings: the pages' Content-Security-Policy has no 'unsafe-eval', and zod's probe
// for it (new Function) would be reported as a violation even though zod catches it.
z.config({ jitless: true });

/** Excel error values as Range.values reports them. */
export const EXCEL_ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#BUSY!",
  "#CONNECT!",
] as const;

export function isExcelError(value: unknown): value is string {
  return (
    typeof value === "string" && value.startsWith("#") && (EXCEL_ERRORS as readonly string[]).includes(value)
  );
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

export type CellRead =
  | { readonly ok: true; readonly value: string | number | null }
  | { readonly ok: false; readonly message: string };

const ok = (value: string | number | null): CellRead => ({ ok: true, value });
const bad = (message: string): CellRead => ({ ok: false, message });

function readNumber(raw: CellValue): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== "string") return null;
  const text = raw.trim().replace(/^\$/, "").replace(/,/g, "");
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/**
 * Reads one cell as its column's kind. Blank cells read as null (required-ness is a separate
 * check). Fixed lists match case-insensitively and return the catalog's spelling.
 */
export function readCell(column: ColumnSpec, raw: CellValue): CellRead {
  if (isExcelError(raw)) return bad(`${column.header} shows the Excel error ${raw}`);
  if (isBlank(raw)) return ok(null);
  switch (column.kind) {
    case "date":
    case "month": {
      const serial = parseDate(raw);
      return serial === null ? bad(`${column.header} "${String(raw)}" is not a date`) : ok(serial);
    }
    case "datetime": {
      const serial = parseDateTime(raw);
      return serial === null ? bad(`${column.header} "${String(raw)}" is not a date and time`) : ok(serial);
    }
    case "time": {
      const t = parseTime(raw);
      return t === null ? bad(`${column.header} "${String(raw)}" is not a time of day`) : ok(t);
    }
    case "currency":
    case "number":
    case "integer": {
      const n = readNumber(raw);
      if (n === null) return bad(`${column.header} "${String(raw)}" is not a number`);
      if (column.kind === "integer" && !Number.isInteger(n))
        return bad(`${column.header} ${n} is not a whole number`);
      if (column.min !== undefined && n < column.min)
        return bad(`${column.header} ${n} is below ${column.min}`);
      return ok(n);
    }
    case "list":
    case "yesno": {
      const text = String(raw).trim();
      const list = column.list ?? ["Yes", "No"];
      const match = list.find((v) => v.toLowerCase() === text.toLowerCase());
      if (match !== undefined) return ok(match);
      if (column.kind === "yesno" && typeof raw === "boolean") return ok(raw ? "Yes" : "No");
      return bad(`${column.header} "${text}" is not one of: ${list.join(", ")}`);
    }
    case "email": {
      const text = String(raw).trim();
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)
        ? ok(text)
        : bad(`${column.header} "${text}" is not an email address`);
    }
    case "id":
    case "text":
      // Numbers typed into ID columns (e.g. 1001) are still IDs; Excel shows them without ".0".
      return ok(typeof raw === "number" ? String(raw) : String(raw).trim());
  }
}

/** The same reading as a zod schema, for forms and anywhere zod's error reporting fits. */
export function cellSchema(column: ColumnSpec) {
  return z.union([z.string(), z.number(), z.boolean(), z.null(), z.undefined()]).transform((raw, ctx) => {
    const read = readCell(column, raw ?? "");
    if (!read.ok) {
      ctx.addIssue({ code: "custom", message: read.message });
      return z.NEVER;
    }
    if (column.required && read.value === null) {
      ctx.addIssue({ code: "custom", message: `${column.header} is required` });
      return z.NEVER;
    }
    return read.value;
  });
}

/** zod schema for a whole row given as { [column key]: raw cell }. */
export function rowSchema(columns: readonly ColumnSpec[]) {
  return z.object(Object.fromEntries(columns.map((c) => [c.key, cellSchema(c)])));
}
