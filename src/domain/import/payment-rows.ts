import type { Adjustment, ClaimPayment, ProviderAdjustment } from "./era-types";
import { allAdjustments } from "./era-balance";
import { cents, dollars } from "./money";
import type { PaymentRow } from "./workbook-rows";

/**
 * Payments rows for one claim payment. The table holds one adjustment per row, so a claim with
 * several (group, reason) adjustments gets several rows: the first carries the amount paid, the
 * others $0, so that the Amount column still adds up to what the payer paid.
 */
export interface PaymentContext {
  readonly payerId: string | null;
  readonly receivedOn: number;
  readonly method: string;
  readonly reference: string;
}

/**
 * Adjustments added up per group and reason (claim and line level), in order of first appearance. When
 * the CAS amounts already are that (each group and reason once, no quantity), they are returned as they
 * are, not copied: the preview keeps these for every claim.
 */
export function adjustmentTotals(claim: ClaimPayment): readonly Adjustment[] {
  const all = allAdjustments(claim);
  if (alreadyTotals(all)) return all;
  const totals = new Map<string, { group: string; reason: string; cents: number }>();
  for (const a of allAdjustments(claim)) {
    const key = `${a.group}-${a.reason}`;
    const entry = totals.get(key) ?? { group: a.group, reason: a.reason, cents: 0 };
    entry.cents += cents(a.amount);
    totals.set(key, entry);
  }
  return [...totals.values()].map((t) => ({
    group: t.group,
    reason: t.reason,
    amount: dollars(t.cents),
    quantity: null,
  }));
}

/** Each group and reason once, amounts in cents, no quantity: what the totals would be. */
function alreadyTotals(adjustments: readonly Adjustment[]): boolean {
  for (let i = 0; i < adjustments.length; i++) {
    const a = adjustments[i];
    if (!a || a.quantity !== null || dollars(cents(a.amount)) !== a.amount) return false;
    for (let j = 0; j < i; j++) {
      const b = adjustments[j];
      if (b && b.group === a.group && b.reason === a.reason) return false;
    }
  }
  return true;
}

function row(context: PaymentContext, paymentId: string, claimId: string | null, amount: number): PaymentRow {
  return {
    paymentId,
    claimId,
    payerId: context.payerId,
    receivedOn: context.receivedOn,
    amount,
    method: context.method,
    reference: context.reference,
    source: "ERA",
    adjustmentGroup: null,
    adjustmentReason: null,
    adjustmentAmount: null,
  };
}

/** `claimId` is the workbook's spelling when the claim matched, else CLP01 as the payer wrote it. */
export function claimPaymentRows(
  claim: ClaimPayment,
  claimId: string,
  context: PaymentContext,
  nextId: () => string,
): PaymentRow[] {
  const adjustments = adjustmentTotals(claim);
  if (adjustments.length === 0) return [row(context, nextId(), claimId, claim.paid)];
  return adjustments.map((a, i) => ({
    ...row(context, nextId(), claimId, i === 0 ? claim.paid : 0),
    adjustmentGroup: a.group,
    adjustmentReason: a.reason,
    adjustmentAmount: a.amount,
  }));
}

/** A PLB adjustment changes the money received without belonging to a claim (positive = withheld). */
export function providerAdjustmentRow(
  plb: ProviderAdjustment,
  context: PaymentContext,
  paymentId: string,
): PaymentRow {
  return row(context, paymentId, null, dollars(-cents(plb.amount)));
}
