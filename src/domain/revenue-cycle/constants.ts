/** The revenue-cycle thresholds, stated once (the README and the generated sheets quote them). */

/** Days after a denial's remittance date to appeal when the payer's Appeal Window (days) is blank. */
export const DEFAULT_APPEAL_WINDOW_DAYS = 90;
/** A submitted claim the payer has not answered this many days later needs a call. */
export const NO_ANSWER_DAYS = 30;
/** A Draft or Rejected claim whose timely filing deadline is this close (or past) needs filing. */
export const TIMELY_FILING_DUE_DAYS = 14;
/** A patient balance older than this (days since service) needs a statement or a call. */
export const PATIENT_BALANCE_DAYS = 90;
/** A kept visit with no claim this many days later is unbilled (workbook setting PM.UnbilledAfterDays). */
export const DEFAULT_UNBILLED_AFTER_DAYS = 3;

/** Claim statuses the payer has not answered yet. */
export const AWAITING_PAYER = ["Submitted", "Accepted"] as const;
/** ClaimActivity actions that settle an underpayment (it leaves the queue). */
export const SETTLES_UNDERPAYMENT = [
  "Write-off Approved",
  "Appeal Won",
  "Appeal Lost",
  "Resubmitted",
] as const;
