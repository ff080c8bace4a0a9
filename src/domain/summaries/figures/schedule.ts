/**
 * Schedule figures: providers' available time from their Work Days and Day Start/End, booked time and
 * outcomes from Appointments. Shared by the dashboard and the Schedule Summary.
 */
import { WEEKDAYS } from "../../catalog/lists";
import { weekdayOfSerial } from "../../dates/excel-dates";
import { appointmentStatus, KEPT_STATUSES, type AppointmentStatus } from "../../metrics/schedule";
import type { Rows } from "../inputs";

export type ProviderRow = Rows<"Providers">[number];
export type AppointmentRow = Rows<"Appointments">[number];

/** Statuses that hold a slot on the schedule (a late cancel or cancellation freed it, too late or not). */
export const BOOKED_STATUSES: readonly AppointmentStatus[] = [
  "Scheduled",
  "Confirmed",
  "Arrived",
  "In Room",
  "Completed",
  "No Show",
];

export function statusOf(row: AppointmentRow): AppointmentStatus | null {
  return row.status === null ? null : appointmentStatus(row.status);
}

export function isBooked(row: AppointmentRow): boolean {
  const s = statusOf(row);
  return s !== null && BOOKED_STATUSES.includes(s);
}

export function isKept(row: AppointmentRow): boolean {
  const s = statusOf(row);
  return s !== null && KEPT_STATUSES.includes(s);
}

export function isCompleted(row: AppointmentRow): boolean {
  return statusOf(row) === "Completed";
}

export function isNoShow(row: AppointmentRow): boolean {
  return statusOf(row) === "No Show";
}

/** Weekday numbers (0 = Sunday) named in a Work Days text such as "Mon,Tue,Wed" or "mon; thu". */
export function workWeekdays(text: string | null): Set<number> {
  const days = new Set<number>();
  for (const part of (text ?? "").split(/[\s,;]+/)) {
    const i = WEEKDAYS.findIndex((d) => d.toLowerCase() === part.slice(0, 3).toLowerCase());
    if (i >= 0 && part.length >= 3) days.add(i);
  }
  return days;
}

export function isActiveProvider(p: ProviderRow): boolean {
  return p.active !== "No";
}

/** Minutes a provider can be booked on one day: Day End - Day Start on a work day, else 0. */
export function availableMinutesOn(p: ProviderRow, day: number, weekdays = workWeekdays(p.workDays)): number {
  if (!isActiveProvider(p) || p.dayStart === null || p.dayEnd === null) return 0;
  if (!weekdays.has(weekdayOfSerial(day))) return 0;
  return Math.max(0, Math.round((p.dayEnd - p.dayStart) * 1440));
}

/** Available minutes over the days start..end (both included). */
export function availableMinutes(p: ProviderRow, start: number, end: number): number {
  const weekdays = workWeekdays(p.workDays);
  let total = 0;
  for (let day = Math.floor(start); day <= Math.floor(end); day += 1)
    total += availableMinutesOn(p, day, weekdays);
  return total;
}

/** Outcome counts and booked time of a set of appointments. */
export interface ScheduleTally {
  bookedMinutes: number;
  /** Appointments that came due: kept or no-show (the no-show rate's denominator). */
  cameDue: number;
  completed: number;
  noShows: number;
}

export function emptyTally(): ScheduleTally {
  return { bookedMinutes: 0, cameDue: 0, completed: 0, noShows: 0 };
}

export function addToTally(tally: ScheduleTally, row: AppointmentRow): void {
  if (isBooked(row)) tally.bookedMinutes += row.durationMin ?? 0;
  if (isKept(row)) tally.cameDue += 1;
  if (isNoShow(row)) {
    tally.cameDue += 1;
    tally.noShows += 1;
  }
  if (isCompleted(row)) tally.completed += 1;
}
