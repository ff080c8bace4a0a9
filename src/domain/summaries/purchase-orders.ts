/**
 * Draft purchase orders from the reorder list: one PO per vendor, one row per item with a suggested
 * quantity above 0, numbered PO-<yyyymmdd>-<nn> without reusing an existing PO Number.
 */
import { isoFromSerial } from "../dates/excel-dates";
import type { ReorderLine } from "./figures/inventory";

export interface DraftLine {
  readonly itemId: string;
  readonly itemName: string;
  readonly quantity: number;
  readonly unitCost: number | null;
}

export interface DraftPurchaseOrder {
  readonly poNumber: string;
  readonly vendorId: string;
  readonly vendorName: string;
  readonly lines: readonly DraftLine[];
  /** Sum of quantity x unit cost over lines with a unit cost. */
  readonly estimatedTotal: number;
}

export interface SkippedItem {
  readonly itemId: string;
  readonly reason: string;
}

export interface PurchaseOrderDraft {
  readonly orders: readonly DraftPurchaseOrder[];
  readonly skipped: readonly SkippedItem[];
}

/** The Purchase Orders rows of a draft, by catalog header. */
export type PurchaseOrderRow = Record<
  "PO Number" | "Vendor ID" | "Item ID" | "Quantity" | "Unit Cost" | "Status",
  string | number
>;

export function draftPurchaseOrders(
  lines: readonly ReorderLine[],
  existingPoNumbers: readonly string[],
  asOf: number,
): PurchaseOrderDraft {
  const taken = new Set(existingPoNumbers.map((n) => n.trim().toLowerCase()));
  const stamp = isoFromSerial(asOf).replace(/-/g, "");
  let next = 1;
  const newNumber = (): string => {
    for (;;) {
      const candidate = `PO-${stamp}-${String(next).padStart(2, "0")}`;
      next += 1;
      if (!taken.has(candidate.toLowerCase())) return candidate;
    }
  };

  const skipped: SkippedItem[] = [];
  const byVendor = new Map<string, { vendorId: string; vendorName: string; lines: DraftLine[] }>();
  for (const line of lines) {
    if (line.suggested <= 0) continue;
    if (line.vendorId === null) {
      skipped.push({ itemId: line.itemId, reason: "no Vendor ID in Inventory" });
      continue;
    }
    const key = line.vendorId.trim().toLowerCase();
    const order = byVendor.get(key) ?? { vendorId: line.vendorId, vendorName: line.vendorName, lines: [] };
    order.lines.push({
      itemId: line.itemId,
      itemName: line.item.name ?? "",
      quantity: line.suggested,
      unitCost: line.unitCost,
    });
    byVendor.set(key, order);
  }
  const orders = [...byVendor.values()].map((o) => ({
    poNumber: newNumber(),
    vendorId: o.vendorId,
    vendorName: o.vendorName,
    lines: o.lines,
    estimatedTotal: Math.round(o.lines.reduce((t, l) => t + l.quantity * (l.unitCost ?? 0), 0) * 100) / 100,
  }));
  return { orders, skipped };
}

export function purchaseOrderRows(draft: PurchaseOrderDraft): PurchaseOrderRow[] {
  return draft.orders.flatMap((o) =>
    o.lines.map((l) => ({
      "PO Number": o.poNumber,
      "Vendor ID": o.vendorId,
      "Item ID": l.itemId,
      Quantity: l.quantity,
      "Unit Cost": l.unitCost ?? "",
      Status: "Draft",
    })),
  );
}
