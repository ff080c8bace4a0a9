/** Compliance sheet sections for credentials (expiring, expired, missing) and open incidents with their deadlines. */
import { columnLetter } from "../a1";
import type { SheetBuilder } from "../builder";
import { CREDENTIAL_DEFINITIONS, type CredentialAlert, type MissingCredential } from "../figures/credentials";
import { INCIDENT_DEFINITIONS, type IncidentLine } from "../figures/incidents";
import { ATTENTION } from "../style";
import { DEFINITIONS as D } from "../definitions";
import { CREDENTIAL_WARN_DAYS } from "../../metrics/credentials";

export function addCredentialSections(
  b: SheetBuilder,
  alerts: readonly CredentialAlert[],
  missing: readonly MissingCredential[],
): void {
  const expired = alerts.filter((a) => a.expired).length;
  b.section(
    `Credentials expired (${expired}) or ending within ${CREDENTIAL_WARN_DAYS} days (${alerts.length - expired})`,
  );
  const t = b.table([
    { header: "Person", width: 24 },
    { header: "Person ID", format: "text", width: 10 },
    { header: "Type", width: 24 },
    { header: "Payer ID", format: "text" },
    { header: "Number", format: "text" },
    { header: "Issuer / State", width: 18 },
    { header: "Ends On", format: "date", width: 12 },
    { header: "Days Left", format: "integer", width: 10 },
    { header: "State", width: 10 },
  ]);
  for (const a of alerts) {
    t.add([
      a.name ?? a.personId,
      a.personId,
      a.type,
      a.payerId,
      a.number,
      a.issuer,
      a.endsOn,
      a.daysLeft,
      a.expired ? "Expired" : "Expiring",
    ]);
  }
  if (alerts.length === 0) t.add(["No credential is expired or ending soon"], "note");
  t.end();
  if (alerts.length > 0) {
    b.conditionalFormat({
      rect: { row: t.firstRow, col: 0, rows: alerts.length, cols: 9 },
      formula: `=AND(ISNUMBER($${columnLetter(7)}${t.firstRow + 1}),$${columnLetter(7)}${t.firstRow + 1}<0)`,
      ...ATTENTION,
      meaning: "expired credential",
    });
  }
  b.note(`${CREDENTIAL_DEFINITIONS.alerts} ${D.daysLeft}`);

  b.section(`Missing licenses and payer enrollments (${missing.length})`);
  const m = b.table([
    { header: "Provider", width: 24 },
    { header: "Provider ID", format: "text" },
    { header: "Missing", width: 24 },
    { header: "Payer ID", format: "text" },
    { header: "On File" },
  ]);
  for (const x of missing) m.add([x.name ?? x.providerId, x.providerId, x.type, x.payerId, x.onFile]);
  if (missing.length === 0)
    m.add(["Every active provider holds the licenses and enrollments on file"], "note");
  m.end();
  b.note(CREDENTIAL_DEFINITIONS.missing);
}

export function addIncidentSection(b: SheetBuilder, lines: readonly IncidentLine[]): void {
  const incidents = new Set(lines.map((l) => l.incident)).size;
  const overdue = lines.filter((l) => l.daysLeft !== null && l.daysLeft < 0).length;
  b.section(`Open incidents (${incidents}) and reporting deadlines overdue (${overdue})`);
  const t = b.table([
    { header: "Incident ID", format: "text" },
    { header: "Date", format: "date", width: 12 },
    { header: "Type", width: 18 },
    { header: "Breach" },
    { header: "Individuals", format: "integer" },
    { header: "Deadline", width: 36 },
    { header: "Due On", format: "date", width: 12 },
    { header: "Notify By", format: "date", width: 12 },
    { header: "Notify By Is" },
    { header: "Days Left", format: "integer", width: 10 },
    { header: "Status" },
  ]);
  for (const l of lines) {
    t.add([
      l.incident.incidentId,
      l.incident.date,
      l.incident.type,
      l.incident.breach,
      l.incident.individualsAffected,
      l.deadline ?? "No legal deadline",
      l.dueOn,
      l.notifyBy,
      l.notifyBy === null ? null : l.notifyByComputed ? "Computed" : "Entered",
      l.daysLeft,
      l.incident.status,
    ]);
  }
  if (lines.length === 0) t.add(["No open incidents"], "note");
  t.end();
  if (lines.length > 0) {
    b.conditionalFormat({
      rect: { row: t.firstRow, col: 0, rows: lines.length, cols: 11 },
      formula: `=AND(ISNUMBER($${columnLetter(9)}${t.firstRow + 1}),$${columnLetter(9)}${t.firstRow + 1}<0)`,
      ...ATTENTION,
      meaning: "overdue incident deadline",
    });
  }
  b.note(`${INCIDENT_DEFINITIONS.open} ${D.daysLeft}`);
}
