/** Incidents figures: open incidents with each reporting deadline still to meet (HIPAA, OSHA). */
import {
  computedNotifyBy,
  openDeadlines,
  REPORTED_STATUSES,
  type IncidentFacts,
} from "../../metrics/incidents";
import type { Rows } from "../inputs";

export type IncidentRow = Rows<"Incidents">[number];

/** Deadlines this close (in days) count as due soon on the Dashboard and in Validation. */
export const INCIDENT_DUE_SOON_DAYS = 14;

export const INCIDENT_DEFINITIONS = {
  open: "Incidents not yet Reported, Closed or Not Reportable, one line per deadline still to meet (soonest first). Notify By blank: the deadline is computed (individuals: 60 days after discovery; HHS: 60 days, or 60 days after year end when fewer than 500 are affected; OSHA 300 log: 7 days).",
  dashboard: `Reporting deadlines of open incidents that passed or fall within ${INCIDENT_DUE_SOON_DAYS} days.`,
} as const;

export interface IncidentLine {
  readonly incident: IncidentRow;
  /** Who must be told, or null for an open incident with no legal deadline. */
  readonly deadline: string | null;
  readonly dueOn: number | null;
  /** The Notify By shown: the cell, or the computed date when it is blank. */
  readonly notifyBy: number | null;
  readonly notifyByComputed: boolean;
  readonly daysLeft: number | null;
}

function facts(i: IncidentRow): IncidentFacts & {
  status: string | null;
  notifyBy: number | null;
  notifiedOn: number | null;
} {
  return {
    type: i.type,
    date: i.date,
    discoveredOn: i.discoveredOn,
    breach: i.breach,
    individualsAffected: i.individualsAffected,
    status: i.status,
    notifyBy: i.notifyBy,
    notifiedOn: i.notifiedOn,
  };
}

/** Open incidents: one line per open deadline, or one line without a deadline; soonest due first. */
export function openIncidents(incidents: Rows<"Incidents">, asOf: number): IncidentLine[] {
  const lines: IncidentLine[] = [];
  for (const i of incidents) {
    if (i.incidentId === null && i.date === null) continue;
    if (i.status !== null && REPORTED_STATUSES.includes(i.status)) continue;
    const f = facts(i);
    const computed = i.notifyBy === null ? computedNotifyBy(f) : null;
    const notifyBy = i.notifyBy ?? computed;
    const open = openDeadlines(f, asOf);
    const base = { incident: i, notifyBy, notifyByComputed: computed !== null };
    if (open.length === 0) lines.push({ ...base, deadline: null, dueOn: null, daysLeft: null });
    for (const o of open)
      lines.push({ ...base, deadline: o.deadline.label, dueOn: o.due, daysLeft: o.daysLeft });
  }
  return lines.sort(
    (a, b) =>
      (a.dueOn ?? Infinity) - (b.dueOn ?? Infinity) ||
      (a.incident.incidentId ?? "").localeCompare(b.incident.incidentId ?? ""),
  );
}
