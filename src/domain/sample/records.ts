import type { SampleContext } from "./context";
import type { Random } from "./random";
import { patientRef, sequentialId } from "./rows";
import { FIRST_PATIENT } from "./schedule";
import type { SampleRow } from "./types";

/** HIPAA gives 30 days to answer a request for records. */
const DAYS_TO_ANSWER = 30;

const REQUESTERS: readonly (readonly [string, number])[] = [
  ["Patient", 40],
  ["Attorney", 15],
  ["Insurance company", 15],
  ["Another provider", 20],
  ["Social Security (disability)", 6],
  ["Patient's representative", 4],
];

/**
 * About 40 requests a year for a six-provider practice. Older ones are closed; those received in the
 * last 30 days may still be open but none is past due (an overdue request is a planted error).
 */
export function recordsRequestRows(
  context: SampleContext,
  rng: Random,
  lastPatient: number,
): SampleRow<"RecordsRequests">[] {
  const count = Math.max(10, Math.round(40 * (context.months / 12) * context.scale));
  const span = context.asOf - context.periodStart;
  const received = Array.from({ length: count }, () => context.periodStart + rng.int(0, span)).sort(
    (a, b) => a - b,
  );
  return received.map((receivedOn, i) => {
    const dueOn = receivedOn + DAYS_TO_ANSWER;
    const age = context.asOf - receivedOn;
    const fulfilledAfter = rng.int(2, 28);
    let status: SampleRow<"RecordsRequests">["status"];
    if (age >= DAYS_TO_ANSWER || fulfilledAfter <= age) {
      status = rng.weighted([
        ["Fulfilled", 85],
        ["Denied", 8],
        ["Canceled", 7],
      ] as const);
    } else {
      status = rng.chance(0.55) ? "Open" : "In Progress";
    }
    return {
      requestId: sequentialId("RR", i + 1, 4),
      patientRef: patientRef(rng.int(FIRST_PATIENT, lastPatient)),
      requestedBy: rng.weighted(REQUESTERS),
      receivedOn,
      dueOn,
      fulfilledOn: status === "Fulfilled" ? receivedOn + fulfilledAfter : "",
      status,
    };
  });
}
