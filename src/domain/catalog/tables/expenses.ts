import type { TableSpec } from "../types";

export const expenses = {
  name: "Expenses",
  sheet: "Expenses",
  description: "Money spent, charged to a budget account.",
  key: [],
  columns: [
    {
      header: "Date",
      key: "date",
      kind: "date",
      required: true,
      width: 12,
      description: "Invoice or purchase date.",
    },
    {
      header: "Account",
      key: "account",
      kind: "text",
      required: true,
      ref: { table: "Budget", column: "Account" },
      width: 20,
      description: "Budget account (from Budget).",
    },
    {
      header: "Vendor ID",
      key: "vendorId",
      kind: "id",
      ref: { table: "Vendors", column: "Vendor ID" },
      width: 11,
      description: "Vendor (from Vendors).",
    },
    { header: "Description", key: "description", kind: "text", width: 28, description: "What was bought." },
    {
      header: "Amount",
      key: "amount",
      kind: "currency",
      required: true,
      min: 0,
      width: 12,
      description: "Amount spent.",
    },
    {
      header: "Invoice No",
      key: "invoiceNo",
      kind: "id",
      width: 13,
      description: "Vendor's invoice number.",
    },
    {
      header: "Paid On",
      key: "paidOn",
      kind: "date",
      width: 12,
      description: "Date it was paid (blank if unpaid).",
    },
  ],
} as const satisfies TableSpec;
