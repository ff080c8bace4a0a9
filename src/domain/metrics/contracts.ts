/** Contract renewal dates and status. Dates are Excel serials. */

/** Last day to give notice: noticeDays before the end date. */
export function noticeDate(endDate: number, noticeDays: number): number {
  return Math.floor(endDate) - noticeDays;
}

export const CONTRACT_PHASES = ["Active", "Notice window", "Renews", "Expired"] as const;
export type ContractPhase = (typeof CONTRACT_PHASES)[number];

/**
 * Where a contract stands on asOf:
 * - "Active" before the notice date;
 * - "Notice window" from the notice date through the end date (notice is due now);
 * - after the end date, "Renews" when it renews automatically (its end date needs moving on), else "Expired".
 */
export function contractStatus(
  endDate: number,
  noticeDays: number,
  autoRenew: boolean,
  asOf: number,
): ContractPhase {
  const day = Math.floor(asOf);
  const end = Math.floor(endDate);
  if (day > end) return autoRenew ? "Renews" : "Expired";
  return day >= noticeDate(end, noticeDays) ? "Notice window" : "Active";
}
