import { addMonths, firstOfMonth, serialFromYmd } from "../dates/excel-dates";
import { Random } from "./random";
import type { PracticeOptions } from "./types";

/** Default "today": a fixed Monday, so output without `asOf` never depends on the clock. */
export const DEFAULT_AS_OF = serialFromYmd(2026, 3, 16);
export const DEFAULT_SEED = 1;
export const DEFAULT_PROVIDERS = 6;
export const DEFAULT_MONTHS = 12;
/** How far ahead the schedule is booked. */
export const FUTURE_DAYS = 28;

/**
 * Claim lines one full-time provider produces per month with the default mix (measured: about 20
 * visits a day, 82% completed, ~1.6 lines per claim). Used to size a practice for a claim-line target.
 */
export const LINES_PER_PROVIDER_MONTH = 485;

/** What every generator needs to know about the practice being made up. */
export interface SampleContext {
  readonly seed: number;
  readonly asOf: number;
  readonly months: number;
  /** First day of history: the 1st of the month `months - 1` before asOf's month. */
  readonly periodStart: number;
  readonly providerCount: number;
  /** Multiplier on appointments per provider-day (1 = 18-22), used to hit a claim-line target. */
  readonly volume: number;
  /** Multiplier for practice-size-dependent amounts (budget, supplies): providers / 6. */
  readonly scale: number;
}

export function sampleContext(options: PracticeOptions): SampleContext {
  const seed = options.seed ?? DEFAULT_SEED;
  const asOf = Math.floor(options.asOf ?? DEFAULT_AS_OF);
  const months = wholeAtLeast(options.months ?? DEFAULT_MONTHS, 1, "months");
  let providerCount = wholeAtLeast(options.providers ?? DEFAULT_PROVIDERS, 1, "providers");
  let volume = 1;
  if (options.claimLines !== undefined) {
    const target = wholeAtLeast(options.claimLines, 1, "claimLines");
    const perProvider = months * LINES_PER_PROVIDER_MONTH;
    providerCount = Math.max(1, Math.round(target / perProvider));
    volume = Math.min(1.1, target / (providerCount * perProvider));
  }
  return {
    seed,
    asOf,
    months,
    periodStart: addMonths(firstOfMonth(asOf), -(months - 1)),
    providerCount,
    volume,
    scale: providerCount / DEFAULT_PROVIDERS,
  };
}

function wholeAtLeast(value: number, min: number, name: string): number {
  if (!Number.isFinite(value) || value < min)
    throw new RangeError(`${name} must be at least ${min} (got ${value})`);
  return Math.floor(value);
}

/** A fresh random stream per part of the practice, all derived from the seed. */
export function randomFor(context: SampleContext, part: string): Random {
  return new Random(context.seed).fork(part);
}
