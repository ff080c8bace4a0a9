import {
  planRemittancePosting,
  readRemittanceFile,
  readRemittanceFiles,
  type ClaimRow,
  type RemittanceWorkbook,
} from "../../../src/domain/import";
import { applyPlan, d, payment, practiceWorkbook } from "./workbook-builders";
import { fixture } from "./x12-fixtures";

const TODAY = d(2026, 3, 1);
const file = (name: string) => readRemittanceFile(name, fixture(name));
const plan = (workbook: RemittanceWorkbook, ...names: string[]) =>
  planRemittancePosting(names.map(file), workbook, { today: TODAY });

function claimAfter(workbook: RemittanceWorkbook, claimId: string): ClaimRow {
  const row = workbook.claims.find((c) => c.claimId === claimId);
  if (!row) throw new Error(`no ${claimId}`);
  return row;
}

describe("full-remit.835 on the practice workbook", () => {
  const before = practiceWorkbook();
  const result = plan(before, "full-remit.835");
  const after = applyPlan(before, result);

  test("preview header: payer matched by X12 id, EFT, trace, date, total; nothing to confirm", () => {
    const [remittance] = result.remittances;
    expect(remittance).toMatchObject({
      payerName: "AETNA HEALTH",
      payerId: "AETNA",
      payerMatch: "x12-id",
      method: "EFT",
      traceNumber: "EFT20260115A",
      paymentDate: d(2026, 1, 15),
      totalPaid: 350.25,
      state: { kind: "new" },
    });
    expect(result.warnings).toEqual([]);
    expect(result.remittancesToPost).toBe(1);
  });

  test("per-claim preview: match, status change, amounts and adjustments by group and reason", () => {
    const claims = result.remittances[0]?.claims ?? [];
    expect(claims.map((c) => [c.claimId, c.claimIndex, c.statusBefore, c.statusAfter])).toEqual([
      ["C1001", 0, "Submitted", "Paid"],
      ["C1002", 1, "Submitted", "Denied"],
      ["C1003", 2, "Submitted", "Paid"],
    ]);
    expect(claims[0]).toMatchObject({ charge: 250, allowed: 200, paid: 160, patientResponsibility: 40 });
    expect(claims[0]?.adjustments.map((a) => [`${a.group}-${a.reason}`, a.amount])).toEqual([
      ["CO-45", 50],
      ["PR-1", 20],
      ["PR-2", 10],
      ["PR-3", 10],
    ]);
  });

  test("C1001 (processed, patient owes 40): Paid 160, write-offs 50, Allowed 130+70, Paid", () => {
    expect(claimAfter(after, "C1001")).toMatchObject({
      paid: 160,
      adjustment: 50,
      allowed: 200,
      patientResponsibility: 40,
      // 250 - 160 - 50 = 40 open, all of it the patient's: the payer has settled its part.
      status: "Paid",
      lastActivity: d(2026, 1, 15),
      denialReason: null,
    });
  });

  test("C1002 (CLP02=4): Denied with the CAS reason, balance kept for an appeal", () => {
    expect(claimAfter(after, "C1002")).toMatchObject({
      status: "Denied",
      denialReason: "CO-29 Time limit for filing has expired",
      paid: 0,
      adjustment: null,
      patientResponsibility: 0,
    });
  });

  test("C1003 (claim-level CAS only): write-offs 50+4, allowed 300-54", () => {
    expect(claimAfter(after, "C1003")).toMatchObject({
      paid: 200,
      adjustment: 54,
      allowed: 246,
      patientResponsibility: 46,
      status: "Paid", // 300 - 200 - 54 = 46, the patient's
    });
  });

  test("Partially Paid when more than the patient's share stays open (the payer left part of the charge)", () => {
    // The workbook bills C1001 at 300; the remittance adjudicates 250 of it.
    const billed = practiceWorkbook();
    const workbook = {
      ...billed,
      claims: billed.claims.map((c) => (c.claimId === "C1001" ? { ...c, totalCharge: 300 } : c)),
    };
    const posted = applyPlan(workbook, plan(workbook, "full-remit.835"));
    // 300 - 160 paid - 50 written off = 90 open; the patient owes 40, the payer 50.
    expect(claimAfter(posted, "C1001")).toMatchObject({
      patientResponsibility: 40,
      status: "Partially Paid",
    });
  });

  test("claim lines get Allowed and Paid by line (matched by REF*6R line number and code)", () => {
    expect(after.claimLines.map((l) => [l.claimId, l.line, l.allowed, l.paid])).toEqual([
      ["C1001", 1, 130, 100],
      ["C1001", 2, 70, 60],
      ["C2001", 1, null, null],
      ["C1003", 1, null, null],
    ]);
  });

  test("Payments rows: one per adjustment, paid amount on the first, PLB rows, all ERA with the trace", () => {
    const rows = [...result.newPayments].map((p) => [
      p.paymentId,
      p.claimId,
      p.amount,
      p.adjustmentGroup,
      p.adjustmentReason,
      p.adjustmentAmount,
    ]);
    expect(rows).toEqual([
      ["ERA-EFT20260115A-1", "C1001", 160, "CO", "45", 50],
      ["ERA-EFT20260115A-2", "C1001", 0, "PR", "1", 20],
      ["ERA-EFT20260115A-3", "C1001", 0, "PR", "2", 10],
      ["ERA-EFT20260115A-4", "C1001", 0, "PR", "3", 10],
      ["ERA-EFT20260115A-5", "C1002", 0, "CO", "29", 120],
      ["ERA-EFT20260115A-6", "C1003", 200, "CO", "45", 50],
      ["ERA-EFT20260115A-7", "C1003", 0, "CO", "253", 4],
      ["ERA-EFT20260115A-8", "C1003", 0, "PR", "2", 46],
      ["ERA-EFT20260115A-9", null, 5.25, null, null, null], // PLB L6 interest paid to us (-5.25 in X12)
      ["ERA-EFT20260115A-10", null, -15, null, null, null], // PLB WO overpayment recovery
    ]);
    for (const p of result.newPayments) {
      expect(p).toMatchObject({
        payerId: "AETNA",
        receivedOn: d(2026, 1, 15),
        method: "EFT",
        reference: "EFT20260115A",
        source: "ERA",
      });
    }
    // The amounts add up to the deposit.
    expect(result.amountToPost).toBe(350.25);
  });

  test("underpayment: 99213 allowed 130 below the 135 contracted from 2026-01-01 (the 2025 rate and the later -25 rate do not apply)", () => {
    expect(
      result.remittances[0]?.underpayments.map((u) => [
        u.claimId,
        u.code,
        u.expected,
        u.allowed,
        u.shortfall,
      ]),
    ).toEqual([["C1001", "99213", 135, 130, 5]]);
  });

  test("posting the same file again is recognised and posts nothing", () => {
    const again = plan(after, "full-remit.835");
    expect(again.remittances[0]?.state).toEqual({ kind: "posted", receivedOn: d(2026, 1, 15) });
    expect([...again.newPayments]).toEqual([]);
    expect(again.claimUpdates).toEqual([]);
    expect(again.lineUpdates).toEqual([]);
    expect(again.remittancesToPost).toBe(0);
  });

  test("the same file twice in one import posts once", () => {
    const twice = plan(before, "full-remit.835", "full-remit.835");
    expect(twice.remittances[1]?.state).toEqual({
      kind: "repeated",
      fileName: "full-remit.835",
      transactionNumber: 1,
    });
    expect(twice.newPayments).toHaveLength(10);
    expect(twice.remittancesToPost).toBe(1);
  });
});

describe("reversal and correction (reversal.835 after full-remit.835)", () => {
  const posted = applyPlan(practiceWorkbook(), plan(practiceWorkbook(), "full-remit.835"));
  const result = plan(posted, "reversal.835");
  const after = applyPlan(posted, result);

  test("C1001 ends at the corrected amounts: paid 180, write-offs 30, allowed 220, patient 40", () => {
    expect(claimAfter(after, "C1001")).toMatchObject({
      paid: 180, // 160 - 160 + 180
      adjustment: 30, // 50 - 50 + (10 + 20)
      allowed: 220, // 200 - 200 + (140 + 80)
      patientResponsibility: 40,
      status: "Paid", // 250 - 180 - 30 = 40 left, all the patient's
      lastActivity: d(2026, 2, 1),
    });
    expect(after.claimLines.slice(0, 2).map((l) => [l.allowed, l.paid])).toEqual([
      [140, 110],
      [80, 70],
    ]);
  });

  test("payments: negative rows for the reversal, then the correction, by check; they net to BPR02", () => {
    expect(
      [...result.newPayments].map((p) => [
        p.amount,
        p.adjustmentGroup,
        p.adjustmentReason,
        p.adjustmentAmount,
      ]),
    ).toEqual([
      [-160, "CO", "45", -50],
      [0, "PR", "1", -20],
      [0, "PR", "2", -10],
      [0, "PR", "3", -10],
      [180, "CO", "45", 30],
      [0, "PR", "1", 20],
      [0, "PR", "2", 10],
      [0, "PR", "3", 10],
    ]);
    expect([...result.newPayments].every((p) => p.method === "Check" && p.reference === "CHK700123")).toBe(
      true,
    );
    expect(result.amountToPost).toBe(20);
    expect(result.remittances[0]?.claims.map((c) => [c.statusText, c.statusAfter])).toEqual([
      ["Reversal of previous payment", "Accepted"],
      ["Processed as primary", "Paid"],
    ]);
  });

  test("a reversal of a payment this workbook never had does not drive amounts below zero, and says so", () => {
    const fresh = plan(practiceWorkbook(), "reversal.835");
    const notes = fresh.remittances[0]?.claims[0]?.notes ?? [];
    expect(notes.some((n) => n.includes("Paid would become -$160.00"))).toBe(true);
    expect(claimAfter(applyPlan(practiceWorkbook(), fresh), "C1001").paid).toBe(180);
  });
});

describe("several envelopes, secondary payers, known and new remittances", () => {
  const workbook: RemittanceWorkbook = {
    ...practiceWorkbook(),
    payments: [
      payment({
        paymentId: "P-77",
        claimId: "C2002",
        payerId: "BCBS",
        receivedOn: d(2026, 1, 27),
        amount: 50,
        reference: "CHK1001",
        source: "ERA",
      }),
    ],
  };
  const result = plan(workbook, "multi-envelope.edi");
  const after = applyPlan(workbook, result);

  test("the check already in Payments is reported with its Received On and skipped", () => {
    expect(result.remittances.map((r) => [r.traceNumber, r.state.kind])).toEqual([
      ["CHK1001", "posted"],
      ["CHK1002", "new"],
      ["EFT20260126C", "new"],
    ]);
    expect(result.remittances[0]?.state).toEqual({ kind: "posted", receivedOn: d(2026, 1, 27) });
    expect(claimAfter(after, "C2002").paid).toBeNull();
  });

  test("secondary (CLP02=2): the prior payer's OA-23 is not a write-off; the claim is paid off", () => {
    expect(claimAfter(after, "C2003")).toMatchObject({
      paid: 60,
      adjustment: 0,
      allowed: 60,
      patientResponsibility: 0,
      status: "Paid",
    });
  });

  test("payer found by name when it has no X12 Payer ID", () => {
    expect(result.remittances[2]).toMatchObject({ payerId: "MCR", payerMatch: "name" });
    expect(claimAfter(after, "C3001")).toMatchObject({
      paid: 75,
      adjustment: 20,
      allowed: 80,
      patientResponsibility: 5,
      status: "Paid", // 100 - 75 - 20 = 5, the patient's
    });
  });
});

describe("warnings the user must confirm", () => {
  test("unbalanced claim", () => {
    const result = plan(practiceWorkbook(), "unbalanced.835");
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.message).toContain("Claim C1003 does not balance");
    expect(result.warnings[0]?.message).toContain("(segment 9)");
  });

  test("unknown payer and unmatched claim: the payer is added to Payers, the payment recorded, no claim updated", () => {
    const result = plan(practiceWorkbook(), "formula-payer.835");
    expect(result.warnings.map((w) => w.key.split("|")[0])).toEqual(["payer", "unmatched"]);
    expect(result.warnings[0]?.message).toContain("Posting adds it to Payers as EVIL01");
    expect(result.warnings[1]?.message).toContain("C1004");
    expect(result.newPayers).toEqual([
      {
        payerId: "EVIL01",
        name: '=HYPERLINK("http://example.invalid","Pay")',
        type: null,
        timelyFilingDays: null,
        x12PayerId: "EVIL01",
        appealWindowDays: null,
      },
    ]);
    expect(result.remittances[0]).toMatchObject({ payerId: "EVIL01", payerMatch: "new" });
    expect([...result.newPayments]).toEqual([
      expect.objectContaining({ claimId: "C1004", payerId: "EVIL01", amount: 25, reference: "=1+1" }),
    ]);
    expect(result.claimUpdates).toEqual([]);
  });

  test("unmatched claims are listed once each, with how often a Claim ID repeats", () => {
    // The public test ERAs give every claim the same CLP01; here three claims say X9, none in Claims.
    const text = fixture("full-remit.835").replace(/CLP\*C100\d/g, "CLP*X9");
    const result = planRemittancePosting([readRemittanceFile("x9.835", text)], practiceWorkbook(), {
      today: TODAY,
    });
    const unmatched = result.warnings.find((w) => w.key.startsWith("unmatched|"));
    expect(unmatched?.message).toContain("3 claims match no single row of Claims (X9 ×3)");
  });

  test("a new payer is added once per import and recognised by the next import", () => {
    const twice = plan(practiceWorkbook(), "formula-payer.835", "formula-payer.835");
    expect(twice.newPayers).toHaveLength(1);
    expect(twice.remittances[1]?.state.kind).toBe("repeated");
    const posted = applyPlan(practiceWorkbook(), twice);
    const again = plan(posted, "formula-payer.835");
    expect(again.newPayers).toEqual([]);
    expect(again.remittances[0]).toMatchObject({
      payerId: "EVIL01",
      payerMatch: "x12-id",
      state: { kind: "posted" },
    });
  });

  test("a test file (ISA15 = T) needs confirming; keys stay the same for the same input", () => {
    const text = fixture("custom-delimiters.edi").replace("|0|P|>", "|0|T|>");
    const first = planRemittancePosting([readRemittanceFile("t.edi", text)], practiceWorkbook(), {
      today: TODAY,
    });
    const second = planRemittancePosting([readRemittanceFile("t.edi", text)], practiceWorkbook(), {
      today: TODAY,
    });
    expect(first.warnings.map((w) => w.message)).toEqual([expect.stringContaining("test file (ISA15 = T)")]);
    expect(second.warnings.map((w) => w.key)).toEqual(first.warnings.map((w) => w.key));
  });

  test("a processed claim with nothing paid and everything written off is marked Denied", () => {
    const text = fixture("full-remit.835").replace("CLP*C1002*4*", "CLP*C1002*1*");
    const result = planRemittancePosting([readRemittanceFile("z.835", text)], practiceWorkbook(), {
      today: TODAY,
    });
    expect(claimAfter(applyPlan(practiceWorkbook(), result), "C1002")).toMatchObject({
      status: "Denied",
      denialReason: "CO-29 Time limit for filing has expired",
    });
  });
});

test("readRemittanceFiles keeps good files and reports bad ones with their segment", () => {
  const { files, problems } = readRemittanceFiles([
    { name: "good.835", text: fixture("full-remit.835") },
    { name: "bad.837", text: fixture("claim.837") },
  ]);
  expect(files.map((f) => f.name)).toEqual(["good.835"]);
  expect(problems.map((p) => [p.name, p.error.segmentId])).toEqual([["bad.837", "ST"]]);
});

test("custom-delimiters.edi: line matched by code and modifiers; a modifier-specific rate beats the plain one", () => {
  const result = plan(practiceWorkbook(), "custom-delimiters.edi");
  const after = applyPlan(practiceWorkbook(), result);
  expect(after.claimLines[2]).toMatchObject({ claimId: "C2001", allowed: 110, paid: 95 });
  // BCBS 99214: plain rate 100, modifier-59 rate 115; the line carries 25 and 59, allowed 110.
  expect(result.remittances[0]?.underpayments.map((u) => [u.code, u.rate, u.expected, u.shortfall])).toEqual([
    ["99214", 115, 115, 5],
  ]);
});
