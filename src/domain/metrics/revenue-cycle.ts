/**
 * Revenue-cycle KPIs (MGMA definitions). Rates are fractions (0.95 = 95 %); null when the denominator
 * is zero. Amount lists may hold nulls for blank cells; they count as nothing.
 */
import { CLAIM_STATUSES } from "../catalog/lists";
import { ratio } from "./ratio";

/** Period length the MGMA average daily charge uses when none is given: the last three months. */
export const DEFAULT_AR_PERIOD_DAYS = 90;

/**
 * Days in A/R = total A/R / average daily charges, where the average daily charge is the gross
 * charges of the period divided by the period's days. Null when there were no charges.
 */
export function daysInAR(
  totalAR: number,
  charges: number,
  periodDays: number = DEFAULT_AR_PERIOD_DAYS,
): number | null {
  const daily = ratio(charges, periodDays);
  return daily === null ? null : ratio(totalAR, daily);
}

/** Net (adjusted) collection rate = payments / (charges - contractual adjustments). */
export function netCollectionRate(payments: number, charges: number, adjustments: number): number | null {
  return ratio(payments, charges - adjustments);
}

/** Gross collection rate = payments / charges. */
export function grossCollectionRate(payments: number, charges: number): number | null {
  return ratio(payments, charges);
}

export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Claim statuses that mean the payer decided the claim (Draft, Submitted, Accepted, Rejected have not). */
export const ADJUDICATED_STATUSES: readonly ClaimStatus[] = [
  "Denied",
  "Appealed",
  "Partially Paid",
  "Paid",
  "Closed",
];

/** Adjudicated statuses that count as denials: an appealed claim was denied first. */
export const DENIED_STATUSES: readonly ClaimStatus[] = ["Denied", "Appealed"];

/** The catalog spelling of a claim status typed in any case, or null when it is not one. */
export function claimStatus(text: string): ClaimStatus | null {
  const wanted = text.trim().toLowerCase();
  return CLAIM_STATUSES.find((s) => s.toLowerCase() === wanted) ?? null;
}

/**
 * Denial rate = denied claims / adjudicated claims (see ADJUDICATED_STATUSES). Rejections are
 * front-end edits, not denials, and claims not yet decided do not count. Null when none is adjudicated.
 */
export function denialRate(statuses: readonly ClaimStatus[]): number | null {
  let denied = 0;
  let adjudicated = 0;
  for (const s of statuses) {
    if (ADJUDICATED_STATUSES.includes(s)) adjudicated++;
    if (DENIED_STATUSES.includes(s)) denied++;
  }
  return ratio(denied, adjudicated);
}

/** Last day to file a claim: the service date plus the payer's timely-filing days. */
export function filingDeadline(serviceDate: number, filingDays: number): number {
  return Math.floor(serviceDate) + filingDays;
}
