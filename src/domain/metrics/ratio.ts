/**
 * Shared rule for every rate in src/domain/metrics: a ratio whose denominator is zero has no value.
 * It is null (shown as "—" on summaries, #DIV/0! by the PM functions), never NaN or Infinity.
 */
export function ratio(numerator: number, denominator: number): number | null {
  if (denominator === 0 || !Number.isFinite(numerator) || !Number.isFinite(denominator)) return null;
  const value = numerator / denominator;
  return Number.isFinite(value) ? value : null;
}

/** Sum of the numbers in a list; null entries (blank cells) count as nothing. */
export function sum(values: readonly (number | null)[]): number {
  let total = 0;
  for (const v of values) if (v !== null) total += v;
  return total;
}
