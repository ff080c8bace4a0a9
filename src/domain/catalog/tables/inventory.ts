import { INVENTORY_CATEGORIES } from "../lists";
import type { TableSpec } from "../types";

export const inventory = {
  name: "Inventory",
  sheet: "Inventory",
  description: "Supplies, medications and vaccines on hand, with reorder levels and lots.",
  key: ["Item ID"],
  columns: [
    { header: "Item ID", key: "itemId", kind: "id", required: true, width: 12, description: "Unique item code." },
    { header: "Name", key: "name", kind: "text", required: true, width: 26, description: "Item name." },
    { header: "Category", key: "category", kind: "list", list: INVENTORY_CATEGORIES, width: 16, description: "Kind of item." },
    { header: "Unit", key: "unit", kind: "text", width: 8, description: "Counting unit, e.g. box." },
    { header: "On Hand", key: "onHand", kind: "integer", required: true, min: 0, width: 9, description: "Units in stock." },
    { header: "Reorder Point", key: "reorderPoint", kind: "integer", min: 0, width: 9, description: "Reorder when stock falls to this level." },
    { header: "Par Level", key: "parLevel", kind: "integer", min: 0, width: 9, description: "Stock level to order back up to." },
    { header: "Unit Cost", key: "unitCost", kind: "currency", min: 0, width: 11, description: "Cost per unit." },
    { header: "Vendor ID", key: "vendorId", kind: "id", ref: { table: "Vendors", column: "Vendor ID" }, width: 11, description: "Usual supplier (from Vendors)." },
    { header: "Lot", key: "lot", kind: "id", width: 12, description: "Lot number of the stock on hand." },
    { header: "Expires On", key: "expiresOn", kind: "date", width: 12, description: "Expiry date of the lot." },
    { header: "Location", key: "location", kind: "text", width: 14, description: "Where it is kept." },
    { header: "Monthly Usage", key: "monthlyUsage", kind: "number", min: 0, width: 10, description: "Average units used per month." },
  ],
} as const satisfies TableSpec;
