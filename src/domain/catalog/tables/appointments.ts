import { APPOINTMENT_STATUSES, APPOINTMENT_TYPES } from "../lists";
import type { TableSpec } from "../types";

export const appointments = {
  name: "Appointments",
  sheet: "Appointments",
  description: "The schedule: one row per appointment.",
  key: ["Appointment ID"],
  columns: [
    { header: "Appointment ID", key: "appointmentId", kind: "id", required: true, width: 15, description: "Unique appointment number." },
    { header: "Date", key: "date", kind: "date", required: true, width: 12, description: "Day of the appointment." },
    { header: "Start", key: "start", kind: "time", required: true, width: 8, description: "Start time." },
    { header: "Duration (min)", key: "durationMin", kind: "integer", required: true, min: 1, width: 10, description: "Length in minutes." },
    { header: "Provider ID", key: "providerId", kind: "id", required: true, ref: { table: "Providers", column: "Provider ID" }, width: 12, description: "Who sees the patient (from Providers)." },
    { header: "Patient Ref", key: "patientRef", kind: "id", required: true, width: 12, description: "Chart or account number (never the patient's name)." },
    { header: "Type", key: "type", kind: "list", list: APPOINTMENT_TYPES, width: 15, description: "Visit type." },
    { header: "Room", key: "room", kind: "text", width: 8, description: "Exam room." },
    { header: "Status", key: "status", kind: "list", required: true, list: APPOINTMENT_STATUSES, width: 12, description: "Where the appointment stands." },
    { header: "Referral Source", key: "referralSource", kind: "text", width: 18, description: "How a new patient found the practice (a campaign name counts for marketing)." },
    { header: "Notes", key: "notes", kind: "text", width: 30, description: "Scheduling notes (no clinical detail)." },
  ],
} as const satisfies TableSpec;
