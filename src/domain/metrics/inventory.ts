/** Inventory reorder math. Quantities are in the item's counting unit. */
import { ratio } from "./ratio";

/** Average days in a month, to turn monthly usage into daily usage (365 / 12). */
export const DAYS_PER_MONTH = 365 / 12;

/** Rounds up to whole units, ignoring float noise such as 1.1 * 10 = 11.000000000000002. */
function wholeUnitsUp(quantity: number): number {
  return Math.ceil(quantity - 1e-9);
}

/** Reorder point = daily usage x lead time in days + safety stock, rounded up to whole units. */
export function reorderPoint(dailyUsage: number, leadTimeDays: number, safetyStock = 0): number {
  return wholeUnitsUp(dailyUsage * leadTimeDays + safetyStock);
}

/**
 * Quantity to order: when stock on hand plus stock already on order has fallen to the reorder point
 * or below, enough to bring it back up to the par level; otherwise 0. Rounded up to whole units.
 */
export function orderQuantity(
  onHand: number,
  reorderPointUnits: number,
  parLevel: number,
  onOrder = 0,
): number {
  const position = onHand + onOrder;
  if (position > reorderPointUnits) return 0;
  return Math.max(0, wholeUnitsUp(parLevel - position));
}

/** Days the stock on hand lasts at the monthly usage; null when nothing is used. */
export function daysOfSupply(onHand: number, monthlyUsage: number): number | null {
  return ratio(onHand, monthlyUsage / DAYS_PER_MONTH);
}
