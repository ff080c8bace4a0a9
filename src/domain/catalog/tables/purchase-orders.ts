import { PO_STATUSES } from "../lists";
import type { TableSpec } from "../types";

export const purchaseOrders = {
  name: "PurchaseOrders",
  sheet: "Purchase Orders",
  description: "Orders placed with vendors: one row per item ordered.",
  key: ["PO Number", "Item ID"],
  columns: [
    { header: "PO Number", key: "poNumber", kind: "id", required: true, width: 12, description: "Purchase order number (shared by its items)." },
    { header: "Vendor ID", key: "vendorId", kind: "id", required: true, ref: { table: "Vendors", column: "Vendor ID" }, width: 11, description: "Vendor (from Vendors)." },
    { header: "Item ID", key: "itemId", kind: "id", required: true, ref: { table: "Inventory", column: "Item ID" }, width: 11, description: "Item ordered (from Inventory)." },
    { header: "Quantity", key: "quantity", kind: "integer", required: true, min: 0, width: 9, description: "Units ordered." },
    { header: "Unit Cost", key: "unitCost", kind: "currency", min: 0, width: 11, description: "Price per unit." },
    { header: "Ordered On", key: "orderedOn", kind: "date", width: 12, description: "Date ordered." },
    { header: "Expected On", key: "expectedOn", kind: "date", width: 12, description: "Expected delivery date." },
    { header: "Received On", key: "receivedOn", kind: "date", width: 12, description: "Date delivered." },
    { header: "Status", key: "status", kind: "list", required: true, list: PO_STATUSES, width: 12, description: "Where the order stands." },
  ],
} as const satisfies TableSpec;
