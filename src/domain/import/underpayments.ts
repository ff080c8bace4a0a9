import type { ClaimPayment, SegmentRef, ServicePayment } from "./era-types";
import { DENIED_CODE, REVERSAL_CODE } from "./claim-status";
import { lineAllowed } from "./claim-posting";
import { cents, dollars } from "./money";
import { normalizeId, sameId, type FeeRow } from "./workbook-rows";

/**
 * Lines the payer allowed less for than the contract says: FeeSchedule's Allowed Amount per unit for
 * the payer, code and modifier, effective on the date of service, times the units.
 */
export interface Underpayment {
  readonly at: SegmentRef;
  readonly claimId: string;
  readonly code: string;
  readonly modifiers: readonly string[];
  readonly units: number;
  readonly serviceDate: number | null;
  /** Contracted rate per unit. */
  readonly rate: number;
  /** rate x units. */
  readonly expected: number;
  /** What the payer allowed (paid + patient responsibility). */
  readonly allowed: number;
  readonly paid: number;
  readonly shortfall: number;
}

function inEffect(row: FeeRow, date: number | null): boolean {
  if (row.effectiveFrom === null && row.effectiveTo === null) return true;
  if (date === null) return false;
  return (
    (row.effectiveFrom === null || row.effectiveFrom <= date) &&
    (row.effectiveTo === null || date <= row.effectiveTo)
  );
}

/** The contracted rate row for a line: a modifier-specific rate beats the plain one; the newest wins. */
export function contractedRate(
  feeSchedule: readonly FeeRow[],
  payerId: string,
  line: ServicePayment,
  serviceDate: number | null,
): FeeRow | null {
  const modifiers = new Set(line.procedure.modifiers.map(normalizeId));
  const rows = feeSchedule.filter(
    (r) =>
      sameId(r.payerId, payerId) &&
      sameId(r.code, line.procedure.code) &&
      r.allowedAmount !== null &&
      inEffect(r, serviceDate),
  );
  const newest = (a: FeeRow, b: FeeRow) => (b.effectiveFrom ?? 0) - (a.effectiveFrom ?? 0);
  const specific = rows
    .filter((r) => normalizeId(r.modifier) !== "" && modifiers.has(normalizeId(r.modifier)))
    .sort(newest);
  const plain = rows.filter((r) => normalizeId(r.modifier) === "").sort(newest);
  return specific[0] ?? plain[0] ?? null;
}

export function findUnderpayments(
  claim: ClaimPayment,
  payerId: string | null,
  feeSchedule: readonly FeeRow[],
  claimServiceDate: number | null,
): Underpayment[] {
  if (payerId === null || claim.statusCode === DENIED_CODE || claim.statusCode === REVERSAL_CODE) return [];
  const found: Underpayment[] = [];
  for (const line of claim.lines) {
    const allowed = lineAllowed(line);
    if (allowed <= 0 && line.paid <= 0) continue; // denied line: a denial, not an underpayment
    const serviceDate = line.serviceDate ?? claim.statementFrom ?? claimServiceDate;
    const fee = contractedRate(feeSchedule, payerId, line, serviceDate);
    if (!fee || fee.allowedAmount === null) continue;
    const units = line.units > 0 ? line.units : 1;
    const expected = dollars(Math.round(cents(fee.allowedAmount) * units));
    if (cents(allowed) >= cents(expected)) continue;
    found.push({
      at: line.at,
      claimId: claim.claimId,
      code: line.procedure.code,
      modifiers: line.procedure.modifiers,
      units,
      serviceDate,
      rate: fee.allowedAmount,
      expected,
      allowed,
      paid: line.paid,
      shortfall: dollars(cents(expected) - cents(allowed)),
    });
  }
  return found;
}
