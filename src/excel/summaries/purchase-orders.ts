/**
 * Create purchase orders from the reorder list: a preview (read only), then appending the previewed
 * rows to the PurchaseOrders table in one run. The rows are recomputed at creation; if Inventory or
 * Purchase Orders changed since the preview, nothing is written and the user previews again.
 */
import { CATALOG } from "../../domain/catalog";
import { serialFromLocalDate } from "../../domain/dates/excel-dates";
import { reorderLines } from "../../domain/summaries/figures/inventory";
import {
  draftPurchaseOrders,
  purchaseOrderRows,
  type PurchaseOrderDraft,
  type PurchaseOrderRow,
} from "../../domain/summaries/purchase-orders";
import type { ExcelRunner } from "../runner";
import { appendRows, readTables } from "../table-io";

export interface PurchaseOrderPreview {
  readonly asOf: number;
  readonly draft: PurchaseOrderDraft;
  readonly rows: readonly PurchaseOrderRow[];
}

export class PreviewOutdatedError extends Error {
  constructor() {
    super("Inventory or Purchase Orders changed since the preview. Preview the purchase orders again.");
    this.name = "PreviewOutdatedError";
  }
}

async function draftFromWorkbook(context: Excel.RequestContext, asOf: number): Promise<PurchaseOrderPreview> {
  const data = await readTables(context, ["Inventory", "PurchaseOrders", "Vendors"]);
  const inventory = data.get("Inventory");
  const orders = data.get("PurchaseOrders");
  if (!inventory) throw new Error("Inventory table not found - run Set up workbook.");
  if (!orders) throw new Error("PurchaseOrders table not found - run Set up workbook.");
  const existing = orders.typedRows(CATALOG.PurchaseOrders);
  const lines = reorderLines(
    inventory.typedRows(CATALOG.Inventory),
    existing,
    data.get("Vendors")?.typedRows(CATALOG.Vendors) ?? [],
  );
  const draft = draftPurchaseOrders(
    lines,
    existing.map((o) => o.poNumber ?? "").filter((n) => n !== ""),
    asOf,
  );
  return { asOf, draft, rows: purchaseOrderRows(draft) };
}

/** What Create purchase orders would add (nothing is written). */
export async function previewPurchaseOrders(
  run: ExcelRunner,
  asOf: number = serialFromLocalDate(new Date()),
): Promise<PurchaseOrderPreview> {
  return run((context) => draftFromWorkbook(context, asOf));
}

/** Appends the previewed rows as Draft purchase orders; throws PreviewOutdatedError if they changed. */
export async function createPurchaseOrders(
  run: ExcelRunner,
  preview: PurchaseOrderPreview,
): Promise<{ readonly rowsAdded: number; readonly orders: number }> {
  return run(async (context) => {
    const now = await draftFromWorkbook(context, preview.asOf);
    if (JSON.stringify(now.rows) !== JSON.stringify(preview.rows)) throw new PreviewOutdatedError();
    if (now.rows.length === 0) return { rowsAdded: 0, orders: 0 };
    const added = await appendRows(context, "PurchaseOrders", now.rows);
    return { rowsAdded: added.rowsAdded, orders: now.draft.orders.length };
  });
}
