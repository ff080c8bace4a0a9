/**
 * A bookable calendar: each provider's work days and hours, minus time off, holidays and the
 * appointments that hold their slot. Moments are whole minutes since the Excel epoch (serial x 1440),
 * so time off across midnight and appointments on any day compare as plain numbers.
 */
import { weekdayOfSerial } from "../dates/excel-dates";

export const MINUTES_PER_DAY = 1440;

export interface ProviderHours {
  readonly id: string;
  readonly name: string;
  /** Weekdays worked (0 = Sunday); null when Work Days is blank or unreadable: no bookable day. */
  readonly workDays: ReadonlySet<number> | null;
  /** Minutes after midnight; null when blank or unreadable: no bookable hours. */
  readonly dayStart: number | null;
  readonly dayEnd: number | null;
  readonly active: boolean;
}

/** A busy stretch of one provider: [from, to) in minutes since the epoch. */
export interface Busy {
  readonly providerId: string;
  readonly from: number;
  readonly to: number;
}

/** Provider IDs compare like Excel lookups: trimmed, case-insensitive. */
export function providerKey(id: string): string {
  return id.trim().toUpperCase();
}

/** Sorted, merged busy intervals of one provider, searchable by time. */
class BusyLine {
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  /**
   * The union of intervals given as their starts and ends. The union only depends on the sorted starts
   * and the sorted ends (a sweep counting how many intervals are open), so each list is sorted on its
   * own as numbers: far faster than sorting 75,000 interval objects. Touching intervals merge.
   */
  static of(froms: readonly number[], tos: readonly number[]): BusyLine {
    const s = Float64Array.from(froms).sort();
    const e = Float64Array.from(tos).sort();
    const line = new BusyLine();
    let open = 0;
    let j = 0;
    for (let i = 0; i < s.length;) {
      const start = s[i] ?? 0;
      const end = e[j] ?? 0;
      if (start <= end) {
        if (open === 0) line.starts.push(start);
        open++;
        i++;
      } else {
        open--;
        j++;
        if (open === 0) line.ends.push(end);
      }
    }
    if (open > 0) line.ends.push(e[e.length - 1] ?? 0);
    return line;
  }

  /** Index of the first interval that ends after `moment`. */
  firstEndingAfter(moment: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.ends[mid] ?? 0) <= moment) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The free stretches of [from, to), in order. */
  freeWithin(from: number, to: number): { from: number; to: number }[] {
    const free: { from: number; to: number }[] = [];
    let cursor = from;
    for (let i = this.firstEndingAfter(from); i < this.starts.length; i++) {
      const start = this.starts[i] ?? 0;
      if (start >= to) break;
      if (start > cursor) free.push({ from: cursor, to: start });
      cursor = Math.max(cursor, this.ends[i] ?? 0);
      if (cursor >= to) break;
    }
    if (cursor < to) free.push({ from: cursor, to });
    return free;
  }

  overlaps(from: number, to: number): boolean {
    const i = this.firstEndingAfter(from);
    return i < this.starts.length && (this.starts[i] ?? Infinity) < to;
  }
}

export class Calendar {
  private readonly providers = new Map<string, ProviderHours>();
  private readonly busy = new Map<string, BusyLine>();

  constructor(
    providers: readonly ProviderHours[],
    busy: readonly Busy[],
    private readonly holidays: ReadonlySet<number>,
  ) {
    for (const p of providers) {
      const key = providerKey(p.id);
      if (!this.providers.has(key)) this.providers.set(key, p);
    }
    const grouped = new Map<string, { froms: number[]; tos: number[] }>();
    const keys = new Map<string, string>();
    for (const b of busy) {
      if (!(b.to > b.from)) continue;
      let key = keys.get(b.providerId);
      if (key === undefined) {
        key = providerKey(b.providerId);
        keys.set(b.providerId, key);
      }
      let list = grouped.get(key);
      if (!list) {
        list = { froms: [], tos: [] };
        grouped.set(key, list);
      }
      list.froms.push(b.from);
      list.tos.push(b.to);
    }
    for (const [key, list] of grouped) this.busy.set(key, BusyLine.of(list.froms, list.tos));
  }

  provider(id: string): ProviderHours | undefined {
    return this.providers.get(providerKey(id));
  }

  /** Active providers, by Provider ID. */
  activeProviders(): ProviderHours[] {
    return [...this.providers.values()]
      .filter((p) => p.active)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  isHoliday(day: number): boolean {
    return this.holidays.has(day);
  }

  /** The bookable hours of a provider on a day, [from, to) in epoch minutes, or null when not working. */
  hoursOn(provider: ProviderHours, day: number): { from: number; to: number } | null {
    if (this.isHoliday(day) || !provider.workDays?.has(weekdayOfSerial(day))) return null;
    if (provider.dayStart === null || provider.dayEnd === null || provider.dayEnd <= provider.dayStart)
      return null;
    const base = day * MINUTES_PER_DAY;
    return { from: base + provider.dayStart, to: base + provider.dayEnd };
  }

  /** Free stretches of a provider's bookable hours on a day (time off and bookings taken out). */
  freeOn(provider: ProviderHours, day: number): { from: number; to: number }[] {
    const hours = this.hoursOn(provider, day);
    if (!hours) return [];
    const line = this.busy.get(providerKey(provider.id));
    return line ? line.freeWithin(hours.from, hours.to) : [hours];
  }

  /** Why [from, to) cannot be booked for the provider, or null when it can. */
  conflict(providerId: string, from: number, to: number): string | null {
    const provider = this.provider(providerId);
    if (!provider) return `provider ${providerId} is not in the Providers table`;
    if (!provider.active) return `provider ${provider.id} is not active`;
    const day = Math.floor(from / MINUTES_PER_DAY);
    if (this.isHoliday(day)) return "the practice is closed that day (Holidays)";
    const hours = this.hoursOn(provider, day);
    if (!hours) return `that day is not one of provider ${provider.id}'s work days`;
    if (from < hours.from || to > hours.to) return `the visit runs outside provider ${provider.id}'s hours`;
    if (this.busy.get(providerKey(provider.id))?.overlaps(from, to))
      return `provider ${provider.id} is booked or away at that time`;
    return null;
  }
}
