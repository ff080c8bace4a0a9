import { addMonths, firstOfMonth, serialFromYmd, weekdayOfSerial, ymdFromSerial } from "../dates/excel-dates";

/** The practice is closed on the major US federal holidays a clinic usually observes. */
export function isHoliday(serial: number): boolean {
  return holidayName(serial) !== null;
}

/** The holiday's name, or null on an ordinary day. */
export function holidayName(serial: number): string | null {
  const { year, month, day } = ymdFromSerial(serial);
  if (month === 1 && day === 1) return "New Year's Day";
  if (month === 7 && day === 4) return "Independence Day";
  if (month === 12 && day === 25) return "Christmas Day";
  if (month === 5 && serial === lastWeekday(year, 5, 1)) return "Memorial Day";
  if (month === 9 && serial === nthWeekday(year, 9, 1, 1)) return "Labor Day";
  if (month === 11 && serial === nthWeekday(year, 11, 4, 4)) return "Thanksgiving Day";
  return null;
}

/** The n-th (1-based) given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = serialFromYmd(year, month, 1);
  const offset = (weekday - weekdayOfSerial(first) + 7) % 7;
  return first + offset + (n - 1) * 7;
}

function lastWeekday(year: number, month: number, weekday: number): number {
  const last = addMonths(serialFromYmd(year, month, 1), 1) - 1;
  return last - ((weekdayOfSerial(last) - weekday + 7) % 7);
}

/** The first day of each month from `start`'s month through `end`'s month. */
export function monthsBetween(start: number, end: number): number[] {
  const months: number[] = [];
  for (let m = firstOfMonth(start); m <= end; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** Same calendar day `delta` months away (clamped to the month's length). */
export function shiftMonths(serial: number, delta: number): number {
  const { day } = ymdFromSerial(serial);
  const first = addMonths(serial, delta);
  const length = addMonths(first, 1) - first;
  return first + Math.min(day, length) - 1;
}
