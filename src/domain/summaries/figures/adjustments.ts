/**
 * Which payment adjustments are contractual. MGMA's adjusted collection rate takes out of charges what
 * the practice agreed never to collect: the contracted discount (CARC 45) and the other reductions a
 * contract or a rule imposes. A denial (CO-16 claim lacks information, CO-50 not medically necessary,
 * ...) is not one: the claim is reworked or appealed, and when it is paid later its CO-45 comes with the
 * payment, so counting the denial's adjustment too would take the same charge out twice.
 */
import type { Rows } from "../inputs";

export type PaymentRow = Rows<"Payments">[number];

/**
 * CO reasons that reduce what a claim is worth by contract or rule: 45 charge exceeds the fee schedule
 * or contracted amount, 42 (its older form), 59 multiple-procedure rules, 94 processed in excess of
 * charges, 131 claim-specific negotiated discount, 144 incentive adjustment, 23 prior payer's
 * adjudication, 24 capitation, 104 managed-care withholding, 237 legislated penalty, 253 sequestration.
 */
export const CONTRACTUAL_REASONS: ReadonlySet<string> = new Set([
  "45",
  "42",
  "59",
  "94",
  "131",
  "144",
  "23",
  "24",
  "104",
  "237",
  "253",
]);

/** A CO adjustment with a contractual reason, or with none (a write-down posted by hand). */
export function isContractualAdjustment(p: PaymentRow): boolean {
  if ((p.adjustmentGroup ?? "").trim().toUpperCase() !== "CO") return false;
  const reason = (p.adjustmentReason ?? "").trim();
  return reason === "" || CONTRACTUAL_REASONS.has(reason);
}
