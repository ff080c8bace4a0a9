import type { TableSpec } from "../types";

export const feeSchedule = {
  name: "FeeSchedule",
  sheet: "Fee Schedule",
  description: "Contracted allowed amounts per payer and procedure code.",
  key: ["Payer ID", "Code", "Modifier", "Effective From"],
  columns: [
    {
      header: "Payer ID",
      key: "payerId",
      kind: "id",
      required: true,
      ref: { table: "Payers", column: "Payer ID" },
      width: 12,
      description: "Payer (from Payers).",
    },
    {
      header: "Code",
      key: "code",
      kind: "id",
      required: true,
      code: "procedure",
      width: 10,
      description: "CPT or HCPCS code.",
    },
    {
      header: "Modifier",
      key: "modifier",
      kind: "id",
      code: "modifier",
      width: 10,
      description: "Modifier the rate applies to (blank for none).",
    },
    {
      header: "Allowed Amount",
      key: "allowedAmount",
      kind: "currency",
      required: true,
      min: 0,
      width: 14,
      description: "Contracted rate per unit.",
    },
    {
      header: "Effective From",
      key: "effectiveFrom",
      kind: "date",
      width: 13,
      description: "First day the rate applies.",
    },
    {
      header: "Effective To",
      key: "effectiveTo",
      kind: "date",
      width: 13,
      description: "Last day the rate applies (blank: open-ended).",
    },
  ],
} as const satisfies TableSpec;
