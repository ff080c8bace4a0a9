/**
 * Legal reporting deadlines of an incident. Dates are Excel serials; every clock starts on the day the
 * practice learned of it (Discovered On, else Date).
 * - HIPAA breach of unsecured PHI (45 CFR 164.404, 164.408): the individuals within 60 calendar days of
 *   discovery; HHS within 60 days of discovery when 500 or more people are affected, otherwise within
 *   60 days after the end of the calendar year in which the breach was discovered.
 * - OSHA recordable injury (29 CFR 1904.29(b)(3)): entered on the 300 log within 7 calendar days of
 *   receiving information that it occurred. Every Sharps Injury and Other Work Injury is treated as
 *   recordable until its Status says Not Reportable.
 */
import { serialFromYmd, ymdFromSerial } from "../dates/excel-dates";

export const BREACH_NOTICE_DAYS = 60;
export const LARGE_BREACH = 500;
export const OSHA_LOG_DAYS = 7;
export const INJURY_TYPES: readonly string[] = ["Sharps Injury", "Other Work Injury"];
/** Statuses that close every reporting deadline. */
export const REPORTED_STATUSES: readonly string[] = ["Reported", "Closed", "Not Reportable"];

export type IncidentDeadlineKind = "osha-log" | "individuals" | "hhs";

export interface IncidentDeadline {
  readonly kind: IncidentDeadlineKind;
  /** Who must be told, as the messages say it. */
  readonly label: string;
  readonly due: number;
  /** Why that day, e.g. "60 days after discovery". */
  readonly basis: string;
  /** A Notified On date meets it (the first notice); otherwise only Status Reported or Closed does. */
  readonly metByNotifiedOn: boolean;
}

export interface IncidentFacts {
  readonly type: string | null;
  readonly date: number | null;
  readonly discoveredOn: number | null;
  readonly breach: string | null;
  readonly individualsAffected: number | null;
}

/** Last day for HHS notice of a breach affecting fewer than 500: 60 days after 31 December of the discovery year. */
export function smallBreachHhsDeadline(discoveredOn: number): number {
  const { year } = ymdFromSerial(discoveredOn);
  return serialFromYmd(year, 12, 31) + BREACH_NOTICE_DAYS;
}

/** The day the reporting clocks start: Discovered On, else Date. */
export function discoveryDay(facts: IncidentFacts): number | null {
  const day = facts.discoveredOn ?? facts.date;
  return day === null ? null : Math.floor(day);
}

/**
 * The deadlines that apply, earliest first. A breach whose Individuals Affected is blank is given the
 * earlier HHS deadline (500 or more) until the count is known.
 */
export function incidentDeadlines(facts: IncidentFacts): IncidentDeadline[] {
  const start = discoveryDay(facts);
  if (start === null) return [];
  const out: IncidentDeadline[] = [];
  if (facts.type !== null && INJURY_TYPES.includes(facts.type)) {
    out.push({
      kind: "osha-log",
      label: "OSHA 300 log entry",
      due: start + OSHA_LOG_DAYS,
      basis: `${OSHA_LOG_DAYS} days after learning of the injury`,
      metByNotifiedOn: true,
    });
  }
  if (facts.breach === "Yes") {
    out.push({
      kind: "individuals",
      label: "Breach notice to the individuals",
      due: start + BREACH_NOTICE_DAYS,
      basis: `${BREACH_NOTICE_DAYS} days after discovery`,
      metByNotifiedOn: true,
    });
    const small = facts.individualsAffected !== null && facts.individualsAffected < LARGE_BREACH;
    out.push(
      small
        ? {
            kind: "hhs",
            label: "Breach report to HHS (fewer than 500 affected)",
            due: smallBreachHhsDeadline(start),
            basis: `${BREACH_NOTICE_DAYS} days after the end of ${ymdFromSerial(start).year}, the year of discovery`,
            metByNotifiedOn: false,
          }
        : {
            kind: "hhs",
            label: `Breach report to HHS (${facts.individualsAffected === null ? "count unknown: treated as 500 or more" : "500 or more affected"})`,
            due: start + BREACH_NOTICE_DAYS,
            basis: `${BREACH_NOTICE_DAYS} days after discovery`,
            metByNotifiedOn: false,
          },
    );
  }
  return out.sort((a, b) => a.due - b.due);
}

/** Notify By when the cell is blank: the earliest deadline met by a first notice, or null when none applies. */
export function computedNotifyBy(facts: IncidentFacts): number | null {
  return incidentDeadlines(facts).find((d) => d.metByNotifiedOn)?.due ?? null;
}

export interface OpenDeadline {
  readonly deadline: IncidentDeadline;
  /** The day it must be done by: the legal due date, or the user's earlier Notify By for the first notice. */
  readonly due: number;
  readonly daysLeft: number;
}

/** Deadlines still to meet on asOf (none once Status is Reported, Closed or Not Reportable). */
export function openDeadlines(
  facts: IncidentFacts & {
    readonly status: string | null;
    readonly notifyBy: number | null;
    readonly notifiedOn: number | null;
  },
  asOf: number,
): OpenDeadline[] {
  if (facts.status !== null && REPORTED_STATUSES.includes(facts.status)) return [];
  const today = Math.floor(asOf);
  const out: OpenDeadline[] = [];
  for (const deadline of incidentDeadlines(facts)) {
    if (deadline.metByNotifiedOn && facts.notifiedOn !== null) continue;
    const own = deadline.metByNotifiedOn && facts.notifyBy !== null ? Math.floor(facts.notifyBy) : Infinity;
    const due = Math.min(deadline.due, own);
    out.push({ deadline, due, daysLeft: due - today });
  }
  return out;
}
