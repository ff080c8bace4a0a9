/**
 * Reporting periods of the dashboard, in whole Excel serial days, both ends included. "This month" and
 * "year to date" end on the as-of day (month to date), "last month" is the whole previous month.
 */
import { addMonths, firstOfMonth, serialFromYmd, ymdFromSerial } from "../dates/excel-dates";

export interface Period {
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

export interface ReportPeriods {
  readonly thisMonth: Period;
  readonly lastMonth: Period;
  readonly yearToDate: Period;
}

export function reportPeriods(asOf: number): ReportPeriods {
  const today = Math.floor(asOf);
  const monthStart = firstOfMonth(today);
  return {
    thisMonth: { label: "This month", start: monthStart, end: today },
    lastMonth: { label: "Last month", start: addMonths(today, -1), end: monthStart - 1 },
    yearToDate: { label: "Year to date", start: serialFromYmd(ymdFromSerial(today).year, 1, 1), end: today },
  };
}

export function periodList(periods: ReportPeriods): readonly Period[] {
  return [periods.thisMonth, periods.lastMonth, periods.yearToDate];
}

export function inPeriod(serial: number | null, period: Period): boolean {
  if (serial === null) return false;
  const day = Math.floor(serial);
  return day >= period.start && day <= period.end;
}

export function periodDays(period: Period): number {
  return period.end - period.start + 1;
}

/** Days of `period` that also fall within [start, end] (ends included). */
export function overlapDays(period: Period, start: number, end: number): number {
  return Math.max(0, Math.min(period.end, Math.floor(end)) - Math.max(period.start, Math.floor(start)) + 1);
}
