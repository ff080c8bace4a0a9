/** The Schedule section's form: reading and checking what was typed (pure, so it is tested on its own). */
import { WEEKDAYS } from "../../domain/catalog/lists";
import { isoFromSerial, parseDate, weekdayOfSerial } from "../../domain/dates/excel-dates";
import type { FreeSlot } from "../../domain/front-desk";
import { shownTime } from "../../domain/rules/display";

/** Usual length of each visit type; the duration field starts from it and stays editable. */
export const TYPE_MINUTES: Record<string, number> = {
  "New Patient": 40,
  "Follow-up": 15,
  "Annual Physical": 30,
  Procedure: 30,
  Telehealth: 20,
  Consult: 30,
  Other: 15,
};

export const MIN_MINUTES = 5;
export const MAX_MINUTES = 480;

export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export function checkMinutes(text: string): Checked<number> {
  const n = Number(text.trim());
  if (text.trim() === "" || !Number.isInteger(n) || n < MIN_MINUTES || n > MAX_MINUTES)
    return { ok: false, message: `Type a whole number of minutes from ${MIN_MINUTES} to ${MAX_MINUTES}.` };
  return { ok: true, value: n };
}

/** The search date (yyyy-mm-dd from the date field); today or later. */
export function checkFromDate(text: string, today: number): Checked<number> {
  const day = parseDate(text);
  if (day === null) return { ok: false, message: "Pick a date, e.g. 2026-03-16." };
  if (day < today) return { ok: false, message: "Pick today or a later date." };
  return { ok: true, value: day };
}

export function checkPatientRef(text: string): Checked<string> {
  const ref = text.trim();
  if (ref === "") return { ok: false, message: "Patient Ref is required (the chart or account number)." };
  if (ref.length > 40) return { ok: false, message: "Patient Ref is at most 40 characters." };
  return { ok: true, value: ref };
}

/** "Mon 2026-03-16, 8:30 AM". */
export function slotTime(slot: Pick<FreeSlot, "date" | "start">): string {
  return `${WEEKDAYS[weekdayOfSerial(slot.date)] ?? ""} ${isoFromSerial(slot.date)}, ${shownTime(slot.start / 1440)}`;
}

export function slotKey(slot: FreeSlot): string {
  return `${slot.providerId}|${slot.date}|${slot.start}`;
}
