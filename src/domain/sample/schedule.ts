import { APPOINTMENT_STATUSES, APPOINTMENT_TYPES } from "../catalog/lists";
import { weekdayOfSerial } from "../dates/excel-dates";
import { isHoliday } from "./calendar";
import { BLANK_FRONT_DESK } from "./front-desk";
import { FUTURE_DAYS, type SampleContext } from "./context";
import type { Campaign } from "./marketing";
import { LUNCH_END, LUNCH_START, type Provider } from "./people";
import type { Random } from "./random";
import { patientRef, sequentialId, timeOfDay } from "./rows";
import type { Steps } from "./steps";
import type { SampleRow } from "./types";

export type AppointmentType = (typeof APPOINTMENT_TYPES)[number];
type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** A completed visit on or before asOf: what a claim is billed from. */
export interface Visit {
  readonly date: number;
  readonly provider: Provider;
  readonly patient: number;
  readonly type: AppointmentType;
  /** Index of the visit's row in Schedule.rows. */
  readonly row: number;
}

export interface Schedule {
  readonly rows: SampleRow<"Appointments">[];
  readonly visits: Visit[];
  /** Highest patient number in use (patients are numbered from FIRST_PATIENT). */
  readonly lastPatient: number;
}

export const FIRST_PATIENT = 100_001;
/** Established patients per provider at the start of the history. */
const PANEL_SIZE = 1_200;

const TYPE_MIX: readonly (readonly [AppointmentType, number])[] = [
  ["Follow-up", 46],
  ["New Patient", 10],
  ["Annual Physical", 12],
  ["Procedure", 7],
  ["Telehealth", 12],
  ["Consult", 5],
  ["Other", 8],
];

const DURATIONS: Record<AppointmentType, readonly number[]> = {
  "Follow-up": [15, 15, 15, 20],
  "New Patient": [30, 40],
  "Annual Physical": [30, 40],
  Procedure: [30],
  Telehealth: [15, 20],
  Consult: [30, 40],
  Other: [15],
};

const PAST_STATUSES: readonly (readonly [AppointmentStatus, number])[] = [
  ["Completed", 82],
  ["No Show", 6.5],
  ["Canceled", 6],
  ["Late Cancel", 3],
  ["Rescheduled", 2.5],
];

const NEAR_FUTURE_STATUSES: readonly (readonly [AppointmentStatus, number])[] = [
  ["Confirmed", 70],
  ["Scheduled", 22],
  ["Canceled", 6],
  ["Rescheduled", 2],
];

const LATER_STATUSES: readonly (readonly [AppointmentStatus, number])[] = [
  ["Scheduled", 85],
  ["Confirmed", 8],
  ["Canceled", 5],
  ["Rescheduled", 2],
];

const OTHER_REFERRALS: readonly (readonly [string, number])[] = [
  ["Word of mouth", 40],
  ["Physician referral", 35],
  ["Insurance directory", 15],
  ["Online search", 10],
];

const NOTES = [
  "Interpreter needed (Spanish)",
  "Prefers text reminders",
  "Bring insurance card",
  "Wheelchair access",
  "Parent to accompany",
  "Forms sent by email",
];

const STATUS_NOTES: Partial<Record<AppointmentStatus, string>> = {
  Canceled: "Patient called to cancel",
  "Late Cancel": "Canceled same day",
  Rescheduled: "Moved at patient's request",
};

export function* generateSchedule(
  context: SampleContext,
  rng: Random,
  providers: readonly Provider[],
  campaigns: readonly Campaign[],
): Steps<Schedule> {
  const rows: SampleRow<"Appointments">[] = [];
  const visits: Visit[] = [];
  let lastPatient = FIRST_PATIENT + providers.length * PANEL_SIZE - 1;
  const lastDay = context.asOf + FUTURE_DAYS;
  for (let date = context.periodStart; date <= lastDay; date++) {
    yield; // one day of every provider's appointments
    if (isHoliday(date)) continue;
    const weekday = weekdayOfSerial(date);
    // Future days are only partly booked yet, less so the further out they are.
    const booked = date <= context.asOf ? 1 : Math.max(0.35, 1 - (date - context.asOf) / 40);
    for (const provider of providers) {
      if (!provider.workDays.includes(weekday) || provider.vacation.has(date)) continue;
      for (const [n, slot] of daySlots(rng, provider, rng.int(18, 22) * context.volume * booked).entries()) {
        const isNew = slot.type === "New Patient";
        const patient = isNew ? ++lastPatient : rng.int(FIRST_PATIENT, lastPatient);
        const status = statusFor(rng, date, slot.start, context.asOf);
        if (status === "Completed")
          visits.push({ date, provider, patient, type: slot.type, row: rows.length });
        rows.push({
          appointmentId: sequentialId("A", rows.length + 1, 6),
          date,
          start: timeOfDay(slot.start),
          durationMin: slot.minutes,
          providerId: provider.id,
          patientRef: patientRef(patient),
          type: slot.type,
          // Two rooms per provider, alternating: the next patient is roomed while the last one finishes.
          room: slot.type === "Telehealth" ? "Virtual" : (provider.rooms[n % provider.rooms.length] ?? ""),
          status,
          referralSource: isNew ? referralSource(rng, date, campaigns) : "",
          notes: STATUS_NOTES[status] ?? (rng.chance(0.05) ? rng.pick(NOTES) : ""),
          claimId: "", // linked to its claim by the revenue-cycle pass (revenue-cycle.ts)
          ...BLANK_FRONT_DESK,
        });
      }
    }
  }
  return { rows, visits, lastPatient };
}

interface Slot {
  readonly start: number;
  readonly minutes: number;
  readonly type: AppointmentType;
}

/**
 * One provider-day: `wanted` appointments (fractions round at random) packed into the morning and
 * afternoon blocks around lunch, with the spare time spread as 5-minute gaps. Slots never overlap.
 */
function daySlots(rng: Random, provider: Provider, wanted: number): Slot[] {
  const count = Math.floor(wanted) + (rng.chance(wanted - Math.floor(wanted)) ? 1 : 0);
  const blocks = [
    { from: provider.dayStart, to: LUNCH_START, items: [] as { minutes: number; type: AppointmentType }[] },
    { from: LUNCH_END, to: provider.dayEnd, items: [] as { minutes: number; type: AppointmentType }[] },
  ];
  let block = 0;
  let used = 0;
  for (let i = 0; i < count; i++) {
    const type = rng.weighted(TYPE_MIX);
    const minutes = rng.pick(DURATIONS[type]);
    let current = blocks[block];
    if (current !== undefined && used + minutes > current.to - current.from) {
      block++;
      used = 0;
      current = blocks[block];
    }
    if (current === undefined || used + minutes > current.to - current.from) break;
    current.items.push({ minutes, type });
    used += minutes;
  }
  const slots: Slot[] = [];
  for (const { from, to, items } of blocks) {
    const gaps = new Array<number>(items.length).fill(0);
    const spare = to - from - items.reduce((sum, item) => sum + item.minutes, 0);
    for (let u = 0; u < Math.floor(spare / 5); u++) {
      const at = rng.int(0, items.length); // index items.length = time left free at the end
      if (at < items.length) gaps[at] = (gaps[at] ?? 0) + 5;
    }
    let cursor = from;
    items.forEach((item, i) => {
      cursor += gaps[i] ?? 0;
      slots.push({ start: cursor, minutes: item.minutes, type: item.type });
      cursor += item.minutes;
    });
  }
  return slots;
}

/** asOf is "today at noon": the morning has happened, the afternoon has not. */
function statusFor(rng: Random, date: number, start: number, asOf: number): AppointmentStatus {
  if (date < asOf) return rng.weighted(PAST_STATUSES);
  if (date === asOf) {
    if (start < 11 * 60 + 30) return rng.chance(0.92) ? "Completed" : "No Show";
    if (start < 12 * 60) return rng.chance(0.5) ? "In Room" : "Arrived";
    return rng.chance(0.9) ? "Confirmed" : "Canceled";
  }
  return rng.weighted(date - asOf <= 2 ? NEAR_FUTURE_STATUSES : LATER_STATUSES);
}

/** New patients: about a third of those arriving during a campaign name it. */
function referralSource(rng: Random, date: number, campaigns: readonly Campaign[]): string {
  const running = campaigns.filter((c) => c.start <= date && date <= c.end + 14);
  if (running.length > 0 && rng.chance(0.35)) return rng.pick(running).name;
  return rng.weighted(OTHER_REFERRALS);
}
