/**
 * Compliance figures: required training that has expired or expires soon, and records requests that
 * are open or overdue.
 */
import type { Rows } from "../inputs";
import { textKey } from "../inputs";

export type TrainingRow = Rows<"Training">[number];
export type StaffRow = Rows<"Staff">[number];
export type RecordsRequestRow = Rows<"RecordsRequests">[number];

export const TRAINING_WARNING_DAYS = 60;
export const RECORDS_DUE_DAYS = 30;

export interface TrainingAlert {
  readonly staffId: string;
  readonly staff: StaffRow | undefined;
  readonly course: string;
  readonly completedOn: number | null;
  readonly expiresOn: number;
  /** Days until expiry (negative: expired that many days ago). */
  readonly daysLeft: number;
  readonly expired: boolean;
}

/**
 * Required courses of active staff whose latest certificate has expired or expires within `days` of
 * asOf, most urgent first. Only each staff member's latest row per course counts: renewing a course
 * clears the alert.
 */
export function trainingAlerts(
  training: Rows<"Training">,
  staff: Rows<"Staff">,
  asOf: number,
  days = TRAINING_WARNING_DAYS,
): TrainingAlert[] {
  const today = Math.floor(asOf);
  const staffById = new Map(staff.filter((s) => s.staffId !== null).map((s) => [textKey(s.staffId), s]));
  const latest = new Map<string, TrainingRow>();
  for (const t of training) {
    if (t.staffId === null || t.course === null) continue;
    const key = `${textKey(t.staffId)}\u0000${textKey(t.course)}`;
    const seen = latest.get(key);
    if (seen === undefined || rowDate(t) > rowDate(seen)) latest.set(key, t);
  }
  const alerts: TrainingAlert[] = [];
  for (const t of latest.values()) {
    if (t.required !== "Yes" || t.expiresOn === null) continue;
    const person = staffById.get(textKey(t.staffId));
    if (person?.active === "No") continue;
    const daysLeft = Math.floor(t.expiresOn) - today;
    if (daysLeft > days) continue;
    alerts.push({
      staffId: t.staffId ?? "",
      staff: person,
      course: t.course ?? "",
      completedOn: t.completedOn,
      expiresOn: Math.floor(t.expiresOn),
      daysLeft,
      expired: daysLeft < 0,
    });
  }
  // Most urgent first: the longest expired, then the soonest to expire.
  return alerts.sort(
    (a, b) =>
      a.expiresOn - b.expiresOn ||
      (a.staff?.name ?? a.staffId).localeCompare(b.staff?.name ?? b.staffId) ||
      a.course.localeCompare(b.course),
  );
}

/** Latest-first order of training rows: by Expires On, then Completed On. */
function rowDate(t: TrainingRow): number {
  return (t.expiresOn ?? -Infinity) * 1e6 + (t.completedOn ?? 0);
}

export const OPEN_REQUEST_STATUSES = ["Open", "In Progress"] as const;

export interface OpenRecordsRequest {
  readonly request: RecordsRequestRow;
  readonly dueOn: number;
  /** Days past due (negative: days left). */
  readonly daysOverdue: number;
  readonly overdue: boolean;
}

/** Requests still open (Open or In Progress), due on Due On or Received On + 30 days; soonest due first. */
export function openRecordsRequests(requests: Rows<"RecordsRequests">, asOf: number): OpenRecordsRequest[] {
  const today = Math.floor(asOf);
  const open: OpenRecordsRequest[] = [];
  for (const r of requests) {
    if (r.status !== "Open" && r.status !== "In Progress") continue;
    const dueOn = r.dueOn ?? (r.receivedOn === null ? null : r.receivedOn + RECORDS_DUE_DAYS);
    if (dueOn === null) continue;
    const daysOverdue = today - Math.floor(dueOn);
    open.push({ request: r, dueOn: Math.floor(dueOn), daysOverdue, overdue: daysOverdue > 0 });
  }
  return open.sort(
    (a, b) => a.dueOn - b.dueOn || (a.request.requestId ?? "").localeCompare(b.request.requestId ?? ""),
  );
}
