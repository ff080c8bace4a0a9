/** Fixed lists of the revenue-cycle columns (ClaimActivity, Claims' appeal columns). */

export const CLAIM_ACTIVITY_ACTIONS = [
  "Note",
  "Called Payer",
  "Resubmitted",
  "Appeal Filed",
  "Appeal Won",
  "Appeal Lost",
  "Write-off Requested",
  "Write-off Approved",
  "Underpaid",
  "Other",
] as const;

export const APPEAL_OUTCOMES = ["Pending", "Won", "Partly Won", "Lost"] as const;

/** Appointment statuses of a visit that took place (it should be billed). */
export const KEPT_VISIT_STATUSES = ["Completed", "Arrived", "In Room"] as const;
