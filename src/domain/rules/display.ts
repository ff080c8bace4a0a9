import type { CellValue, ColumnKind } from "../catalog";
import { isoFromSerial, ymdFromSerial } from "../dates/excel-dates";

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MAX_SHOWN = 40;

/** A raw cell as a message quotes it: long text is cut so a 30k-character paste stays readable. */
export function shownRaw(raw: CellValue): string {
  const text = String(raw);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** A typed value the way the workbook's number formats show it (2026-01-31, Jan 2026, 8:30 AM, $12.50). */
export function shownValue(kind: ColumnKind, value: string | number): string {
  if (typeof value === "string") return shownRaw(value);
  switch (kind) {
    case "date":
      return isoFromSerial(value);
    case "month": {
      const { year, month } = ymdFromSerial(value);
      return `${MONTH_NAMES[month - 1] ?? "?"} ${year}`;
    }
    case "time":
      return shownTime(value);
    case "datetime":
      return shownDateTime(value);
    case "currency":
      return money(value);
    default:
      return String(value);
  }
}

export function shownTime(fraction: number): string {
  const minutes = Math.round(fraction * 1440) % 1440;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, "0")} ${h < 12 ? "AM" : "PM"}`;
}

/** "2026-01-31 6:00 PM" (the minute rounds, so 23:59:59.9 stays on its day). */
export function shownDateTime(serial: number): string {
  const minutes = Math.round(serial * 1440);
  const day = Math.floor(minutes / 1440);
  return `${isoFromSerial(day)} ${shownTime((minutes - day * 1440) / 1440)}`;
}

export function money(amount: number): string {
  const sign = amount < 0 ? "-" : "";
  return `${sign}$${Math.abs(amount).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** "row 7", "rows 7 and 9", "rows 7, 9 and 12 (and 3 more)". */
export function rowList(sheetRows: readonly number[]): string {
  const shown = sheetRows.slice(0, 3);
  const more = sheetRows.length - shown.length;
  if (shown.length === 1) return `row ${shown[0]}`;
  const last =
    more > 0
      ? `${shown.join(", ")} (and ${more} more)`
      : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
  return `rows ${last}`;
}
