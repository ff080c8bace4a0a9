import { readRemittanceFile, type RemittanceFile } from "../../../src/domain/import";
import { postRemittances, previewRemittances } from "../../../src/excel/remittance";
import { updateRows } from "../../../src/excel/table-io";
import { d, practiceWorkbook } from "../../domain/import/workbook-builders";
import { fixture } from "../../domain/import/x12-fixtures";
import { readBack } from "./read-back";
import { practiceHost } from "./seed";

/**
 * A post given the preview the user confirmed posts that preview's plan (not a second one held beside
 * it) only while the same files meet the same cells on the same day; any change and it plans again from
 * the workbook as it is, exactly as a post without a preview does.
 */
const TODAY = d(2026, 3, 1);
const files = (...names: string[]): RemittanceFile[] => names.map((n) => readRemittanceFile(n, fixture(n)));

describe("post after a preview", () => {
  test("workbook unchanged: posts the preview's plan, writing what a fresh plan writes", async () => {
    const host = await practiceHost(practiceWorkbook());
    const chosen = files("full-remit.835");
    const preview = await previewRemittances(host.run, chosen, { today: TODAY });
    const outcome = await postRemittances(host.run, chosen, { today: TODAY, preview });
    expect(outcome).toMatchObject({ kind: "posted", reusedPreview: true, paymentsAdded: 10 });
    expect(outcome.plan).toBe(preview.plan);

    const fresh = await practiceHost(practiceWorkbook());
    const planned = await postRemittances(fresh.run, chosen, { today: TODAY });
    expect(planned).toMatchObject({ kind: "posted", reusedPreview: false });
    // Every cell, format and table of the two workbooks alike.
    expect(host.snapshot()).toBe(fresh.snapshot());
  });

  test("one cell changed since the preview: the post plans again and posts onto the cell as it is now", async () => {
    const host = await practiceHost(practiceWorkbook());
    const chosen = files("full-remit.835");
    const preview = await previewRemittances(host.run, chosen, { today: TODAY });
    // Someone records $40 already paid on C1001 (row 0) between the preview and the post.
    await host.run((context) => updateRows(context, "Claims", [{ rowIndex: 0, values: { Paid: 40 } }]));
    const outcome = await postRemittances(host.run, chosen, { today: TODAY, preview });
    expect(outcome).toMatchObject({ kind: "posted", reusedPreview: false });
    expect(outcome.plan).not.toBe(preview.plan);
    const c1001 = (await readBack(host)).claims.find((c) => c.claimId === "C1001");
    // full-remit.835 pays C1001 $160: added to the $40 written after the preview, not to the blank before it.
    expect(c1001?.paid).toBe(200);
  });

  test("posted in the meantime: the same preview posted again plans again and posts nothing twice", async () => {
    const host = await practiceHost(practiceWorkbook());
    const chosen = files("full-remit.835");
    const preview = await previewRemittances(host.run, chosen, { today: TODAY });
    expect(await postRemittances(host.run, chosen, { today: TODAY, preview })).toMatchObject({
      kind: "posted",
    });
    const again = await postRemittances(host.run, chosen, { today: TODAY, preview });
    expect(again.kind).toBe("nothing-to-post");
    expect((await readBack(host)).payments).toHaveLength(10);
  });

  test("other files (the same text read again) or another day: the post plans again", async () => {
    const host = await practiceHost(practiceWorkbook());
    const preview = await previewRemittances(host.run, files("full-remit.835"), { today: TODAY });
    const otherDay = await postRemittances(host.run, preview.basis?.files ?? [], {
      today: TODAY + 1,
      preview,
    });
    expect(otherDay).toMatchObject({ kind: "posted", reusedPreview: false });

    const second = await practiceHost(practiceWorkbook());
    const before = await previewRemittances(second.run, files("full-remit.835"), { today: TODAY });
    const reread = await postRemittances(second.run, files("full-remit.835"), {
      today: TODAY,
      preview: before,
    });
    expect(reread).toMatchObject({ kind: "posted", reusedPreview: false });
  });
});
