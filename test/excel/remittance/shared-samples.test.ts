import { readRemittanceFile, type RemittanceFile, type RemittanceWorkbook } from "../../../src/domain/import";
import { postRemittances, previewRemittances } from "../../../src/excel/remittance";
import type { ExcelHost } from "../../../src/host";
import { claim, d, payer } from "../../domain/import/workbook-builders";
import { describeShared, shared } from "../../domain/import/x12-fixtures";
import { readBack } from "./read-back";
import { practiceHost } from "./seed";

/**
 * The public eMedNY-style samples posted end to end. All three claims in them carry the same
 * CLP01 ("PATIENT ACCOUNT NUMBER"), so the workbook has one claim by that ID that they all pay.
 */
const TODAY = d(2026, 3, 1);
const CLAIM_ID = "PATIENT ACCOUNT NUMBER";

function sampleWorkbook(): RemittanceWorkbook {
  return {
    payers: [payer({ payerId: "NYMCD", name: "NYSDOH", type: "Medicaid" })],
    claims: [claim({ claimId: CLAIM_ID, payerId: "NYMCD", serviceDate: d(2010, 1, 1), totalCharge: 102.5 })],
    claimLines: [],
    feeSchedule: [],
    payments: [],
  };
}

async function confirmAndPost(host: ExcelHost, files: RemittanceFile[]) {
  const preview = await previewRemittances(host.run, files, { today: TODAY });
  const outcome = await postRemittances(host.run, files, {
    today: TODAY,
    confirmedWarnings: preview.plan.warnings.map((w) => w.key),
  });
  return { preview, outcome };
}

describeShared("public samples posted on the in-memory host", () => {
  test("profee.edi: three claim payments posted to the claim, payments add up to BPR02", async () => {
    const host = await practiceHost(sampleWorkbook());
    const { preview, outcome } = await confirmAndPost(host, [
      readRemittanceFile("profee.edi", shared("profee.edi")),
    ]);
    // ISA15 = T: the only thing to confirm.
    expect(preview.plan.warnings.map((w) => w.key.split("|")[0])).toEqual(["test"]);
    expect(preview.plan.remittances[0]).toMatchObject({
      payerId: "NYMCD",
      payerMatch: "name",
      method: "EFT",
      totalPaid: 45.75,
    });
    expect(outcome).toMatchObject({ kind: "posted", paymentsAdded: 3, claimsUpdated: 1 });

    const { claims, payments } = await readBack(host);
    // CLP 1: paid 34.25 (allowed 6+2.75+5.5+20). CLP 2 (secondary): 0 paid, CO-29 34.
    // CLP 3 (secondary): 11.5 paid, CO-251 2.75+20. Balance 102.50 - 45.75 - 56.75 = 0.
    expect(claims[0]).toMatchObject({
      paid: 45.75,
      adjustment: 56.75,
      allowed: 34.25,
      patientResponsibility: 0,
      status: "Paid",
      balance: 0,
    });
    expect(
      payments.map((p) => [p.amount, p.adjustmentGroup, p.adjustmentReason, p.adjustmentAmount]),
    ).toEqual([
      [34.25, null, null, null],
      [0, "CO", "29", 34],
      [11.5, "CO", "251", 22.75],
    ]);
    expect(payments.every((p) => p.reference === "10100000000" && p.receivedOn === d(2010, 1, 1))).toBe(true);
  });

  test("profeeMultiple.edi: 156 copies of one remittance (same trace) post once; a later profee.edi is known", async () => {
    const host = await practiceHost(sampleWorkbook());
    const { preview, outcome } = await confirmAndPost(host, [
      readRemittanceFile("profeeMultiple.edi", shared("profeeMultiple.edi")),
    ]);
    expect(preview.plan.remittances).toHaveLength(156);
    expect(preview.plan.remittances.filter((r) => r.state.kind === "repeated")).toHaveLength(155);
    expect(outcome).toMatchObject({ kind: "posted", paymentsAdded: 3 });

    const again = await previewRemittances(
      host.run,
      [readRemittanceFile("profee.edi", shared("profee.edi"))],
      { today: TODAY },
    );
    expect(again.plan.remittances[0]?.state).toEqual({ kind: "posted", receivedOn: d(2010, 1, 1) });
  });

  test("oneLine-2-ISA.edi into a workbook without the claim: payments recorded, claim IDs kept, nothing else touched", async () => {
    const host = await practiceHost({ ...sampleWorkbook(), claims: [] });
    const { preview, outcome } = await confirmAndPost(host, [
      readRemittanceFile("oneLine-2-ISA.edi", shared("oneLine-2-ISA.edi")),
    ]);
    expect(preview.plan.warnings.map((w) => w.key.split("|")[0])).toEqual(["test", "unmatched"]);
    expect(outcome).toMatchObject({ kind: "posted", claimsUpdated: 0 });
    const { payments } = await readBack(host);
    // Second interchange repeats the first (same trace and payer): posted once. CO-39 denial, then PR-142.
    expect(
      payments.map((p) => [p.claimId, p.amount, p.adjustmentGroup, p.adjustmentReason, p.adjustmentAmount]),
    ).toEqual([
      [CLAIM_ID, 0, "CO", "39", 137.48],
      [CLAIM_ID, 1481.99, "PR", "142", 805],
    ]);
  });
});
