/** How the remittance panel shows amounts, dates and adjustments. */
import { isoFromSerial } from "../../domain/dates/excel-dates";
import { describeAdjustment } from "../../domain/codes";
import { formatMoney, type Adjustment } from "../../domain/import";

export { formatMoney };

export function formatDate(serial: number | null): string {
  return serial === null ? "no date" : isoFromSerial(serial);
}

/** "CO-45 $50.00" (the reason's description goes in the title attribute). */
export function adjustmentLabel(a: Adjustment): string {
  return `${a.group}-${a.reason} ${formatMoney(a.amount)}`;
}

export function adjustmentTitle(a: Adjustment): string {
  return describeAdjustment(a.group, a.reason);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "A, B ×3": each Claim ID once, with how often it repeats (test files reuse one ID for every claim). */
export function claimIdList(ids: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, n]) => (n > 1 ? `${id} ×${n}` : id)).join(", ");
}
