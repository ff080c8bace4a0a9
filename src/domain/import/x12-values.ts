import { serialFromYmd, ymdFromSerial } from "../dates/excel-dates";
import { X12ParseError } from "./x12-error";
import { segmentPosition, type X12Segment } from "./x12-segments";

/** Typed reads of X12 elements. Every failure names the element and the segment it sits in. */

export function fail(segment: X12Segment, detail: string): never {
  throw new X12ParseError(detail, segmentPosition(segment));
}

export function text(segment: X12Segment, index: number): string {
  return (segment.elements[index] ?? "").trim();
}

function label(segment: X12Segment, index: number, what: string): string {
  return `${segment.id}${String(index).padStart(2, "0")} (${what})`;
}

/** X12 decimal ("R"): optional minus, digits, optional decimal point. No thousands separators. */
const DECIMAL = /^-?(?:\d+\.?\d*|\.\d+)$/;

export function optionalAmount(segment: X12Segment, index: number, what: string): number | null {
  const raw = text(segment, index);
  if (raw === "") return null;
  if (!DECIMAL.test(raw) || raw.length > 18)
    fail(segment, `${label(segment, index, what)} "${raw}" is not an amount.`);
  return Number(raw);
}

export function amount(segment: X12Segment, index: number, what: string): number {
  const value = optionalAmount(segment, index, what);
  if (value === null) fail(segment, `${label(segment, index, what)} is missing.`);
  return value;
}

export function required(segment: X12Segment, index: number, what: string): string {
  const value = text(segment, index);
  if (value === "") fail(segment, `${label(segment, index, what)} is missing.`);
  return value;
}

/** X12 date CCYYMMDD as an Excel serial; null when the element is empty. */
export function optionalDate(segment: X12Segment, index: number, what: string): number | null {
  const raw = text(segment, index);
  if (raw === "") return null;
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (year >= 1900 && month >= 1 && month <= 12 && day >= 1) {
      const serial = serialFromYmd(year, month, day);
      const back = ymdFromSerial(serial);
      if (back.month === month && back.day === day) return serial;
    }
  }
  return fail(segment, `${label(segment, index, what)} "${raw}" is not a date (CCYYMMDD).`);
}

/** Components of a composite element (e.g. SVC01 "HC:99213:25"), trimmed. */
export function components(segment: X12Segment, index: number): string[] {
  return (segment.elements[index] ?? "").split(segment.delimiters.component).map((c) => c.trim());
}
