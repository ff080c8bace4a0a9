/** CLP02 claim status codes and what they mean to the practice. */
export const CLAIM_STATUS_CODES: Readonly<Record<string, string>> = {
  "1": "Processed as primary",
  "2": "Processed as secondary",
  "3": "Processed as tertiary",
  "4": "Denied",
  "19": "Processed as primary, forwarded to another payer",
  "20": "Processed as secondary, forwarded to another payer",
  "21": "Processed as tertiary, forwarded to another payer",
  "22": "Reversal of previous payment",
  "23": "Not our claim, forwarded to another payer",
  "25": "Predetermination pricing only, no payment",
};

/** Codes after which the payer has adjudicated and (maybe) paid the claim. */
export const PROCESSED_CODES: ReadonlySet<string> = new Set(["1", "2", "3", "19", "20", "21"]);
/** The payer of record's own adjudication: its allowed amount is the claim's allowed amount. */
export const PRIMARY_CODES: ReadonlySet<string> = new Set(["1", "19"]);
export const DENIED_CODE = "4";
export const REVERSAL_CODE = "22";

export function describeClaimStatus(code: string): string {
  return CLAIM_STATUS_CODES[code] ?? `Status code ${code}`;
}

/** Payment methods of the Payments table from BPR04. */
export function paymentMethod(bpr04: string): "EFT" | "Check" | "Other" {
  switch (bpr04.toUpperCase()) {
    case "ACH": // automated clearing house
    case "FWT": // federal reserve wire transfer
      return "EFT";
    case "CHK":
      return "Check";
    default: // NON (no payment), BOP (bank's option)
      return "Other";
  }
}
