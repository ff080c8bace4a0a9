/**
 * What patients owe, per Patient Ref: each open claim's Due Patient (remaining Patient Responsibility
 * less patient payments, or the whole balance of a Self-Pay claim, as on the A/R Aging sheet), aged by
 * service date into the workbook's buckets, with the last patient payment and the claims involved.
 */
import { bucketIndex } from "../metrics/aging";
import { ROWS_PER_STEP, runAll, runInSteps, type Breathe } from "../slices";
import { openClaimsSteps } from "../summaries/figures/receivables";
import type { Rows } from "../summaries/inputs";
import { textKey } from "../summaries/inputs";

export interface PatientBalance {
  readonly patientRef: string;
  /** Amount per bucket, in bucket order (limits.length + 1 buckets). */
  readonly buckets: readonly number[];
  readonly total: number;
  readonly lastPaymentOn: number | null;
  readonly lastPaymentAmount: number | null;
  /** Claim IDs with a patient balance, oldest service first. */
  readonly claims: readonly string[];
}

const round = (n: number) => Math.round(n * 100) / 100;

export function patientBalances(
  claims: Rows<"Claims">,
  payments: Rows<"Payments">,
  payers: Rows<"Payers">,
  asOf: number,
  limits: readonly number[],
): PatientBalance[] {
  return runAll(patientBalancesSteps(claims, payments, payers, asOf, limits));
}

/** patientBalances in steps, breathing between them (every claim and payment is looked at). */
export function patientBalancesInSteps(
  claims: Rows<"Claims">,
  payments: Rows<"Payments">,
  payers: Rows<"Payers">,
  asOf: number,
  limits: readonly number[],
  breathe: Breathe,
): Promise<PatientBalance[]> {
  return runInSteps(patientBalancesSteps(claims, payments, payers, asOf, limits), breathe);
}

function* patientBalancesSteps(
  claims: Rows<"Claims">,
  payments: Rows<"Payments">,
  payers: Rows<"Payers">,
  asOf: number,
  limits: readonly number[],
): Generator<void, PatientBalance[]> {
  let done = 0;
  const pause = () => ++done % ROWS_PER_STEP === 0;
  const patientOf = new Map<string, string>();
  for (const c of claims) {
    if (pause()) yield;
    if (c.claimId !== null && c.patientRef !== null) patientOf.set(textKey(c.claimId), c.patientRef);
  }
  const lastPaid = new Map<string, { on: number; amount: number }>();
  for (const p of payments) {
    if (pause()) yield;
    if (p.source !== "Patient" || p.claimId === null || p.receivedOn === null || p.amount === null) continue;
    const patient = patientOf.get(textKey(p.claimId));
    if (patient === undefined) continue;
    const key = textKey(patient);
    const seen = lastPaid.get(key);
    if (!seen || p.receivedOn > seen.on) lastPaid.set(key, { on: p.receivedOn, amount: p.amount });
    else if (p.receivedOn === seen.on) seen.amount += p.amount;
  }
  const byPatient = new Map<
    string,
    { ref: string; buckets: number[]; claims: { id: string; date: number }[] }
  >();
  for (const o of yield* openClaimsSteps(claims, payments, payers, asOf)) {
    if (o.duePatient <= 0.005 || o.claim.patientRef === null) continue;
    const key = textKey(o.claim.patientRef);
    let entry = byPatient.get(key);
    if (!entry) {
      entry = {
        ref: o.claim.patientRef.trim(),
        buckets: new Array<number>(limits.length + 1).fill(0),
        claims: [],
      };
      byPatient.set(key, entry);
    }
    const i = bucketIndex(o.ageDays, limits);
    entry.buckets[i] = (entry.buckets[i] ?? 0) + o.duePatient;
    entry.claims.push({ id: o.claim.claimId ?? "", date: o.serviceDate });
  }
  const out: PatientBalance[] = [];
  for (const [key, e] of byPatient) {
    const paid = lastPaid.get(key);
    const buckets = e.buckets.map(round);
    out.push({
      patientRef: e.ref,
      buckets,
      total: round(e.buckets.reduce((s, n) => s + n, 0)),
      lastPaymentOn: paid?.on ?? null,
      lastPaymentAmount: paid ? round(paid.amount) : null,
      claims: e.claims.sort((a, b) => a.date - b.date).map((c) => c.id),
    });
  }
  // Oldest money first: the share over the first bucket, then the total.
  const old = (p: PatientBalance) => p.total - (p.buckets[0] ?? 0);
  return out.sort((a, b) => old(b) - old(a) || b.total - a.total || a.patientRef.localeCompare(b.patientRef));
}
