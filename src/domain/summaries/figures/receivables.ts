/**
 * Open accounts receivable per claim, split into what the payer still owes (Due Insurance) and what
 * the patient owes (Due Patient). Shared by the dashboard and the A/R Aging sheet.
 *
 * A claim's open balance is its Balance (Total Charge - Paid - Adjustment, where Paid is what the payer
 * paid) less the patient payments posted to it (Payments with Source "Patient"). The patient's part is
 * their remaining Patient Responsibility, at most the open balance. On a Self-Pay payer's claims the
 * patient is the payer: Paid already holds what they paid (not subtracted twice) and the whole balance
 * is due from the patient. Closed claims and balances of a cent or less are not A/R.
 */
import { age } from "../../metrics/aging";
import type { Rows } from "../inputs";
import { textKey } from "../inputs";
import { ROWS_PER_STEP, runAll, runInSteps, type Breathe } from "../../slices";

export type ClaimRow = Rows<"Claims">[number];

export interface OpenClaim {
  readonly claim: ClaimRow;
  readonly serviceDate: number;
  readonly ageDays: number;
  readonly open: number;
  readonly dueInsurance: number;
  readonly duePatient: number;
}

const CENT = 0.005;

export function claimBalance(c: ClaimRow): number {
  return c.balance ?? (c.totalCharge ?? 0) - (c.paid ?? 0) - (c.adjustment ?? 0);
}

/** Patient payments per claim (key: Claim ID as typed, case-insensitive). */
export function patientPaymentsByClaim(payments: Rows<"Payments">): Map<string, number> {
  const paid = new Map<string, number>();
  for (const p of payments) {
    if (p.source !== "Patient" || p.claimId === null || p.amount === null) continue;
    const key = textKey(p.claimId);
    paid.set(key, (paid.get(key) ?? 0) + p.amount);
  }
  return paid;
}

/** Payer IDs (lower case) whose Type is Self-Pay. */
export function selfPayPayers(payers: Rows<"Payers">): Set<string> {
  return new Set(
    payers.filter((p) => p.type === "Self-Pay" && p.payerId !== null).map((p) => textKey(p.payerId)),
  );
}

/**
 * The last result per Claims rows: the dashboard, A/R Aging, the work queue and patient balances of one
 * refresh all ask for the same open claims of the same rows (each read is a new array, so a new read
 * never sees an old result).
 */
const lastOpen = new WeakMap<
  Rows<"Claims">,
  {
    payments: Rows<"Payments">;
    payers: Rows<"Payers">;
    asOf: number;
    claimCount: number;
    paymentCount: number;
    open: OpenClaim[];
  }
>();

export function openClaims(
  claims: Rows<"Claims">,
  payments: Rows<"Payments">,
  payers: Rows<"Payers">,
  asOf: number,
): OpenClaim[] {
  return runAll(openClaimsSteps(claims, payments, payers, asOf));
}

/** openClaims in steps, breathing between them (a refresh calls it first, so the sheets find it done). */
export function openClaimsInSteps(
  claims: Rows<"Claims">,
  payments: Rows<"Payments">,
  payers: Rows<"Payers">,
  asOf: number,
  breathe: Breathe,
): Promise<OpenClaim[]> {
  return runInSteps(openClaimsSteps(claims, payments, payers, asOf), breathe);
}

/** The work of openClaims, pausing (yield) between steps of rows. */
export function* openClaimsSteps(
  claims: Rows<"Claims">,
  payments: Rows<"Payments">,
  payers: Rows<"Payers">,
  asOf: number,
): Generator<void, OpenClaim[]> {
  const last = lastOpen.get(claims);
  if (
    last?.payments === payments &&
    last.payers === payers &&
    last.asOf === asOf &&
    last.claimCount === claims.length &&
    last.paymentCount === payments.length
  ) {
    return last.open.slice();
  }
  const patientPaid = patientPaymentsByClaim(payments);
  yield;
  const selfPay = selfPayPayers(payers);
  const open: OpenClaim[] = [];
  let done = 0;
  for (const claim of claims) {
    if (++done % ROWS_PER_STEP === 0) yield;
    if (claim.status === "Closed" || claim.serviceDate === null) continue;
    const isSelfPay = selfPay.has(textKey(claim.payerId));
    const paidByPatient =
      claim.claimId === null || isSelfPay ? 0 : (patientPaid.get(textKey(claim.claimId)) ?? 0);
    const balance = claimBalance(claim) - paidByPatient;
    if (balance <= CENT) continue;
    const patientShare = isSelfPay
      ? balance
      : Math.min(balance, Math.max(0, (claim.patientResponsibility ?? 0) - paidByPatient));
    open.push({
      claim,
      serviceDate: claim.serviceDate,
      ageDays: age(claim.serviceDate, asOf),
      open: balance,
      duePatient: patientShare,
      dueInsurance: balance - patientShare,
    });
  }
  lastOpen.set(claims, {
    payments,
    payers,
    asOf,
    claimCount: claims.length,
    paymentCount: payments.length,
    open,
  });
  return open.slice();
}

export function totalOpen(claims: readonly OpenClaim[]): number {
  let total = 0;
  for (const c of claims) total += c.open;
  return total;
}

/** The oldest open claims first (by service date, then Claim ID for a stable order). */
export function oldestFirst(claims: readonly OpenClaim[], count: number): OpenClaim[] {
  return [...claims]
    .sort(
      (a, b) => a.serviceDate - b.serviceDate || (a.claim.claimId ?? "").localeCompare(b.claim.claimId ?? ""),
    )
    .slice(0, count);
}
