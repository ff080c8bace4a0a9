import { CLAIM_STATUSES } from "../lists";
import type { TableSpec } from "../types";

export const claims = {
  name: "Claims",
  sheet: "Claims",
  description: "Insurance claims: one row per claim, with what was allowed, paid and still owed.",
  key: ["Claim ID"],
  columns: [
    { header: "Claim ID", key: "claimId", kind: "id", required: true, width: 14, description: "Practice's claim number (CLP01 in remittances)." },
    { header: "Patient Ref", key: "patientRef", kind: "id", required: true, width: 12, description: "Chart or account number." },
    { header: "Payer ID", key: "payerId", kind: "id", required: true, ref: { table: "Payers", column: "Payer ID" }, width: 12, description: "Payer billed (from Payers)." },
    { header: "Provider ID", key: "providerId", kind: "id", required: true, ref: { table: "Providers", column: "Provider ID" }, width: 12, description: "Rendering provider (from Providers)." },
    { header: "Service Date", key: "serviceDate", kind: "date", required: true, width: 12, description: "Date of service (starts the A/R age)." },
    { header: "Diagnosis Codes", key: "diagnosisCodes", kind: "text", code: "icd10-list", width: 20, description: "ICD-10-CM codes, separated by commas." },
    { header: "Total Charge", key: "totalCharge", kind: "currency", required: true, min: 0, width: 13, description: "Sum of the line charges." },
    { header: "Status", key: "status", kind: "list", required: true, list: CLAIM_STATUSES, width: 14, description: "Where the claim stands." },
    { header: "Submitted On", key: "submittedOn", kind: "date", width: 13, description: "Date the claim was sent to the payer." },
    { header: "Allowed", key: "allowed", kind: "currency", min: 0, width: 12, description: "Amount the payer allowed." },
    { header: "Paid", key: "paid", kind: "currency", min: 0, width: 12, description: "Amount the payer paid." },
    { header: "Adjustment", key: "adjustment", kind: "currency", min: 0, width: 12, description: "Contractual and other write-offs." },
    { header: "Patient Responsibility", key: "patientResponsibility", kind: "currency", min: 0, width: 14, description: "Deductible, coinsurance and copay owed by the patient." },
    { header: "Balance", key: "balance", kind: "currency", formula: "=[@[Total Charge]]-[@Paid]-[@Adjustment]", width: 12, description: "Calculated: Total Charge - Paid - Adjustment." },
    { header: "Denial Reason", key: "denialReason", kind: "text", width: 22, description: "Reason code and text when denied, e.g. CO-29 timely filing." },
    { header: "Last Activity", key: "lastActivity", kind: "date", width: 13, description: "Date of the last submission, payment or follow-up." },
  ],
} as const satisfies TableSpec;
