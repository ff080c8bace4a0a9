import {
  computedNotifyBy,
  discoveryDay,
  incidentDeadlines,
  openDeadlines,
  REPORTED_STATUSES,
} from "../../metrics/incidents";
import { isoFromSerial } from "../../dates/excel-dates";
import type { Finding } from "../types";
import { rowRule, type Rule } from "../rule";
import type { TableModel } from "../table-model";

/** Days ahead an open reporting deadline is flagged. */
export const INCIDENT_WARN_DAYS = 14;
const RULE = "incidents.deadline";

const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

/**
 * The reporting deadlines of an incident (HIPAA breach notices, OSHA 300 log; see metrics/incidents):
 * each one still open is an error once passed and a warning within 14 days, on Notify By for the first
 * notice and on Status for the HHS report. Also: a Notify By later than the law allows, a notice sent
 * late, and a breach without its number of individuals (which decides the HHS deadline).
 */
export const incidentDeadlinesRule: Rule = rowRule({
  id: RULE,
  table: "Incidents",
  check(workbook, row, out) {
    const model = workbook.table("Incidents");
    if (!model) return;
    const facts = {
      type: model.text("type", row),
      date: model.num("date", row),
      discoveredOn: model.num("discoveredOn", row),
      breach: model.text("breach", row),
      individualsAffected: model.num("individualsAffected", row),
      status: model.text("status", row),
      notifyBy: model.num("notifyBy", row),
      notifiedOn: model.num("notifiedOn", row),
    };
    if (facts.status === "Not Reportable") return;
    const legalFirst = computedNotifyBy(facts);
    for (const open of openDeadlines(facts, workbook.asOf)) {
      const { deadline, due, daysLeft } = open;
      if (daysLeft > INCIDENT_WARN_DAYS) continue;
      const why =
        deadline.metByNotifiedOn && facts.notifyBy !== null && due < deadline.due
          ? "your Notify By"
          : `${deadline.basis}${deadline.metByNotifiedOn && facts.notifyBy === null ? "; Notify By is blank, so this is the computed date" : ""}`;
      const cell = deadline.metByNotifiedOn ? "notifyBy" : "status";
      const todo = deadline.metByNotifiedOn
        ? "enter Notified On when done"
        : "set Status to Reported when filed";
      const message =
        daysLeft < 0
          ? `${deadline.label} was due by ${isoFromSerial(due)} (${why}): ${days(-daysLeft)} late; ${todo}`
          : `${deadline.label} is due by ${isoFromSerial(due)} (${why}): ${days(daysLeft)} left; ${todo}`;
      out.push(model.finding(cell, row, daysLeft < 0 ? "error" : "warning", RULE, message));
    }
    extraChecks(model, row, facts, legalFirst, out);
  },
});

function extraChecks(
  model: TableModel<"Incidents">,
  row: number,
  facts: Parameters<typeof incidentDeadlines>[0] & {
    readonly status: string | null;
    readonly notifyBy: number | null;
    readonly notifiedOn: number | null;
  },
  legalFirst: number | null,
  out: Finding[],
): void {
  if (legalFirst !== null && facts.notifyBy !== null && Math.floor(facts.notifyBy) > legalFirst) {
    const message = `Notify By is after the legal deadline ${isoFromSerial(legalFirst)} (${days(Math.floor(facts.notifyBy) - legalFirst)} later)`;
    out.push(model.finding("notifyBy", row, "warning", RULE, message));
  }
  if (legalFirst !== null && facts.notifiedOn !== null && Math.floor(facts.notifiedOn) > legalFirst) {
    const message = `Notified ${days(Math.floor(facts.notifiedOn) - legalFirst)} after the deadline ${isoFromSerial(legalFirst)}: document the reason for the delay`;
    out.push(model.finding("notifiedOn", row, "warning", RULE, message));
  }
  if (
    facts.date !== null &&
    facts.discoveredOn !== null &&
    Math.floor(facts.discoveredOn) < Math.floor(facts.date)
  ) {
    const message = `Discovered On ${isoFromSerial(facts.discoveredOn)} is before the incident's Date ${isoFromSerial(facts.date)}: the deadlines count from the day it was discovered`;
    out.push(model.finding("discoveredOn", row, "warning", RULE, message));
  }
  const closed = facts.status !== null && REPORTED_STATUSES.includes(facts.status);
  if (
    facts.breach === "Yes" &&
    facts.individualsAffected === null &&
    !closed &&
    discoveryDay(facts) !== null
  ) {
    const message =
      "How many individuals are affected? 500 or more means HHS within 60 days of discovery, fewer means within 60 days after year end (the earlier date is assumed)";
    out.push(model.finding("individualsAffected", row, "warning", RULE, message));
  }
}
