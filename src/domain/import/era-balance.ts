import type { Adjustment, ClaimPayment, Remittance, SegmentRef } from "./era-types";
import { cents, dollars, formatMoney } from "./money";

/**
 * The 835's own arithmetic: a payer's file must add up. Any difference means the file is damaged
 * or the payer made a mistake, so posting it needs the user's confirmation.
 */
export interface BalanceProblem {
  readonly at: SegmentRef;
  /** CLP01 of the claim concerned; null for the payment total. */
  readonly claimId: string | null;
  readonly message: string;
  /** Amount by which the two sides differ, in dollars. */
  readonly difference: number;
}

const sumCents = (values: readonly number[]) => values.reduce((total, v) => total + cents(v), 0);

function problem(
  at: SegmentRef,
  claimId: string | null,
  differenceCents: number,
  message: string,
): BalanceProblem {
  return { at, claimId, difference: dollars(differenceCents), message };
}

/** Every CAS amount of a claim: claim level and all its lines. */
export function allAdjustments(claim: ClaimPayment): readonly Adjustment[] {
  // Called several times per claim (balance, allowed, write-off, totals): the common case allocates nothing.
  if (claim.lines.every((l) => l.adjustments.length === 0)) return claim.adjustments;
  if (claim.adjustments.length === 0 && claim.lines.length === 1) return claim.lines[0]?.adjustments ?? [];
  const all = [...claim.adjustments];
  for (const line of claim.lines) for (const a of line.adjustments) all.push(a);
  return all;
}

function claimProblems(claim: ClaimPayment): BalanceProblem[] {
  const problems: BalanceProblem[] = [];
  const id = claim.claimId;
  claim.lines.forEach((line, i) => {
    const diff = cents(line.charge) - cents(line.paid) - sumCents(line.adjustments.map((a) => a.amount));
    if (diff !== 0) {
      problems.push(
        problem(
          line.at,
          id,
          diff,
          `Claim ${id}, service line ${i + 1} (${line.procedure.code}): charge ${formatMoney(line.charge)} minus paid ` +
            `${formatMoney(line.paid)} does not equal its adjustments (off by ${formatMoney(dollars(diff))}).`,
        ),
      );
    }
  });
  if (claim.lines.length > 0) {
    const charges = sumCents(claim.lines.map((l) => l.charge));
    if (charges !== cents(claim.charge)) {
      problems.push(
        problem(
          claim.at,
          id,
          cents(claim.charge) - charges,
          `Claim ${id}: its service lines charge ${formatMoney(dollars(charges))} but the claim says ${formatMoney(claim.charge)}.`,
        ),
      );
    }
    const paid = sumCents(claim.lines.map((l) => l.paid));
    if (paid !== cents(claim.paid)) {
      problems.push(
        problem(
          claim.at,
          id,
          cents(claim.paid) - paid,
          `Claim ${id}: its service lines pay ${formatMoney(dollars(paid))} but the claim says ${formatMoney(claim.paid)}.`,
        ),
      );
    }
  }
  const adjusted = sumCents(allAdjustments(claim).map((a) => a.amount));
  const diff = cents(claim.charge) - cents(claim.paid) - adjusted;
  if (diff !== 0) {
    problems.push(
      problem(
        claim.at,
        id,
        diff,
        `Claim ${id} does not balance: charge ${formatMoney(claim.charge)} minus paid ${formatMoney(claim.paid)} ` +
          `should equal its adjustments ${formatMoney(dollars(adjusted))} (off by ${formatMoney(dollars(diff))}).`,
      ),
    );
  }
  return problems;
}

export function balanceProblems(remittance: Remittance): BalanceProblem[] {
  const problems = remittance.claims.flatMap(claimProblems);
  // Claims that cannot be posted still count in the payment total; when one's payment is unreadable
  // the total cannot be checked (the claim is already listed as not postable).
  const unpostable = remittance.unpostable ?? [];
  if (unpostable.some((u) => u.paid === null)) return problems;
  const claimsPaid =
    sumCents(remittance.claims.map((c) => c.paid)) + sumCents(unpostable.map((u) => u.paid ?? 0));
  const providerAdjusted = sumCents(remittance.providerAdjustments.map((p) => p.amount));
  const expected = claimsPaid - providerAdjusted;
  // BPR03 D (debit): BPR02 is what the provider owes the payer, i.e. a negative payment.
  const total =
    remittance.creditDebit.toUpperCase() === "D" ? -cents(remittance.totalPaid) : cents(remittance.totalPaid);
  const diff = total - expected;
  if (diff !== 0) {
    const plb =
      providerAdjusted !== 0 ? ` minus provider adjustments ${formatMoney(dollars(providerAdjusted))}` : "";
    problems.push(
      problem(
        remittance.at,
        null,
        diff,
        `The payment total ${formatMoney(dollars(total))} (BPR02${total < 0 ? ", a debit" : ""}) does not equal the claims' payments ` +
          `${formatMoney(dollars(claimsPaid))}${plb} (off by ${formatMoney(dollars(diff))}).`,
      ),
    );
  }
  return problems;
}
