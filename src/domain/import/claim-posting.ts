import { describeAdjustment } from "../codes";
import { allAdjustments } from "./era-balance";
import type { Adjustment, ClaimPayment, ServicePayment } from "./era-types";
import {
  DENIED_CODE,
  PRIMARY_CODES,
  PROCESSED_CODES,
  REVERSAL_CODE,
  describeClaimStatus,
} from "./claim-status";
import { cents, dollars, formatMoney } from "./money";
import type { ClaimLineRow, ClaimRow } from "./workbook-rows";

/**
 * What one CLP does to a claim row and its lines. Amounts add up across remittances (a reversal,
 * whose amounts are negative, cancels the earlier posting; a correction then posts again), except
 * patient responsibility, which is the latest payer's word. A processed claim is Paid once the payer
 * has settled its part (what is left is the patient's), Partially Paid while more than the patient's
 * share is open. Denied claims keep their balance so they stay in A/R until the practice appeals or
 * writes them off.
 */

/** Write-offs: everything but patient responsibility and the prior payer's share (OA-23) on secondaries. */
export function isWriteOff(adjustment: Adjustment): boolean {
  return adjustment.group !== "PR" && !(adjustment.group === "OA" && adjustment.reason === "23");
}

const sumCents = (values: readonly number[]) => values.reduce((t, v) => t + cents(v), 0);

export function lineAllowed(line: ServicePayment): number {
  if (line.allowedAmount !== null) return line.allowedAmount;
  return dollars(
    cents(line.charge) - sumCents(line.adjustments.filter((a) => a.group !== "PR").map((a) => a.amount)),
  );
}

export function claimAllowed(claim: ClaimPayment): number {
  if (claim.lines.length > 0 && claim.lines.every((l) => l.allowedAmount !== null)) {
    return dollars(sumCents(claim.lines.map(lineAllowed)));
  }
  const notPatient = allAdjustments(claim).filter((a) => a.group !== "PR");
  return dollars(cents(claim.charge) - sumCents(notPatient.map((a) => a.amount)));
}

export function claimWriteOff(claim: ClaimPayment): number {
  return dollars(
    sumCents(
      allAdjustments(claim)
        .filter(isWriteOff)
        .map((a) => a.amount),
    ),
  );
}

/** "CO-29 Time limit for filing has expired": the largest non-patient adjustment explains a denial. */
export function denialReason(claim: ClaimPayment): string {
  const all = allAdjustments(claim);
  const pool = all.some((a) => a.group !== "PR") ? all.filter((a) => a.group !== "PR") : all;
  const main = pool.reduce<Adjustment | null>(
    (best, a) => (best === null || a.amount > best.amount ? a : best),
    null,
  );
  return main ? describeAdjustment(main.group, main.reason) : "Denied by the payer (no reason code given)";
}

export interface Outcome<Row> {
  readonly after: Row;
  readonly notes: readonly string[];
}

/** old + delta to the cent, never below zero (a note says when a reversal had nothing to reverse). */
function addAmount(old: number | null, delta: number, field: string, notes: string[]): number {
  const total = cents(old ?? 0) + cents(delta);
  if (total < 0) {
    notes.push(
      `${field} would become ${formatMoney(dollars(total))}; set to $0.00 (was the original payment posted in this workbook?).`,
    );
    return 0;
  }
  return dollars(total);
}

function isBlankAmount(value: number | null): boolean {
  return value === null || value === 0;
}

export function postToClaim(before: ClaimRow, claim: ClaimPayment, activityDate: number): Outcome<ClaimRow> {
  const notes: string[] = [];
  const code = claim.statusCode;
  const after: ClaimRow = { ...before };
  after.paid = addAmount(before.paid, claim.paid, "Paid", notes);
  after.lastActivity = Math.max(before.lastActivity ?? 0, activityDate);
  const charge = before.totalCharge ?? claim.charge;
  const zeroPay =
    PROCESSED_CODES.has(code) &&
    after.paid === 0 &&
    cents(claim.charge - claim.paid - claimWriteOff(claim)) <= 0;

  if (code === DENIED_CODE || zeroPay) {
    after.status = "Denied";
    after.denialReason = denialReason(claim);
    after.patientResponsibility = Math.max(0, claim.patientResponsibility);
    if (zeroPay) notes.push(`Processed with nothing paid: marked Denied (${after.denialReason}).`);
    return { after, notes };
  }
  if (code === REVERSAL_CODE || PROCESSED_CODES.has(code)) {
    after.adjustment = addAmount(before.adjustment, claimWriteOff(claim), "Adjustment", notes);
    if (code === REVERSAL_CODE || PRIMARY_CODES.has(code)) {
      after.allowed = addAmount(before.allowed, claimAllowed(claim), "Allowed", notes);
    } else if (isBlankAmount(before.allowed)) {
      after.allowed = Math.max(0, claimAllowed(claim));
    }
    after.patientResponsibility =
      code === REVERSAL_CODE
        ? addAmount(
            before.patientResponsibility,
            claim.patientResponsibility,
            "Patient Responsibility",
            notes,
          )
        : Math.max(0, claim.patientResponsibility);
    // What the payer still owes: the balance beyond the patient's share. Copays, coinsurance and
    // deductibles are billed to the patient; they do not make the payer's payment partial.
    const dueInsurance =
      cents(charge) - cents(after.paid) - cents(after.adjustment) - cents(after.patientResponsibility ?? 0);
    if (code === REVERSAL_CODE && after.paid === 0) after.status = "Accepted";
    else after.status = dueInsurance > 0 ? "Partially Paid" : "Paid";
    return { after, notes };
  }
  notes.push(`${describeClaimStatus(code)}: payment recorded, claim status left as it was.`);
  return { after, notes };
}

export function postToLine(
  before: ClaimLineRow,
  line: ServicePayment,
  statusCode: string,
): Outcome<ClaimLineRow> {
  const notes: string[] = [];
  const after: ClaimLineRow = { ...before };
  const label = `Line ${before.line ?? "?"} ${line.procedure.code}`;
  after.paid = addAmount(before.paid, line.paid, `${label} Paid`, notes);
  if (statusCode === REVERSAL_CODE || PRIMARY_CODES.has(statusCode)) {
    after.allowed = addAmount(before.allowed, lineAllowed(line), `${label} Allowed`, notes);
  } else if (PROCESSED_CODES.has(statusCode) && isBlankAmount(before.allowed)) {
    after.allowed = Math.max(0, lineAllowed(line));
  }
  return { after, notes };
}

/**
 * Which ClaimLines row each service line pays: the line number the practice sent back in REF*6R,
 * else the same code with the same modifiers, else the same code. Codes the payer changed are
 * matched on the submitted code (SVC06).
 */
export function matchServiceLines(
  lines: readonly ServicePayment[],
  candidates: readonly { readonly index: number; readonly row: ClaimLineRow }[],
): (number | null)[] {
  const used = new Set<number>();
  const upper = (s: string | null) => (s ?? "").trim().toUpperCase();
  return lines.map((line) => {
    const sent = line.submittedProcedure ?? line.procedure;
    const codes = new Set([upper(sent.code), upper(line.procedure.code)]);
    const open = candidates.filter((c) => !used.has(c.index) && codes.has(upper(c.row.code)));
    const modifiers = sent.modifiers.map(upper).sort().join(",");
    const control =
      line.lineControl !== null && /^\d+$/.test(line.lineControl) ? Number(line.lineControl) : null;
    const pick =
      open.find((c) => control !== null && c.row.line === control) ??
      open.find((c) => splitModifiers(c.row.modifiers).join(",") === modifiers) ??
      open[0];
    if (!pick) return null;
    used.add(pick.index);
    return pick.index;
  });
}

function splitModifiers(value: string | null): string[] {
  return (value ?? "")
    .split(/[,;\s]+/)
    .map((m) => m.trim().toUpperCase())
    .filter((m) => m !== "")
    .sort();
}
