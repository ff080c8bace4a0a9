/** What a booking writes: the next Appointment ID and the new row, checked against the calendar. */
import { textKey } from "../summaries/inputs";
import { MINUTES_PER_DAY, type Calendar } from "./calendar";

export interface BookingRequest {
  readonly providerId: string;
  /** Serial day. */
  readonly date: number;
  /** Minutes after midnight. */
  readonly start: number;
  readonly minutes: number;
  readonly patientRef: string;
  readonly type: string | null;
  readonly room: string | null;
  readonly notes: string | null;
}

/** The slot is taken (or not bookable) now: someone booked it since the search, or the data changed. */
export class BookingConflict extends Error {
  override readonly name = "BookingConflict";
}

/**
 * The next Appointment ID: the most used "prefix + digits" pattern continued past its highest number,
 * keeping its zero padding (A000041 -> A000042); A000001 in an empty table. Never one that exists.
 */
export function nextAppointmentId(existing: readonly (string | null)[]): string {
  const patterns = new Map<string, { count: number; max: number; width: number }>();
  const taken = new Set<string>();
  for (const id of existing) {
    if (id === null) continue;
    taken.add(textKey(id));
    const m = /^(.*?)(\d+)$/.exec(id.trim());
    if (!m) continue;
    const prefix = m[1] ?? "";
    const digits = m[2] ?? "";
    const p = patterns.get(prefix) ?? { count: 0, max: 0, width: 0 };
    p.count++;
    p.max = Math.max(p.max, Number(digits));
    p.width = Math.max(p.width, digits.length);
    patterns.set(prefix, p);
  }
  let best: [string, { count: number; max: number; width: number }] = ["A", { count: 0, max: 0, width: 6 }];
  for (const entry of patterns) if (entry[1].count > best[1].count) best = entry;
  const [prefix, { max, width }] = best;
  for (let n = max + 1; ; n++) {
    const id = `${prefix}${String(n).padStart(width, "0")}`;
    if (!taken.has(textKey(id))) return id;
  }
}

/** Throws BookingConflict when the slot cannot be booked as asked. */
export function checkBooking(calendar: Calendar, request: BookingRequest): void {
  if (request.patientRef.trim() === "") throw new BookingConflict("Patient Ref is required");
  const from = request.date * MINUTES_PER_DAY + request.start;
  const why = calendar.conflict(request.providerId, from, from + request.minutes);
  if (why !== null) throw new BookingConflict(`This slot cannot be booked: ${why}.`);
}
