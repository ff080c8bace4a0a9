/** Claim adjustment group codes (X12 CAS01). */
export const GROUP_CODES = {
  CO: "Contractual obligation",
  PR: "Patient responsibility",
  OA: "Other adjustment",
  PI: "Payer-initiated reduction",
  /** 4010 only (dropped in 5010): corrections and reversals of an earlier adjudication; not owed by the patient. */
  CR: "Correction and reversal",
} as const;

export type GroupCode = keyof typeof GROUP_CODES;

export function isGroupCode(value: string): value is GroupCode {
  return Object.prototype.hasOwnProperty.call(GROUP_CODES, value.trim().toUpperCase());
}

/**
 * Claim Adjustment Reason Codes (X12 CAS02): 1-3 digits, or a letter followed by digits (A1, B7,
 * P1-P32 ...). The common ones carry a short description for messages and previews.
 */
export function isCarc(value: string): boolean {
  return /^(?:[1-9]\d{0,2}|[A-Z]\d{1,2})$/.test(value.trim().toUpperCase());
}

export const COMMON_CARC: Readonly<Record<string, string>> = {
  "1": "Deductible amount",
  "2": "Coinsurance amount",
  "3": "Co-payment amount",
  "4": "Procedure code inconsistent with the modifier",
  "11": "Diagnosis inconsistent with the procedure",
  "16": "Claim lacks information needed for adjudication",
  "18": "Exact duplicate claim or service",
  "22": "Care may be covered by another payer (coordination of benefits)",
  "23": "Impact of prior payer adjudication",
  "27": "Expenses incurred after coverage terminated",
  "29": "Time limit for filing has expired",
  "39": "Services denied at the time authorization was requested",
  "45": "Charge exceeds fee schedule or contracted amount",
  "50": "Not deemed a medical necessity",
  "96": "Non-covered charge",
  "97": "Included in the payment for another service",
  "109": "Not covered by this payer",
  "119": "Benefit maximum reached",
  "142": "Monthly Medicaid patient liability amount",
  "197": "Precertification or authorization absent",
  "204": "Service not covered under the patient's benefit plan",
  "242": "Services not provided by network providers",
  "251": "The attachment or other documentation was incomplete or deficient",
  "253": "Sequestration - reduction in federal payment",
};

/** "CO-45 Charge exceeds fee schedule or contracted amount" */
export function describeAdjustment(group: string, reason: string): string {
  const text = COMMON_CARC[reason.trim().toUpperCase()];
  return `${group.trim().toUpperCase()}-${reason.trim().toUpperCase()}${text ? ` ${text}` : ""}`;
}
