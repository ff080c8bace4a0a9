import { SUMMARIES } from "../../../src/domain/summaries";
import { readBucketDays, saveBucketDays } from "../../../src/excel/summaries/buckets";
import {
  createPurchaseOrders,
  previewPurchaseOrders,
  PreviewOutdatedError,
} from "../../../src/excel/summaries/purchase-orders";
import { refreshSummaries } from "../../../src/excel/summaries/refresh";
import { MAX_REQUEST_BYTES } from "../../../src/excel/table-io";
import { AS_OF, practiceTables } from "../../domain/summaries/fixtures";
import { workbookWith } from "./practice-workbook";

describe("A/R buckets stored in the workbook", () => {
  it("defaults to 0-30 .. 120+, and a saved setting changes the A/R Aging columns", async () => {
    const host = await workbookWith(practiceTables());
    expect(await readBucketDays(host.run)).toEqual([30, 60, 90, 120]);
    await saveBucketDays(host.run, [60, 120]);
    expect(host.workbook.setting("PM.AgingBuckets")).toBe("[60,120]");
    expect(await readBucketDays(host.run)).toEqual([60, 120]);
    await refreshSummaries(host.run, { asOf: AS_OF, summaries: SUMMARIES.filter((s) => s.id === "arAging") });
    const header = host.workbook.values("AR Aging", "A7:F7")[0];
    expect(header).toEqual(["Payer", "0-60", "61-120", "120+", "Total", "Share of A/R"]);
  });

  it("refuses buckets that do not increase", async () => {
    const host = await workbookWith(practiceTables());
    await expect(saveBucketDays(host.run, [60, 30])).rejects.toThrow(/increase/);
    expect(host.workbook.setting("PM.AgingBuckets")).toBeUndefined();
  });
});

describe("request discipline", () => {
  it("a full refresh takes a small constant number of syncs per sheet, every request under 4 MB", async () => {
    const host = await workbookWith(practiceTables());
    await refreshSummaries(host.run, { asOf: AS_OF });
    // 2 to inspect + table reads (small tables: 2) + 1 per sheet + 2 to record fingerprints.
    expect(host.stats.syncs).toBeLessThanOrEqual(2 + 2 + SUMMARIES.length + 2);
    expect(host.stats.maxRequestBytes).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  });
});

describe("Create purchase orders", () => {
  it("previews the draft POs, then appends exactly those rows as Draft", async () => {
    const host = await workbookWith(practiceTables());
    const preview = await previewPurchaseOrders(host.run, AS_OF);
    expect(preview.rows.map((r) => [r["PO Number"], r["Item ID"], r.Quantity, r.Status])).toEqual([
      ["PO-20260315-02", "I2", 18, "Draft"],
      ["PO-20260315-02", "I1", 15, "Draft"],
    ]);
    expect(host.workbook.table("PurchaseOrders")?.rowCount).toBe(2); // the preview wrote nothing
    expect(await createPurchaseOrders(host.run, preview)).toEqual({ rowsAdded: 2, orders: 1 });
    const table = host.workbook.table("PurchaseOrders");
    expect(table?.rowCount).toBe(4);
    const last = host.workbook.values("Purchase Orders", "A4:I4")[0];
    expect(last?.slice(0, 5)).toEqual(["PO-20260315-02", "V1", "I2", 18, 3.5]);
    expect(last?.[8]).toBe("Draft");
    // The new Draft counts as on order: nothing left to order.
    expect((await previewPurchaseOrders(host.run, AS_OF)).rows).toEqual([]);
  });

  it("writes nothing when the workbook changed since the preview", async () => {
    const host = await workbookWith(practiceTables());
    const preview = await previewPurchaseOrders(host.run, AS_OF);
    await host.edit("Inventory", "E3", [[1]]); // I2 On Hand 2 -> 1: the quantity would be 19 now
    const before = host.snapshot();
    await expect(createPurchaseOrders(host.run, preview)).rejects.toBeInstanceOf(PreviewOutdatedError);
    expect(host.snapshot()).toBe(before);
  });
});
