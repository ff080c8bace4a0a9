import { INCIDENT_STATUSES, INCIDENT_TYPES, YES_NO } from "../lists";
import type { TableSpec } from "../types";

export const incidents = {
  name: "Incidents",
  sheet: "Incidents",
  description:
    "Workplace injuries, privacy and security incidents, with their reporting deadlines (OSHA, HIPAA).",
  key: ["Incident ID"],
  columns: [
    {
      header: "Incident ID",
      key: "incidentId",
      kind: "id",
      required: true,
      width: 11,
      description: "Unique incident number.",
    },
    { header: "Date", key: "date", kind: "date", required: true, width: 12, description: "Day it happened." },
    {
      header: "Discovered On",
      key: "discoveredOn",
      kind: "date",
      width: 13,
      description: "Day the practice learned of it (starts the reporting clocks; blank: Date).",
    },
    {
      header: "Type",
      key: "type",
      kind: "list",
      required: true,
      list: INCIDENT_TYPES,
      width: 18,
      description: "Kind of incident.",
    },
    {
      header: "Description",
      key: "description",
      kind: "text",
      width: 40,
      description:
        "What happened. No patient names or other patient details: refer to a chart number if needed.",
    },
    { header: "Reported By", key: "reportedBy", kind: "text", width: 18, description: "Who reported it." },
    {
      header: "Breach",
      key: "breach",
      kind: "yesno",
      list: YES_NO,
      width: 8,
      description: "Yes for a breach of unsecured protected health information (HIPAA notices due).",
    },
    {
      header: "Individuals Affected",
      key: "individualsAffected",
      kind: "integer",
      min: 0,
      width: 11,
      description: "People whose information was breached (500 or more: HHS within 60 days).",
    },
    {
      header: "Notify By",
      key: "notifyBy",
      kind: "date",
      width: 12,
      description:
        "Deadline for the first notice or OSHA log entry (blank: computed by Validation and shown on Compliance).",
    },
    {
      header: "Notified On",
      key: "notifiedOn",
      kind: "date",
      width: 12,
      description: "Day the individuals were notified or the injury was entered on the OSHA 300 log.",
    },
    {
      header: "Status",
      key: "status",
      kind: "list",
      required: true,
      list: INCIDENT_STATUSES,
      width: 14,
      description: "Open, Under Review, Reported (every notice sent), Closed or Not Reportable.",
    },
  ],
} as const satisfies TableSpec;
