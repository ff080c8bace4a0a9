import type { TableSpec } from "../types";

export const claimLines = {
  name: "ClaimLines",
  sheet: "Claim Lines",
  description: "Service lines of each claim: procedure, units, charge, allowed and paid.",
  key: ["Claim ID", "Line"],
  columns: [
    { header: "Claim ID", key: "claimId", kind: "id", required: true, ref: { table: "Claims", column: "Claim ID" }, width: 14, description: "Claim the line belongs to (from Claims)." },
    { header: "Line", key: "line", kind: "integer", required: true, min: 1, width: 6, description: "Line number within the claim." },
    { header: "Code", key: "code", kind: "id", required: true, code: "procedure", width: 10, description: "CPT or HCPCS code." },
    { header: "Modifiers", key: "modifiers", kind: "id", code: "modifier-list", width: 10, description: "Up to four modifiers, separated by commas." },
    { header: "Diagnosis Pointers", key: "diagnosisPointers", kind: "text", width: 10, description: "Which of the claim's diagnoses apply, e.g. 1,2." },
    { header: "Units", key: "units", kind: "integer", required: true, min: 1, width: 7, description: "Units of service." },
    { header: "Charge", key: "charge", kind: "currency", required: true, min: 0, width: 12, description: "Billed amount for the line." },
    { header: "Allowed", key: "allowed", kind: "currency", min: 0, width: 12, description: "Amount the payer allowed for the line." },
    { header: "Paid", key: "paid", kind: "currency", min: 0, width: 12, description: "Amount the payer paid for the line." },
  ],
} as const satisfies TableSpec;
