/** Revenue-cycle figures for PM functions: pure, so the functions stay one-liners. */
import { DEFAULT_APPEAL_WINDOW_DAYS } from "./constants";

/** Last day to appeal a denial: the remittance date + the payer's Appeal Window (90 days by default). */
export function appealDeadline(
  remittanceDate: number,
  windowDays: number = DEFAULT_APPEAL_WINDOW_DAYS,
): number {
  return Math.floor(remittanceDate) + windowDays;
}

/**
 * Average days from service to submission over the pairs where both dates are there (a Draft has no
 * Submitted On); null when there is none.
 */
export function submissionLag(
  serviceDates: readonly (number | null)[],
  submittedOn: readonly (number | null)[],
): number | null {
  if (serviceDates.length !== submittedOn.length)
    throw new RangeError(
      `serviceDates has ${serviceDates.length} cells and submittedOn ${submittedOn.length}: give ranges of the same size`,
    );
  let days = 0;
  let n = 0;
  serviceDates.forEach((service, i) => {
    const sent = submittedOn[i];
    if (service === null || sent === null || sent === undefined) return;
    days += Math.floor(sent) - Math.floor(service);
    n++;
  });
  return n === 0 ? null : days / n;
}
