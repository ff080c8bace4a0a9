/**
 * 835 files as payers send them (synthetic 4010 and 5010 fixtures in test/fixtures/x12, see README there):
 * 4010 CR adjustments, one bad claim among good ones, missing envelopes, other transaction types with
 * broken counts, debits, a trace number repeated with another amount, a file cut inside its IEA.
 */
import {
  planRemittancePosting,
  readRemittanceFile,
  readRemittanceFiles,
  type RemittanceWorkbook,
} from "../../../src/domain/import";
import { parse835 } from "../../../src/domain/import/era-parser";
import { isX12ParseError, type X12ParseError } from "../../../src/domain/import/x12-error";
import { applyPlan, d, practiceWorkbook } from "./workbook-builders";
import { fixture } from "./x12-fixtures";

const TODAY = d(2026, 3, 1);
const file = (name: string) => readRemittanceFile(name, fixture(name));
const plan = (workbook: RemittanceWorkbook, ...names: string[]) =>
  planRemittancePosting(names.map(file), workbook, { today: TODAY });

function refusal(name: string): X12ParseError {
  try {
    parse835(fixture(name));
  } catch (error) {
    if (isX12ParseError(error)) return error;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

describe("4010 adjustment group CR (corrections and reversals)", () => {
  const before = practiceWorkbook();
  const result = plan(before, "4010-cr-reversal.835");

  test("is accepted, balances (PLB interest included) and asks nothing", () => {
    expect(result.remittances[0]?.totalPaid).toBe(25);
    expect(result.remittances[0]?.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  test("posts CR as an adjustment of the claim, not as patient responsibility", () => {
    const rows = [...result.newPayments].filter((p) => p.adjustmentGroup === "CR");
    expect(rows.map((p) => [p.claimId, p.adjustmentReason, p.adjustmentAmount])).toEqual([
      ["C1001", "45", -50],
    ]);
    const after = applyPlan(before, result);
    const c1001 = after.claims.find((c) => c.claimId === "C1001");
    // The reversal (-160 paid, CR -50, PR -40) undoes the first adjudication, as a 5010 reversal with CO
    // would; the claim then holds the correction (180 paid, CO 30, PR 40).
    expect(c1001).toMatchObject({ paid: 180, adjustment: 30, patientResponsibility: 40 });
    // In Payments the reversal nets to zero with the correction's rows: -160 + 180 paid, -50 + 30 adjusted.
    const c1001Rows = [...result.newPayments].filter((p) => p.claimId === "C1001");
    expect(c1001Rows.reduce((t, p) => t + (p.amount ?? 0), 0)).toBe(20);
  });
});

describe.each(["5010-partial.835", "4010-partial.835"])("one bad claim does not sink %s", (name) => {
  const before = practiceWorkbook();
  const result = plan(before, name);

  test("the claims that cannot be read are listed with their reason; the others are planned", () => {
    const [remittance] = parse835(fixture(name));
    expect(remittance?.claims.map((c) => c.claimId)).toEqual(["C1001", "C1004"]);
    expect(remittance?.unpostable?.map((u) => [u.claimId, u.reason])).toEqual([
      ["C1002", "SVC02 (line charge) is missing (segment 14, SVC)"],
      ["C1003", "CLP03 (claim charge) is missing (segment 16, CLP)"],
    ]);
    expect(result.remittances[0]?.claims.map((c) => c.claimId)).toEqual(["C1001", "C1004"]);
  });

  test("posting them needs the user's confirmation of a warning that names them", () => {
    const warning = result.warnings.find((w) => w.key.startsWith("unpostable|"));
    expect(warning?.message).toContain("2 claims cannot be posted and are left out");
    expect(warning?.message).toContain("C1002: SVC02 (line charge) is missing");
    expect(warning?.message).toContain("C1003: CLP03 (claim charge) is missing");
    // Only C1001 and C1004 (an unknown claim, recorded in Payments) are posted.
    expect([...new Set([...result.newPayments].map((p) => p.claimId))]).toEqual(["C1001", "C1004"]);
    expect(result.amountToPost).toBe(200);
  });

  test("no false balance warning for the payment total when a left-out claim's payment is unreadable", () => {
    expect(result.remittances[0]?.problems).toEqual([]);
  });
});

describe("envelopes and transaction types", () => {
  test("a file starting at GS or ST is refused with exactly that reason", () => {
    expect(refusal("5010-no-isa.835").detail).toBe(
      "This X12 file has no ISA interchange header: it starts at GS. Ask the payer or clearinghouse for the whole 835 file as sent (it starts with ISA).",
    );
    expect(refusal("5010-starts-at-st.835").detail).toContain("it starts at ST");
  });

  test("an 837 or a 278 says what it is even when its SE count is off", () => {
    expect(refusal("837-wrong-se.837").detail).toBe(
      "This is an 837 (claims you sent), not an 835 remittance. Import the payer's 835 (ERA) file.",
    );
    expect(refusal("278-request.278").detail).toContain(
      "This is a 278 (prior authorization request or answer)",
    );
  });

  test("a file cut inside the IEA says it looks truncated", () => {
    const error = refusal("5010-cut-in-iea.835");
    expect(error.segmentId).toBe("IEA");
    expect(error.detail).toMatch(/^The file ends inside its last segment \(IEA\): it looks truncated\./);
  });

  test("readRemittanceFiles reports a refused file and keeps the good ones", () => {
    const { files, problems } = readRemittanceFiles([
      { name: "a.835", text: fixture("5010-partial.835") },
      { name: "b.835", text: fixture("5010-no-isa.835") },
    ]);
    expect(files.map((f) => f.name)).toEqual(["a.835"]);
    expect(problems.map((p) => p.name)).toEqual(["b.835"]);
  });
});

describe("BPR03 and repeated trace numbers", () => {
  test("BPR03 = D (debit) is a negative payment that balances: no false 'off by' warning", () => {
    const result = plan(practiceWorkbook(), "5010-debit.835");
    expect(result.remittances[0]?.totalPaid).toBe(-50);
    expect(result.remittances[0]?.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  test("the same trace and payer twice with different amounts is a warning to confirm, and both post", () => {
    const result = plan(practiceWorkbook(), "5010-same-trace.835");
    expect(result.remittances.map((r) => r.state.kind)).toEqual(["new", "new"]);
    const warning = result.warnings.find((w) => w.key.startsWith("same-trace|"));
    expect(warning?.message).toContain("same trace number CHKSAME1 and payer");
    expect(warning?.message).toContain("pays $100.00 instead of $160.00");
    expect(result.amountToPost).toBe(260);
  });

  test("the same remittance twice (same amount) is still posted once", () => {
    const result = plan(practiceWorkbook(), "5010-debit.835", "5010-debit.835");
    expect(result.remittances.map((r) => r.state.kind)).toEqual(["new", "repeated"]);
    expect(result.warnings.some((w) => w.key.startsWith("same-trace|"))).toBe(false);
  });
});
