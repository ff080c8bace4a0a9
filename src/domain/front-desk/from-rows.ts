/** Builds the bookable Calendar from the workbook's typed rows (Providers, Appointments, TimeOff, Holidays). */
import type { Catalog, RowOf } from "../catalog";
import { SLOT_FREED } from "../rules/schedule/appointment-time";
import { parseWorkDays } from "../rules/weekdays";
import { Calendar, MINUTES_PER_DAY, type Busy, type ProviderHours } from "./calendar";

type Rows<T extends keyof Catalog> = readonly RowOf<Catalog[T]>[];

export interface CalendarRows {
  readonly providers: Rows<"Providers">;
  /** Typed rows, or the slots they hold already read (appointmentsBusy, for large tables). */
  readonly appointments: Rows<"Appointments"> | { readonly busy: readonly Busy[] };
  /** null when the workbook has no TimeOff table (nobody is away). */
  readonly timeOff: Rows<"TimeOff"> | null;
  readonly holidays: Rows<"Holidays"> | null;
}

const minuteOf = (fraction: number): number => Math.round(fraction * MINUTES_PER_DAY);

export function providerHours(p: RowOf<Catalog["Providers"]>): ProviderHours | null {
  if (p.providerId === null) return null;
  return {
    id: p.providerId,
    name: p.name ?? p.providerId,
    workDays: p.workDays === null ? null : parseWorkDays(p.workDays),
    dayStart: p.dayStart === null ? null : minuteOf(p.dayStart),
    dayEnd: p.dayEnd === null ? null : minuteOf(p.dayEnd),
    // Blank Active counts as active: only "No" retires a provider (as the summaries read it).
    active: p.active !== "No",
  };
}

/** The slot an appointment holds, or null when it frees it (canceled, rescheduled, ...) or is unreadable. */
export function appointmentBusy(a: RowOf<Catalog["Appointments"]>): Busy | null {
  if (a.status !== null && SLOT_FREED.has(a.status)) return null;
  if (a.providerId === null || a.date === null || a.start === null || a.durationMin === null) return null;
  if (a.durationMin <= 0) return null;
  const from = Math.floor(a.date) * MINUTES_PER_DAY + minuteOf(a.start);
  return { providerId: a.providerId, from, to: from + Math.round(a.durationMin) };
}

export function timeOffBusy(t: RowOf<Catalog["TimeOff"]>): Busy | null {
  if (t.providerId === null || t.from === null || t.to === null) return null;
  const from = minuteOf(t.from);
  const to = minuteOf(t.to);
  return to > from ? { providerId: t.providerId, from, to } : null;
}

export function calendarFromRows(rows: CalendarRows): Calendar {
  const providers: ProviderHours[] = [];
  for (const p of rows.providers) {
    const hours = providerHours(p);
    if (hours) providers.push(hours);
  }
  const busy: Busy[] = [];
  if ("busy" in rows.appointments) busy.push(...rows.appointments.busy);
  else
    for (const a of rows.appointments) {
      const b = appointmentBusy(a);
      if (b) busy.push(b);
    }
  for (const t of rows.timeOff ?? []) {
    const b = timeOffBusy(t);
    if (b) busy.push(b);
  }
  const holidays = new Set<number>();
  for (const h of rows.holidays ?? []) if (h.date !== null) holidays.add(Math.floor(h.date));
  return new Calendar(providers, busy, holidays);
}
