/**
 * Reorder figures: items at or below their reorder point with the quantity to order (par level - on
 * hand - already on order), and lots that expire soon.
 */
import type { Rows } from "../inputs";
import { textKey } from "../inputs";

export type InventoryRow = Rows<"Inventory">[number];

/** Purchase order statuses whose quantity has not arrived yet (a Draft counts: it is about to be sent). */
export const ON_ORDER_STATUSES = ["Draft", "Ordered", "Partially Received"] as const;
export const EXPIRY_WARNING_DAYS = 30;

export function onOrderByItem(orders: Rows<"PurchaseOrders">): Map<string, number> {
  const onOrder = new Map<string, number>();
  for (const o of orders) {
    if (o.itemId === null || o.quantity === null) continue;
    if (!(ON_ORDER_STATUSES as readonly string[]).includes(o.status ?? "")) continue;
    const key = textKey(o.itemId);
    onOrder.set(key, (onOrder.get(key) ?? 0) + o.quantity);
  }
  return onOrder;
}

export interface ReorderLine {
  readonly item: InventoryRow;
  readonly itemId: string;
  readonly vendorId: string | null;
  readonly vendorName: string;
  readonly onHand: number;
  readonly reorderPoint: number;
  readonly parLevel: number;
  readonly onOrder: number;
  readonly suggested: number;
  readonly unitCost: number | null;
  /** suggested x unit cost; null when the unit cost is unknown. */
  readonly estimatedCost: number | null;
}

export const NO_VENDOR = "(no vendor)";

/**
 * Items whose stock on hand is at or below their Reorder Point, grouped by vendor name then item name.
 * Items without a Reorder Point are not tracked. A blank Par Level orders back up to the reorder point.
 */
export function reorderLines(
  inventory: Rows<"Inventory">,
  orders: Rows<"PurchaseOrders">,
  vendors: Rows<"Vendors">,
): ReorderLine[] {
  const onOrder = onOrderByItem(orders);
  const vendorNames = new Map(
    vendors.filter((v) => v.vendorId !== null).map((v) => [textKey(v.vendorId), v.name]),
  );
  const lines: ReorderLine[] = [];
  for (const item of inventory) {
    if (item.itemId === null || item.onHand === null || item.reorderPoint === null) continue;
    if (item.onHand > item.reorderPoint) continue;
    const par = item.parLevel ?? item.reorderPoint;
    const ordered = onOrder.get(textKey(item.itemId)) ?? 0;
    // The definition for the list: par - on hand - on order (never below 0, whole units). Unlike
    // metrics' orderQuantity, stock on order does not hide an item whose shelf is at its reorder point.
    const suggested = Math.max(0, Math.ceil(par - item.onHand - ordered - 1e-9));
    const vendorId = item.vendorId;
    lines.push({
      item,
      itemId: item.itemId,
      vendorId,
      vendorName:
        vendorId === null ? NO_VENDOR : (vendorNames.get(textKey(vendorId)) ?? vendorId) || vendorId,
      onHand: item.onHand,
      reorderPoint: item.reorderPoint,
      parLevel: par,
      onOrder: ordered,
      suggested,
      unitCost: item.unitCost,
      estimatedCost: item.unitCost === null ? null : Math.round(suggested * item.unitCost * 100) / 100,
    });
  }
  return lines.sort(
    (a, b) =>
      Number(a.vendorId === null) - Number(b.vendorId === null) ||
      a.vendorName.localeCompare(b.vendorName) ||
      (a.item.name ?? "").localeCompare(b.item.name ?? "") ||
      a.itemId.localeCompare(b.itemId),
  );
}

export interface ExpiringLot {
  readonly item: InventoryRow;
  readonly expiresOn: number;
  /** Days until expiry (negative: expired). */
  readonly daysLeft: number;
}

/** Lots still on hand that expired or expire within `days` of asOf; soonest first. */
export function expiringLots(
  inventory: Rows<"Inventory">,
  asOf: number,
  days = EXPIRY_WARNING_DAYS,
): ExpiringLot[] {
  const today = Math.floor(asOf);
  const lots: ExpiringLot[] = [];
  for (const item of inventory) {
    if (item.expiresOn === null || (item.onHand ?? 0) <= 0) continue;
    const daysLeft = Math.floor(item.expiresOn) - today;
    if (daysLeft <= days) lots.push({ item, expiresOn: Math.floor(item.expiresOn), daysLeft });
  }
  return lots.sort(
    (a, b) => a.expiresOn - b.expiresOn || (a.item.itemId ?? "").localeCompare(b.item.itemId ?? ""),
  );
}
