/**
 * The plan keeps what it must without copies (a 200,000-claim remittance's plan is held by the pane):
 * payment IDs come from one counter per trace, per-claim adjustment totals are the CAS amounts themselves
 * when those already are totals. These tests pin the results that must not change with that.
 */
import type { ClaimPayment } from "../../../src/domain/import";
import { planRemittancePosting, readRemittanceFile } from "../../../src/domain/import";
import { adjustmentTotals } from "../../../src/domain/import/payment-rows";
import { mergeClaimUpdates } from "../../../src/domain/import/follow-ups";
import { d, payment, practiceWorkbook } from "./workbook-builders";
import { fixture } from "./x12-fixtures";

const TODAY = d(2026, 3, 1);

describe("payment IDs", () => {
  test("a second remittance with the same trace goes on after the first's IDs, skipping any the workbook has", () => {
    const workbook = practiceWorkbook();
    // Typed by hand under another reference: not a posting of CHKSAME1, but its ID is taken.
    const taken = payment({ paymentId: "era-chksame1-2", reference: "MANUAL", source: "Manual", amount: 5 });
    const result = planRemittancePosting(
      [readRemittanceFile("5010-same-trace.835", fixture("5010-same-trace.835"))],
      { ...workbook, payments: [taken] },
      { today: TODAY },
    );
    expect(result.remittances.map((r) => r.state.kind)).toEqual(["new", "new"]);
    const ids = [...result.newPayments].map((p) => p.paymentId);
    const count = ids.length;
    expect(count).toBeGreaterThan(2);
    const expected = Array.from({ length: count + 1 }, (_, i) => `ERA-CHKSAME1-${i + 1}`).filter(
      (id) => id !== "ERA-CHKSAME1-2",
    );
    expect(ids).toEqual(expected);
  });
});

describe("adjustment totals", () => {
  const at = { segmentNumber: 1, offset: 0 };
  const base = (adjustments: ClaimPayment["adjustments"], lines: ClaimPayment["lines"] = []) =>
    ({ claimId: "C1", adjustments, lines, at }) as unknown as ClaimPayment;
  const line = (adjustments: ClaimPayment["adjustments"]) =>
    ({ adjustments }) as unknown as ClaimPayment["lines"][number];

  test("each group and reason once: the CAS amounts as they are", () => {
    const cas = [
      { group: "CO", reason: "45", amount: 20, quantity: null },
      { group: "PR", reason: "2", amount: 10.5, quantity: null },
    ];
    expect(adjustmentTotals(base([], [line(cas)]))).toEqual(cas);
  });

  test("the same group and reason at claim and line level, or with a quantity: added up, quantity dropped", () => {
    const claim = base(
      [{ group: "CO", reason: "45", amount: 20.1, quantity: null }],
      [
        line([{ group: "CO", reason: "45", amount: 0.2, quantity: null }]),
        line([{ group: "PR", reason: "1", amount: 5, quantity: 2 }]),
      ],
    );
    expect(adjustmentTotals(claim)).toEqual([
      { group: "CO", reason: "45", amount: 20.3, quantity: null },
      { group: "PR", reason: "1", amount: 5, quantity: null },
    ]);
  });
});

describe("claim updates merged with follow-ups", () => {
  test("one update per row in row order; a row only one list changes keeps its update as it is", () => {
    const paid0 = { index: 0, values: { paid: 10 } };
    const paid2 = { index: 2, values: { paid: 20, status: "Denied" } };
    const deadline1 = { index: 1, values: { appealDeadline: 500 } };
    const deadline2 = { index: 2, values: { appealDeadline: 600 } };
    const merged = mergeClaimUpdates([paid0, paid2], [deadline1, deadline2]);
    expect(merged).toEqual([
      paid0,
      deadline1,
      { index: 2, values: { paid: 20, status: "Denied", appealDeadline: 600 } },
    ]);
    expect(merged[0]).toBe(paid0);
    expect(merged[1]).toBe(deadline1);
    // Out of order or repeated rows still come out one per row, in order.
    expect(mergeClaimUpdates([paid2, paid0], [deadline2, { index: 2, values: { paid: 25 } }])).toEqual([
      paid0,
      { index: 2, values: { paid: 25, status: "Denied", appealDeadline: 600 } },
    ]);
  });
});

describe("Payments rows made when read", () => {
  const full = (workbook = practiceWorkbook()) =>
    planRemittancePosting([readRemittanceFile("full-remit.835", fixture("full-remit.835"))], workbook, {
      today: TODAY,
    }).newPayments;

  test("read in order, out of order or all at once: the same rows; past the end is an error", () => {
    const rows = full();
    const all = [...rows];
    expect(all).toHaveLength(10);
    expect(rows).toHaveLength(10);
    expect(all.map((_, i) => rows.row(i))).toEqual(all);
    expect([7, 2, 9, 0].map((i) => rows.row(i))).toEqual([all[7], all[2], all[9], all[0]]);
    expect(() => rows.row(10)).toThrow(RangeError);
  });

  test("a matched claim's rows carry the workbook's spelling of its Claim ID", () => {
    const workbook = practiceWorkbook();
    const claims = workbook.claims.map((c) => (c.claimId === "C1001" ? { ...c, claimId: "c1001" } : c));
    const ids = [...full({ ...workbook, claims })].map((p) => p.claimId);
    expect(ids.filter((id) => id?.toUpperCase() === "C1001")).toEqual(["c1001", "c1001", "c1001", "c1001"]);
  });
});
