import type { TableSpec } from "../types";

export const budget = {
  name: "Budget",
  sheet: "Budget",
  description: "Monthly budget per account: one row per account and month.",
  key: ["Account", "Month"],
  columns: [
    {
      header: "Account",
      key: "account",
      kind: "text",
      required: true,
      width: 20,
      description: "Budget account, e.g. Medical Supplies.",
    },
    {
      header: "Category",
      key: "category",
      kind: "text",
      width: 16,
      description: "Grouping, e.g. Operating or Payroll.",
    },
    {
      header: "Month",
      key: "month",
      kind: "month",
      required: true,
      width: 11,
      description: "Month (first day of the month).",
    },
    {
      header: "Amount",
      key: "amount",
      kind: "currency",
      required: true,
      min: 0,
      width: 12,
      description: "Budgeted amount for the month.",
    },
  ],
} as const satisfies TableSpec;
