/**
 * Compliance: required training expired or expiring per staff member; open and overdue records requests;
 * credentials expired, ending or missing; open incidents with their reporting deadlines.
 */
import type { TableName } from "../../catalog";
import { columnLetter } from "../a1";
import { DEFINITIONS as D } from "../definitions";
import {
  openRecordsRequests,
  RECORDS_DUE_DAYS,
  trainingAlerts,
  TRAINING_WARNING_DAYS,
  type OpenRecordsRequest,
  type TrainingAlert,
} from "../figures/compliance";
import {
  credentialAlerts,
  missingCredentials,
  type CredentialAlert,
  type MissingCredential,
} from "../figures/credentials";
import { openIncidents, type IncidentLine } from "../figures/incidents";
import type { SummaryInput } from "../inputs";
import { rowsOf } from "../inputs";
import type { SheetModel } from "../model";
import { ATTENTION } from "../style";
import { startSheet } from "./common";
import { addCredentialSections, addIncidentSection } from "./compliance-credentials";

export const COMPLIANCE = { id: "compliance", name: "Compliance", title: "Compliance" } as const;
export const COMPLIANCE_TABLES: readonly TableName[] = [
  "Staff",
  "Training",
  "RecordsRequests",
  "Credentials",
  "Incidents",
  "Providers",
];

export interface ComplianceFigures {
  readonly training: readonly TrainingAlert[];
  readonly requests: readonly OpenRecordsRequest[];
  readonly credentials: readonly CredentialAlert[];
  readonly missingCredentials: readonly MissingCredential[];
  readonly incidents: readonly IncidentLine[];
}

export function computeCompliance(input: SummaryInput): ComplianceFigures {
  return {
    training: trainingAlerts(rowsOf(input.tables, "Training"), rowsOf(input.tables, "Staff"), input.asOf),
    requests: openRecordsRequests(rowsOf(input.tables, "RecordsRequests"), input.asOf),
    credentials: credentialAlerts(
      rowsOf(input.tables, "Credentials"),
      rowsOf(input.tables, "Providers"),
      rowsOf(input.tables, "Staff"),
      input.asOf,
    ),
    missingCredentials: missingCredentials(
      rowsOf(input.tables, "Credentials"),
      rowsOf(input.tables, "Providers"),
      input.asOf,
    ),
    incidents: openIncidents(rowsOf(input.tables, "Incidents"), input.asOf),
  };
}

export function complianceSheet(input: SummaryInput): SheetModel {
  return layoutCompliance(input, computeCompliance(input));
}

export function layoutCompliance(input: SummaryInput, f: ComplianceFigures): SheetModel {
  const b = startSheet(COMPLIANCE, input, COMPLIANCE_TABLES);
  const staffCount = new Set(f.training.map((t) => t.staffId.toLowerCase())).size;
  b.section(
    `Required training expired or expiring within ${TRAINING_WARNING_DAYS} days (${staffCount} staff)`,
  );
  const t = b.table([
    { header: "Staff", width: 24 },
    { header: "Staff ID", format: "text", width: 10 },
    { header: "Role", width: 18 },
    { header: "Course", width: 28 },
    { header: "Completed On", format: "date", width: 12 },
    { header: "Expires On", format: "date", width: 12 },
    { header: "Days Left", format: "integer", width: 10 },
    { header: "State", width: 10 },
  ]);
  for (const a of f.training) {
    t.add([
      a.staff?.name ?? a.staffId,
      a.staffId,
      a.staff?.role ?? null,
      a.course,
      a.completedOn,
      a.expiresOn,
      a.daysLeft,
      a.expired ? "Expired" : "Expiring",
    ]);
  }
  if (f.training.length === 0) t.add(["No required training is expired or expiring"], "note");
  t.end();
  if (f.training.length > 0) {
    b.conditionalFormat({
      rect: { row: t.firstRow, col: 0, rows: f.training.length, cols: 8 },
      formula: `=$${columnLetter(6)}${t.firstRow + 1}<0`,
      ...ATTENTION,
      meaning: "expired training",
    });
  }
  b.note(`${D.trainingDue} ${D.daysLeft} Most urgent first.`);

  const overdue = f.requests.filter((r) => r.overdue).length;
  b.section(`Records requests open (${f.requests.length}) and overdue (${overdue})`);
  const r = b.table([
    { header: "Request ID", format: "text" },
    { header: "Patient Ref", format: "text" },
    { header: "Requested By" },
    { header: "Received On", format: "date" },
    { header: "Due On", format: "date" },
    { header: "Days Left", format: "integer" },
    { header: "Status" },
    { header: "State" },
  ]);
  for (const q of f.requests) {
    r.add([
      q.request.requestId,
      q.request.patientRef,
      q.request.requestedBy,
      q.request.receivedOn,
      q.dueOn,
      -q.daysOverdue || 0, // never -0
      q.request.status,
      q.overdue ? "Overdue" : "Open",
    ]);
  }
  if (f.requests.length === 0) r.add(["No open records requests"], "note");
  r.end();
  if (f.requests.length > 0) {
    b.conditionalFormat({
      rect: { row: r.firstRow, col: 0, rows: f.requests.length, cols: 8 },
      formula: `=$${columnLetter(5)}${r.firstRow + 1}<0`,
      ...ATTENTION,
      meaning: "overdue request",
    });
  }
  b.note(`${D.recordsOverdue} ${D.daysLeft} HIPAA allows ${RECORDS_DUE_DAYS} days to answer.`);
  addCredentialSections(b, f.credentials, f.missingCredentials);
  addIncidentSection(b, f.incidents);
  return b.build();
}
