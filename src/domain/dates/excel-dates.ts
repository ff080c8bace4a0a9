/**
 * Excel dates are serial numbers: days since 1899-12-30 (the 1900 leap-year bug is folded into that
 * epoch for every date after 1900-03-01, which is all a practice needs). Times are fractions of a day.
 * Everything in src/domain works in serials so that custom functions, validation and summaries agree.
 */
const MS_PER_DAY = 86_400_000;
const EPOCH_UTC = Date.UTC(1899, 11, 30);

/** Smallest and largest serials we accept as real dates (1900-03-01 .. 9999-12-31). */
export const MIN_DATE_SERIAL = 61;
export const MAX_DATE_SERIAL = 2_958_465;

export function serialFromYmd(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_UTC) / MS_PER_DAY);
}

export function ymdFromSerial(serial: number): { year: number; month: number; day: number } {
  const d = new Date(EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO yyyy-mm-dd for a serial (the fraction, a time of day, is dropped). */
export function isoFromSerial(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Serial of a JavaScript Date's local calendar day (what "today" means to the user). */
export function serialFromLocalDate(date: Date): number {
  return serialFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Serial including the local time of day as a fraction. */
export function serialFromLocalDateTime(date: Date): number {
  const dayFraction = (date.getHours() * 3600 + date.getMinutes() * 60 + date.getSeconds()) / 86_400;
  return serialFromLocalDate(date) + dayFraction;
}

/** 0 = Sunday .. 6 = Saturday. */
export function weekdayOfSerial(serial: number): number {
  // Serial 1 (1899-12-31) was a Sunday.
  return (((Math.floor(serial) - 1) % 7) + 7) % 7;
}

export function firstOfMonth(serial: number): number {
  const { year, month } = ymdFromSerial(serial);
  return serialFromYmd(year, month, 1);
}

/** First day of the month `delta` months after the month of `serial`. */
export function addMonths(serial: number, delta: number): number {
  const { year, month } = ymdFromSerial(serial);
  const index = year * 12 + (month - 1) + delta;
  return serialFromYmd(Math.floor(index / 12), (index % 12) + 1, 1);
}

export function daysInMonth(serial: number): number {
  return addMonths(serial, 1) - firstOfMonth(serial);
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function validYmd(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) return null;
  const serial = serialFromYmd(year, month, day);
  const back = ymdFromSerial(serial);
  return back.day === day && back.month === month ? serial : null;
}

/**
 * Reads a date from a cell: an Excel serial, or text that can only mean one day: ISO
 * (2026-01-31, optionally with a time), or with the month spelled out (31 Jan 2026, Jan 31, 2026,
 * January 2026 = the 1st). Numeric d/m/y text is ambiguous between countries and is refused.
 */
export function parseDate(value: unknown): number | null {
  if (typeof value === "number") {
    return Number.isFinite(value) && value >= MIN_DATE_SERIAL && value <= MAX_DATE_SERIAL
      ? Math.floor(value)
      : null;
  }
  if (typeof value !== "string") return null;
  const text = value.trim().toLowerCase();
  if (text === "") return null;
  let m =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(
      text,
    );
  if (m) return validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[ -]([a-z]{3,9})\.?,?[ -](\d{4})$/.exec(text);
  if (m) {
    const month = monthIndex(m[2] ?? "");
    return month ? validYmd(Number(m[3]), month, Number(m[1])) : null;
  }
  m = /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(text);
  if (m) {
    const month = monthIndex(m[1] ?? "");
    return month ? validYmd(Number(m[3]), month, Number(m[2])) : null;
  }
  m = /^([a-z]{3,9})\.? (\d{4})$/.exec(text);
  if (m) {
    const month = monthIndex(m[1] ?? "");
    return month ? validYmd(Number(m[2]), month, 1) : null;
  }
  return null;
}

function monthIndex(name: string): number | null {
  const i = MONTHS.indexOf(name.slice(0, 3));
  if (i < 0) return null;
  const full =
    [
      "january",
      "february",
      "march",
      "april",
      "may",
      "june",
      "july",
      "august",
      "september",
      "october",
      "november",
      "december",
    ][i] ?? "";
  return name.length === 3 || full.startsWith(name) ? i + 1 : null;
}

/**
 * Reads a moment (date and time of day in one serial): an Excel serial with its fraction, or ISO text
 * "2026-01-31 18:00" / "2026-01-31T06:00 PM"; a date alone means its midnight.
 */
export function parseDateTime(value: unknown): number | null {
  if (typeof value === "number") {
    return Number.isFinite(value) && value >= MIN_DATE_SERIAL && value < MAX_DATE_SERIAL + 1 ? value : null;
  }
  if (typeof value !== "string") return null;
  const m = /^(\d{4}-\d{1,2}-\d{1,2})(?:[tT ]+(.+))?$/.exec(value.trim());
  if (!m) {
    return parseDate(value);
  }
  const day = parseDate(m[1]);
  if (day === null) return null;
  if (m[2] === undefined) return day;
  const time = parseTime(m[2]);
  return time === null ? null : day + time;
}

/** Reads a time of day: a fraction of a day (0 <= t < 1) or text "8:30", "08:30:00", "2:15 PM". */
export function parseTime(value: unknown): number | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return null;
    const fraction = value - Math.floor(value);
    return value < 1 ? value : fraction; // a full date-time keeps only its time
  }
  if (typeof value !== "string") return null;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(value.trim());
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(m[3] ?? 0);
  const half = m[4]?.toLowerCase();
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === "pm" ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return (hours * 3600 + minutes * 60 + seconds) / 86_400;
}
