/** Posting stores follow-up in the workbook: Appeal Deadline on the denial, Underpaid rows in Claim Activity. */
import { CATALOG } from "../../../src/domain/catalog";
import { readRemittanceFile } from "../../../src/domain/import";
import { postRemittances, previewRemittances } from "../../../src/excel/remittance";
import { readTable } from "../../../src/excel/table-io";
import { d, practiceWorkbook } from "../../domain/import/workbook-builders";
import { fixture } from "../../domain/import/x12-fixtures";
import { practiceHost } from "./seed";

const TODAY = d(2026, 3, 1);
const files = () => [readRemittanceFile("full-remit.835", fixture("full-remit.835"))];

describe("posting full-remit.835: follow-up", () => {
  test("writes C1002's Appeal Deadline and appends one Underpaid row, in the same all-or-nothing post", async () => {
    const host = await practiceHost(practiceWorkbook());
    const outcome = await postRemittances(host.run, files(), { today: TODAY });
    expect(outcome.kind).toBe("posted");
    expect(host.stats.syncs).toBeLessThanOrEqual(4); // the activity rows ride in the same writes
    const [claims, activity] = await host.run(async (context) => [
      (await readTable(context, "Claims"))?.typedRows(CATALOG.Claims) ?? [],
      (await readTable(context, "ClaimActivity"))?.typedRows(CATALOG.ClaimActivity) ?? [],
    ]);
    expect(claims.find((c) => c.claimId === "C1002")?.appealDeadline).toBe(d(2026, 4, 15));
    expect(activity).toHaveLength(1);
    expect(activity[0]).toMatchObject({ claimId: "C1001", action: "Underpaid", amount: 5, by: "835 import" });
  });

  test("a workbook without Claim Activity is told to run Set up before posting an underpayment", async () => {
    const host = await practiceHost(practiceWorkbook());
    await host.run(async (context) => {
      context.workbook.tables.getItem("ClaimActivity").delete();
      await context.sync();
    });
    const { blocking } = await previewRemittances(host.run, files(), { today: TODAY });
    expect(blocking).toEqual([expect.stringMatching(/Claim Activity.*Run Set up workbook first/)]);
    const before = host.snapshot();
    expect((await postRemittances(host.run, files(), { today: TODAY })).kind).toBe("blocked");
    expect(host.snapshot()).toBe(before);
  });
});
