/**
 * Finding free appointment slots: for each provider, walk the days from `from`, cut the free stretches
 * of each day into back-to-back slots of the visit's length (starting on the 5-minute grid), and keep
 * the earliest `count`. With several providers the lists merge by time, then Provider ID.
 */
import { Calendar, MINUTES_PER_DAY, type ProviderHours } from "./calendar";

export interface FreeSlot {
  /** Excel serial day. */
  readonly date: number;
  /** Minutes after midnight. */
  readonly start: number;
  readonly providerId: string;
}

export interface SlotQuery {
  /** Provider ID, or null for every active provider. */
  readonly providerId: string | null;
  readonly minutes: number;
  /** Serial date-time: no slot starts before it. */
  readonly from: number;
  readonly count: number;
  /** How many days ahead to look (default 366). */
  readonly days?: number;
}

/** Slot starts are rounded up to this many minutes (8:07 is offered as 8:10). */
export const SLOT_GRID = 5;
export const SEARCH_DAYS = 366;

export class SlotSearchError extends Error {
  override readonly name = "SlotSearchError";
}

function providerSlots(calendar: Calendar, p: ProviderHours, q: SlotQuery, out: FreeSlot[]): void {
  const fromMinute = Math.ceil(Math.round(q.from * MINUTES_PER_DAY * 1000) / 1000);
  const firstDay = Math.floor(fromMinute / MINUTES_PER_DAY);
  const lastDay = firstDay + (q.days ?? SEARCH_DAYS);
  let found = 0;
  for (let day = firstDay; day < lastDay && found < q.count; day++) {
    for (const gap of calendar.freeOn(p, day)) {
      const base = day * MINUTES_PER_DAY;
      let start = Math.max(gap.from, fromMinute);
      start = base + Math.ceil((start - base) / SLOT_GRID) * SLOT_GRID;
      for (; start + q.minutes <= gap.to && found < q.count; start += q.minutes) {
        out.push({ date: day, start: start - base, providerId: p.id });
        found++;
      }
      if (found >= q.count) break;
    }
  }
}

/** The earliest free slots, oldest first; fewer than `count` when the search window runs out. */
export function findFreeSlots(calendar: Calendar, q: SlotQuery): FreeSlot[] {
  if (!Number.isInteger(q.minutes) || q.minutes < 1)
    throw new SlotSearchError("minutes must be a whole number of 1 or more");
  if (!Number.isInteger(q.count) || q.count < 1)
    throw new SlotSearchError("count must be a whole number of 1 or more");
  let providers: ProviderHours[];
  if (q.providerId === null) {
    providers = calendar.activeProviders();
    if (providers.length === 0) throw new SlotSearchError("no active provider in the Providers table");
  } else {
    const p = calendar.provider(q.providerId);
    if (!p) throw new SlotSearchError(`provider "${q.providerId}" is not in the Providers table`);
    if (!p.active) throw new SlotSearchError(`provider ${p.id} is not active`);
    providers = [p];
  }
  const all: FreeSlot[] = [];
  for (const p of providers) providerSlots(calendar, p, q, all);
  all.sort((a, b) => a.date - b.date || a.start - b.start || (a.providerId < b.providerId ? -1 : 1));
  return all.slice(0, q.count);
}
