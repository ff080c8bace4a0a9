/** Schedule KPIs over appointment statuses and minutes. Rates are fractions; null when undefined. */
import { APPOINTMENT_STATUSES } from "../catalog/lists";
import { ratio } from "./ratio";

export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** Statuses of appointments the patient kept. */
export const KEPT_STATUSES: readonly AppointmentStatus[] = ["Arrived", "In Room", "Completed"];

/** The catalog spelling of an appointment status typed in any case, or null when it is not one. */
export function appointmentStatus(text: string): AppointmentStatus | null {
  const wanted = text.trim().toLowerCase();
  return APPOINTMENT_STATUSES.find((s) => s.toLowerCase() === wanted) ?? null;
}

/**
 * No-show rate = no-shows / appointments that came due (kept + no-shows). Scheduled and Confirmed
 * appointments have not happened yet; Canceled and Rescheduled ones freed the slot in time; none of
 * those count. With countLateCancel, a Late Cancel counts as a no-show; otherwise it is left out like a
 * cancellation. Null when no appointment came due.
 */
export function noShowRate(statuses: readonly AppointmentStatus[], countLateCancel = false): number | null {
  let kept = 0;
  let noShows = 0;
  for (const s of statuses) {
    if (KEPT_STATUSES.includes(s)) kept++;
    else if (s === "No Show" || (countLateCancel && s === "Late Cancel")) noShows++;
  }
  return ratio(noShows, kept + noShows);
}

/** Provider utilization = booked minutes / available minutes (may exceed 1 when overbooked). */
export function utilization(bookedMinutes: number, availableMinutes: number): number | null {
  return ratio(bookedMinutes, availableMinutes);
}
