import { readRemittanceFile, type RemittanceFile } from "../../../src/domain/import";
import type { ExcelRunner } from "../../../src/excel/runner";
import { PostingFailedError, postRemittances, previewRemittances } from "../../../src/excel/remittance";
import { d, practiceWorkbook } from "../../domain/import/workbook-builders";
import { fixture } from "../../domain/import/x12-fixtures";
import { cellView, readBack } from "./read-back";
import { practiceHost } from "./seed";

const TODAY = d(2026, 3, 1);
const files = (...names: string[]): RemittanceFile[] => names.map((n) => readRemittanceFile(n, fixture(n)));

describe("preview", () => {
  test("reads the workbook in one runner call and changes nothing", async () => {
    const host = await practiceHost(practiceWorkbook());
    const before = host.snapshot();
    let calls = 0;
    const run: ExcelRunner = (batch) => {
      calls++;
      return host.run(batch);
    };
    const { plan, blocking } = await previewRemittances(run, files("full-remit.835"), { today: TODAY });
    expect(calls).toBe(1);
    expect(host.snapshot()).toBe(before);
    expect(blocking).toEqual([]);
    expect(plan.remittances[0]?.claims.map((c) => [c.claimId, c.statusAfter])).toEqual([
      ["C1001", "Paid"],
      ["C1002", "Denied"],
      ["C1003", "Paid"],
    ]);
  });
});

describe("posting full-remit.835", () => {
  test("appends payments, updates claims and lines, in one runner call with one write sync", async () => {
    const host = await practiceHost(practiceWorkbook());
    let calls = 0;
    const run: ExcelRunner = (batch) => {
      calls++;
      return host.run(batch);
    };
    const outcome = await postRemittances(run, files("full-remit.835"), { today: TODAY });
    expect(calls).toBe(1);
    expect(outcome).toMatchObject({
      kind: "posted",
      paymentsAdded: 10,
      claimsUpdated: 3,
      linesUpdated: 2,
      payersAdded: 0,
    });
    // Read (shape + bodies), save the cells about to change, write: the write is the last sync alone.
    expect(host.stats.syncs).toBeLessThanOrEqual(4);

    const after = await readBack(host);
    expect(after.payments).toHaveLength(10);
    expect(after.payments[0]).toMatchObject({
      paymentId: "ERA-EFT20260115A-1",
      claimId: "C1001",
      payerId: "AETNA",
      receivedOn: d(2026, 1, 15),
      amount: 160,
      method: "EFT",
      reference: "EFT20260115A",
      source: "ERA",
      adjustmentGroup: "CO",
      adjustmentReason: "45",
      adjustmentAmount: 50,
    });
    expect(after.payments.reduce((sum, p) => sum + (p.amount ?? 0) * 100, 0) / 100).toBe(350.25);
    expect(
      after.claims
        .slice(0, 3)
        .map((c) => [
          c.claimId,
          c.status,
          c.allowed,
          c.paid,
          c.adjustment,
          c.patientResponsibility,
          c.balance,
        ]),
    ).toEqual([
      // Paid: what is left (Balance) is the patient's share; the payer has settled its part.
      ["C1001", "Paid", 200, 160, 50, 40, 40],
      ["C1002", "Denied", null, 0, null, 0, 120],
      ["C1003", "Paid", 246, 200, 54, 46, 46],
    ]);
    expect(after.claims[1]?.denialReason).toBe("CO-29 Time limit for filing has expired");
    expect(after.claims[0]?.lastActivity).toBe(d(2026, 1, 15));
    // Claims not in the file are untouched.
    expect(after.claims[3]).toMatchObject({ claimId: "C2001", status: "Submitted", paid: null });
    expect(after.claimLines.map((l) => [l.claimId, l.line, l.allowed, l.paid])).toEqual([
      ["C1001", 1, 130, 100],
      ["C1001", 2, 70, 60],
      ["C2001", 1, null, null],
      ["C1003", 1, null, null],
    ]);
  });

  test("the Balance column stays Excel's formula", async () => {
    const host = await practiceHost(practiceWorkbook());
    await postRemittances(host.run, files("full-remit.835"), { today: TODAY });
    const { tables } = await readBack(host);
    const balance = cellView(host, tables.Claims.cellAddress(0, "Balance") ?? "");
    expect(balance.formula).toMatch(/^=/);
    expect(balance.value).toBe(40);
  });

  test("importing the same file again posts nothing and says when it was posted", async () => {
    const host = await practiceHost(practiceWorkbook());
    await postRemittances(host.run, files("full-remit.835"), { today: TODAY });
    const before = host.snapshot();
    const preview = await previewRemittances(host.run, files("full-remit.835"), { today: TODAY });
    expect(preview.plan.remittances[0]?.state).toEqual({ kind: "posted", receivedOn: d(2026, 1, 15) });
    const again = await postRemittances(host.run, files("full-remit.835"), { today: TODAY });
    expect(again.kind).toBe("nothing-to-post");
    expect(host.snapshot()).toBe(before);
  });

  test("reversal and correction after the original posting leave the corrected amounts", async () => {
    const host = await practiceHost(practiceWorkbook());
    await postRemittances(host.run, files("full-remit.835"), { today: TODAY });
    const outcome = await postRemittances(host.run, files("reversal.835"), { today: TODAY });
    expect(outcome.kind).toBe("posted");
    const after = await readBack(host);
    expect(after.claims[0]).toMatchObject({
      paid: 180,
      adjustment: 30,
      allowed: 220,
      patientResponsibility: 40,
      balance: 40,
    });
    expect(after.payments).toHaveLength(18);
    expect(after.payments.slice(10).map((p) => p.amount)).toEqual([-160, 0, 0, 0, 180, 0, 0, 0]);
  });
});

describe("warnings and text from the file", () => {
  test("nothing is written until the warnings are confirmed; then formula-like text stays text", async () => {
    const host = await practiceHost(practiceWorkbook());
    const before = host.snapshot();
    const first = await postRemittances(host.run, files("formula-payer.835"), { today: TODAY });
    expect(first.kind).toBe("needs-confirmation");
    expect(host.snapshot()).toBe(before);
    if (first.kind !== "needs-confirmation") return;

    const confirmed = first.warnings.map((w) => w.key);
    const outcome = await postRemittances(host.run, files("formula-payer.835"), {
      today: TODAY,
      confirmedWarnings: confirmed,
    });
    expect(outcome).toMatchObject({ kind: "posted", payersAdded: 1, paymentsAdded: 1 });
    const { tables, payers, payments } = await readBack(host);
    expect(payers[payers.length - 1]).toMatchObject({
      payerId: "EVIL01",
      name: '=HYPERLINK("http://example.invalid","Pay")',
    });
    expect(payments[0]).toMatchObject({ reference: "=1+1", claimId: "C1004", payerId: "EVIL01" });
    const name = cellView(host, tables.Payers.cellAddress(payers.length - 1, "Name") ?? "");
    const reference = cellView(host, tables.Payments.cellAddress(0, "Reference") ?? "");
    for (const cell of [name, reference]) expect(cell.formula).toBeNull();
    expect(reference.value).toBe("=1+1");
  });

  test("an unbalanced claim posts only after the user confirms", async () => {
    const host = await practiceHost(practiceWorkbook());
    const preview = await previewRemittances(host.run, files("unbalanced.835"), { today: TODAY });
    expect(preview.plan.warnings).toHaveLength(1);
    const refused = await postRemittances(host.run, files("unbalanced.835"), {
      today: TODAY,
      confirmedWarnings: [],
    });
    expect(refused.kind).toBe("needs-confirmation");
    const keys = preview.plan.warnings.map((w) => w.key);
    const posted = await postRemittances(host.run, files("unbalanced.835"), {
      today: TODAY,
      confirmedWarnings: keys,
    });
    expect(posted.kind).toBe("posted");
  });

  test("a cell posting would overwrite that holds unreadable text blocks the post", async () => {
    const workbook = practiceWorkbook();
    const host = await practiceHost(workbook);
    const { tables } = await readBack(host);
    const address = tables.Claims.cellAddress(0, "Paid") ?? "";
    const at = address.lastIndexOf("!");
    await host.edit(address.slice(0, at).replace(/^'(.*)'$/, "$1"), address.slice(at + 1), [["see EOB"]]);
    const before = host.snapshot();
    const outcome = await postRemittances(host.run, files("full-remit.835"), { today: TODAY });
    expect(outcome.kind).toBe("blocked");
    if (outcome.kind === "blocked") expect(outcome.problems[0]).toContain("posting would overwrite it");
    expect(host.snapshot()).toBe(before);
  });
});

describe("all or nothing", () => {
  /** Syncs a confirmed post makes on a fresh copy of the workbook (so the failure test can aim at each one). */
  async function countSyncs(maxBytes: number | undefined, names: string[]): Promise<number> {
    const host = await practiceHost(practiceWorkbook());
    const preview = await previewRemittances(host.run, files(...names), { today: TODAY });
    host.resetStats();
    const outcome = await postRemittances(host.run, files(...names), {
      today: TODAY,
      confirmedWarnings: preview.plan.warnings.map((w) => w.key),
      ...(maxBytes ? { maxBytes } : {}),
    });
    expect(outcome.kind).toBe("posted");
    return host.stats.syncs;
  }

  test.each([
    ["one write sync", undefined],
    // A tiny request budget splits the write into several syncs: a failure after the first write sync
    // must undo what the earlier ones wrote.
    ["several write syncs", 700],
  ])("a sync failing at any point leaves the workbook exactly as before (%s)", async (_label, maxBytes) => {
    const names = ["full-remit.835", "formula-payer.835"];
    const syncs = await countSyncs(maxBytes, names);
    expect(syncs).toBeGreaterThanOrEqual(3); // read, save the cells to change, write
    let postingFailures = 0;
    for (let n = 1; n <= syncs; n++) {
      const host = await practiceHost(practiceWorkbook());
      const preview = await previewRemittances(host.run, files(...names), { today: TODAY });
      const confirmedWarnings = preview.plan.warnings.map((w) => w.key);
      const before = host.snapshot();
      host.failSync(n, { code: "GeneralException", message: `sync ${n} failed` });
      const attempt = postRemittances(host.run, files(...names), {
        today: TODAY,
        confirmedWarnings,
        ...(maxBytes ? { maxBytes } : {}),
      });
      await expect(attempt).rejects.toThrow(`sync ${n} failed`);
      const error: unknown = await attempt.catch((e: unknown) => e);
      if (error instanceof PostingFailedError) {
        postingFailures++;
        expect(error.restored).toBe(true);
        expect(error.code).toBe("GeneralException");
        expect(error.message).toContain("nothing was posted");
      }
      expect(host.snapshot()).toBe(before);
    }
    // The write syncs are the ones that need undoing.
    expect(postingFailures).toBeGreaterThanOrEqual(maxBytes ? 2 : 1);
  });
});
