import { PAYER_TYPES } from "../lists";
import type { TableSpec } from "../types";

export const payers = {
  name: "Payers",
  sheet: "Payers",
  description: "Insurance companies and other payers, with their timely filing limits.",
  key: ["Payer ID"],
  columns: [
    {
      header: "Payer ID",
      key: "payerId",
      kind: "id",
      required: true,
      width: 12,
      description: "Short unique code, e.g. AETNA.",
    },
    { header: "Name", key: "name", kind: "text", required: true, width: 26, description: "Payer name." },
    {
      header: "Type",
      key: "type",
      kind: "list",
      list: PAYER_TYPES,
      width: 12,
      description: "Commercial, Medicare, Medicaid, Self-Pay or Other.",
    },
    {
      header: "Timely Filing (days)",
      key: "timelyFilingDays",
      kind: "integer",
      min: 0,
      width: 12,
      description: "Days after service a claim must be filed.",
    },
    {
      header: "X12 Payer ID",
      key: "x12PayerId",
      kind: "id",
      width: 14,
      description: "Payer's identifier in electronic remittances (835 N1*PR).",
    },
    {
      header: "Appeal Window (days)",
      key: "appealWindowDays",
      kind: "integer",
      min: 0,
      width: 12,
      description: "Days after a denial's remittance date to file an appeal (blank: 90 days).",
    },
  ],
} as const satisfies TableSpec;
