/**
 * Accounts-receivable aging: how old each balance is and which age bucket it falls in.
 * Dates are Excel serials; a time of day (the fraction) is ignored.
 */
import { sum } from "./ratio";

/** Upper day limits of the standard buckets: 0-30, 31-60, 61-90, 91-120, 120+. */
export const DEFAULT_BUCKET_DAYS: readonly number[] = [30, 60, 90, 120];

/** Whole days from the service date to asOf (negative when the service date is after asOf). */
export function age(serviceDate: number, asOf: number): number {
  return Math.floor(asOf) - Math.floor(serviceDate);
}

/**
 * Checks bucket limits: whole numbers of days, at least 0, strictly increasing, at least one.
 * Returns a sentence saying what is wrong, or null when they are usable.
 */
export function bucketDaysProblem(limits: readonly number[]): string | null {
  if (limits.length === 0) return "needs at least one day limit";
  for (let i = 0; i < limits.length; i++) {
    const limit = limits[i] as number;
    if (!Number.isInteger(limit) || limit < 0)
      return `limit ${limit} is not a whole number of days (0 or more)`;
    if (i > 0 && limit <= (limits[i - 1] as number)) return "limits must increase from left to right";
  }
  return null;
}

/** Bucket labels for the limits: [30, 60] -> "0-30", "31-60", "60+". Limits must pass bucketDaysProblem. */
export function bucketLabels(limits: readonly number[] = DEFAULT_BUCKET_DAYS): string[] {
  const labels: string[] = [];
  let from = 0;
  for (const limit of limits) {
    labels.push(`${from}-${limit}`);
    from = limit + 1;
  }
  labels.push(`${limits[limits.length - 1] ?? 0}+`);
  return labels;
}

/**
 * Index of the bucket an age falls in: the first limit the age does not exceed, or the last ("+")
 * bucket. A negative age (service date after asOf) counts as 0 so that no balance is left out.
 */
export function bucketIndex(ageDays: number, limits: readonly number[] = DEFAULT_BUCKET_DAYS): number {
  for (let i = 0; i < limits.length; i++) if (ageDays <= (limits[i] as number)) return i;
  return limits.length;
}

/** Bucket label for a service date: agingBucket(d, asOf) -> "31-60". */
export function agingBucket(
  serviceDate: number,
  asOf: number,
  limits: readonly number[] = DEFAULT_BUCKET_DAYS,
): string {
  return bucketLabels(limits)[bucketIndex(age(serviceDate, asOf), limits)] as string;
}

export interface AgingRow {
  readonly bucket: string;
  /** Sum of the balances in the bucket. */
  readonly amount: number;
  /** Number of balances (rows) in the bucket. */
  readonly count: number;
  /** amount / total of all buckets; null when the total is 0. */
  readonly share: number | null;
}

export interface AgingTable {
  /** One row per bucket, in bucket order, including empty buckets. */
  readonly rows: readonly AgingRow[];
  readonly total: number;
}

/**
 * Aging table of balances by service date. dates[i] belongs to balances[i]; rows whose balance is
 * null (blank) are skipped, so a whole column with trailing blanks can be passed. The caller makes sure
 * every counted balance has a date (a null date there is a caller bug and throws).
 */
export function agingTable(
  dates: readonly (number | null)[],
  balances: readonly (number | null)[],
  asOf: number,
  limits: readonly number[] = DEFAULT_BUCKET_DAYS,
): AgingTable {
  if (dates.length !== balances.length) throw new RangeError("dates and balances differ in length");
  const amounts = new Array<number>(limits.length + 1).fill(0);
  const counts = new Array<number>(limits.length + 1).fill(0);
  const asOfDay = Math.floor(asOf);
  for (let i = 0; i < balances.length; i++) {
    const balance = balances[i];
    if (balance === null || balance === undefined) continue;
    const date = dates[i];
    if (date === null || date === undefined) throw new RangeError(`balance ${i + 1} has no service date`);
    const b = bucketIndex(asOfDay - Math.floor(date), limits);
    amounts[b] = (amounts[b] as number) + balance;
    counts[b] = (counts[b] as number) + 1;
  }
  const total = sum(amounts);
  const labels = bucketLabels(limits);
  return {
    total,
    rows: labels.map((bucket, i) => {
      const amount = amounts[i] as number;
      return { bucket, amount, count: counts[i] as number, share: total === 0 ? null : amount / total };
    }),
  };
}
