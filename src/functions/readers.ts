/** Argument readers shared by several PM functions (on top of Args). */
import { DEFAULT_BUCKET_DAYS, appointmentStatus, bucketDaysProblem, claimStatus } from "../domain/metrics";
import type { AppointmentStatus, ClaimStatus } from "../domain/metrics";
import { isBlankArg, type Args } from "./args";
import { basicValue } from "./basic-value";

/** Codes are text; a number cell (an NPI typed as a number) is read as its digits. Anything else is no code. */
export function codeText(arg: unknown): string {
  const value = basicValue(arg);
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? String(value) : "";
  return typeof value === "string" ? value.trim() : "";
}

/** Bucket day limits from a row or column (blanks skipped); omitted gives 30, 60, 90, 120. */
export function readBucketDays(a: Args, range: unknown): readonly number[] {
  if (isBlankArg(range) || (Array.isArray(range) && a.cells(range).every(isBlankArg)))
    return DEFAULT_BUCKET_DAYS;
  const limits = a.numberList("bucketDays", range).filter((n): n is number => n !== null);
  const problem = bucketDaysProblem(limits);
  if (problem) throw a.fail(`bucketDays ${problem}`);
  return limits;
}

/** Claim statuses of a row or column; blanks skipped, unknown text is #VALUE! naming the cell. */
export function claimStatusList(a: Args, range: unknown): ClaimStatus[] {
  return a.nameList("statuses", range, claimStatus, "a claim status");
}

/** Appointment statuses of a row or column; blanks skipped, unknown text is #VALUE! naming the cell. */
export function appointmentStatusList(a: Args, range: unknown): AppointmentStatus[] {
  return a.nameList("statuses", range, appointmentStatus, "an appointment status");
}
