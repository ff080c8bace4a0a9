/** Provider x week figures for the Schedule Summary, and each provider's next 7 days. */
import { weekdayOfSerial } from "../../dates/excel-dates";
import type { SummaryInput } from "../inputs";
import { rowsOf, textKey } from "../inputs";
import {
  addToTally,
  availableMinutes,
  availableMinutesOn,
  emptyTally,
  isActiveProvider,
  isBooked,
  workWeekdays,
  type ProviderRow,
  type ScheduleTally,
} from "./schedule";

export const SUMMARY_WEEKS = 13;
export const LOOKAHEAD_DAYS = 7;

export interface WeekFigures extends ScheduleTally {
  readonly weekStart: number;
  readonly availableMinutes: number;
}

export interface DayLoad {
  readonly day: number;
  readonly appointments: number;
  readonly bookedMinutes: number;
  readonly availableMinutes: number;
}

export interface ProviderSchedule {
  readonly providerId: string;
  readonly name: string;
  readonly weeks: readonly WeekFigures[];
  readonly next7: readonly DayLoad[];
}

export interface ScheduleFigures {
  /** Monday of each week shown, oldest first; the last is the as-of week. */
  readonly weekStarts: readonly number[];
  readonly days: readonly number[];
  readonly providers: readonly ProviderSchedule[];
}

/** Monday on or before a day. */
export function mondayOf(day: number): number {
  return Math.floor(day) - ((weekdayOfSerial(day) + 6) % 7);
}

/**
 * Weeks run Monday to Sunday, the last one containing asOf. Outcomes (came due, completed, no-shows)
 * count appointments up to asOf; booked time counts the whole week, future bookings included.
 * Providers: active ones, plus any provider ID with appointments in those weeks.
 */
export function computeScheduleSummary(input: SummaryInput): ScheduleFigures {
  const today = Math.floor(input.asOf);
  const lastWeek = mondayOf(today);
  const firstWeek = lastWeek - 7 * (SUMMARY_WEEKS - 1);
  const weekStarts = Array.from({ length: SUMMARY_WEEKS }, (_, i) => firstWeek + 7 * i);
  const days = Array.from({ length: LOOKAHEAD_DAYS }, (_, i) => today + i);

  interface Acc {
    providerId: string;
    provider: ProviderRow | undefined;
    tallies: ScheduleTally[];
    next: { appointments: number; bookedMinutes: number }[];
  }
  const byKey = new Map<string, Acc>();
  const acc = (providerId: string, provider?: ProviderRow): Acc => {
    const key = textKey(providerId);
    let a = byKey.get(key);
    if (!a) {
      a = {
        providerId,
        provider,
        tallies: weekStarts.map(emptyTally),
        next: days.map(() => ({ appointments: 0, bookedMinutes: 0 })),
      };
      byKey.set(key, a);
    }
    return a;
  };
  for (const p of rowsOf(input.tables, "Providers")) {
    if (p.providerId !== null && isActiveProvider(p)) acc(p.providerId, p);
  }
  const providersById = new Map(
    rowsOf(input.tables, "Providers")
      .filter((p) => p.providerId !== null)
      .map((p) => [textKey(p.providerId), p]),
  );

  const horizon = Math.max(lastWeek + 6, today + LOOKAHEAD_DAYS - 1);
  for (const a of rowsOf(input.tables, "Appointments")) {
    if (a.date === null || a.providerId === null) continue;
    const day = Math.floor(a.date);
    if (day < firstWeek || day > horizon) continue;
    const entry = acc(a.providerId, providersById.get(textKey(a.providerId)));
    const week = Math.floor((day - firstWeek) / 7);
    const tally = entry.tallies[week];
    if (tally) {
      if (day <= today) addToTally(tally, a);
      else if (isBooked(a)) tally.bookedMinutes += a.durationMin ?? 0;
    }
    const ahead = day - today;
    const slot = entry.next[ahead];
    if (ahead >= 0 && slot && isBooked(a)) {
      slot.appointments += 1;
      slot.bookedMinutes += a.durationMin ?? 0;
    }
  }

  const providers = [...byKey.values()].map((e) => {
    const weekdays = workWeekdays(e.provider?.workDays ?? null);
    return {
      providerId: e.providerId,
      name: e.provider?.name ?? e.providerId,
      weeks: e.tallies.map((t, i) => ({
        ...t,
        weekStart: weekStarts[i] ?? 0,
        availableMinutes: e.provider
          ? availableMinutes(e.provider, weekStarts[i] ?? 0, (weekStarts[i] ?? 0) + 6)
          : 0,
      })),
      next7: e.next.map((n, i) => ({
        day: days[i] ?? 0,
        ...n,
        availableMinutes: e.provider ? availableMinutesOn(e.provider, days[i] ?? 0, weekdays) : 0,
      })),
    };
  });
  providers.sort((a, b) => a.name.localeCompare(b.name) || a.providerId.localeCompare(b.providerId));
  return { weekStarts, days, providers };
}
