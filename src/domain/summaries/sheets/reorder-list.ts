/** Reorder List: items to order grouped by vendor (draft purchase orders) and lots expiring soon. */
import type { TableName } from "../../catalog";
import { cellRef, columnLetter } from "../a1";
import { DEFINITIONS as D } from "../definitions";
import {
  expiringLots,
  EXPIRY_WARNING_DAYS,
  NO_VENDOR,
  reorderLines,
  type ExpiringLot,
  type ReorderLine,
} from "../figures/inventory";
import { formula, sumCells, sumOfRefs } from "../formulas";
import type { SummaryInput } from "../inputs";
import { rowsOf, textKey } from "../inputs";
import type { SheetModel } from "../model";
import { ATTENTION } from "../style";
import { startSheet } from "./common";

export const REORDER_LIST = { id: "reorderList", name: "Reorder List", title: "Reorder List" } as const;
export const REORDER_TABLES: readonly TableName[] = ["Inventory", "PurchaseOrders", "Vendors"];

export interface ReorderFigures {
  readonly lines: readonly ReorderLine[];
  readonly lots: readonly ExpiringLot[];
  /** Vendor name per Vendor ID (lower case), for the lots' vendors. */
  readonly vendorNames: ReadonlyMap<string, string>;
}

export function computeReorder(input: SummaryInput): ReorderFigures {
  const inventory = rowsOf(input.tables, "Inventory");
  const vendors = rowsOf(input.tables, "Vendors");
  return {
    lines: reorderLines(inventory, rowsOf(input.tables, "PurchaseOrders"), vendors),
    lots: expiringLots(inventory, input.asOf),
    vendorNames: new Map(
      vendors
        .filter((v) => v.vendorId !== null)
        .map((v) => [textKey(v.vendorId), v.name ?? v.vendorId ?? ""]),
    ),
  };
}

export function reorderListSheet(input: SummaryInput): SheetModel {
  return layoutReorder(input, computeReorder(input));
}

export function layoutReorder(input: SummaryInput, f: ReorderFigures): SheetModel {
  const b = startSheet(REORDER_LIST, input, REORDER_TABLES);

  b.section("Items at or below reorder point, by vendor (draft purchase orders)");
  const t = b.table([
    { header: "Vendor", width: 24 },
    { header: "Item ID", format: "text", width: 11 },
    { header: "Item", width: 26 },
    { header: "Unit", width: 8 },
    { header: "On Hand", format: "integer", width: 9 },
    { header: "Reorder Point", format: "integer", width: 9 },
    { header: "Par Level", format: "integer", width: 9 },
    { header: "On Order", format: "integer", width: 9 },
    { header: "Suggested Qty", format: "integer", width: 10 },
    { header: "Unit Cost", format: "currency", width: 11 },
    { header: "Estimated Cost", format: "currency", width: 13 },
  ]);
  const subtotals: { row: number; col: number }[] = [];
  let start = 0;
  while (start < f.lines.length) {
    const vendor = f.lines[start]?.vendorName ?? "";
    let end = start;
    while (end < f.lines.length && f.lines[end]?.vendorName === vendor) end += 1;
    const first = t.nextRow;
    for (const line of f.lines.slice(start, end)) {
      const r = t.nextRow;
      t.add([
        line.vendorName,
        line.itemId,
        line.item.name,
        line.item.unit,
        line.onHand,
        line.reorderPoint,
        line.parLevel,
        line.onOrder,
        line.suggested,
        line.unitCost,
        formula(`=IF(${cellRef(r, 9)}="","",${cellRef(r, 8)}*${cellRef(r, 9)})`),
      ]);
    }
    const s = t.add(
      [
        `${vendor} subtotal`,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        sumCells(first, 10, end - start),
      ],
      "subtotal",
    );
    subtotals.push({ row: s, col: 10 });
    start = end;
  }
  if (f.lines.length === 0) t.add(["No item is at or below its reorder point"], "note");
  t.add(["Total", null, null, null, null, null, null, null, null, null, sumOfRefs(subtotals)], "total");
  t.end();
  b.note(D.suggestedQuantity);
  b.note(
    "Create purchase orders in the task pane adds these as Draft rows to the Purchase Orders table after a preview.",
  );

  b.section(`Lots expired or expiring within ${EXPIRY_WARNING_DAYS} days`);
  // Vendor, Item ID and Item line up with the list above.
  const l = b.table([
    { header: "Vendor" },
    { header: "Item ID", format: "text" },
    { header: "Item" },
    { header: "Lot", format: "text" },
    { header: "Expires On", format: "date" },
    { header: "Days Left", format: "integer" },
    { header: "On Hand", format: "integer" },
    { header: "Location" },
    { header: "State" },
  ]);
  for (const lot of f.lots) {
    const vendorId = lot.item.vendorId;
    l.add([
      vendorId === null ? NO_VENDOR : (f.vendorNames.get(textKey(vendorId)) ?? vendorId),
      lot.item.itemId,
      lot.item.name,
      lot.item.lot,
      lot.expiresOn,
      lot.daysLeft,
      lot.item.onHand,
      lot.item.location,
      lot.daysLeft < 0 ? "Expired" : "Expiring",
    ]);
  }
  if (f.lots.length === 0) l.add([`No lot expires within ${EXPIRY_WARNING_DAYS} days`], "note");
  l.end();
  if (f.lots.length > 0) {
    b.conditionalFormat({
      rect: { row: l.firstRow, col: 0, rows: f.lots.length, cols: 9 },
      formula: `=$${columnLetter(5)}${l.firstRow + 1}<0`, // Days Left of the row
      ...ATTENTION,
      meaning: "expired lot",
    });
  }
  return b.build();
}
