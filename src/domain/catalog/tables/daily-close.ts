import { PAYMENT_METHODS } from "../lists";
import type { TableSpec } from "../types";

export const dailyClose = {
  name: "DailyClose",
  sheet: "Daily Close",
  description:
    "End-of-day money count: what the day's patient payments say per method, and what was counted.",
  key: ["Date", "Method"],
  columns: [
    { header: "Date", key: "date", kind: "date", required: true, width: 12, description: "Day closed." },
    {
      header: "Method",
      key: "method",
      kind: "list",
      required: true,
      list: PAYMENT_METHODS,
      width: 9,
      description: "Payment method counted (Cash, Check, Card, ...).",
    },
    {
      header: "Expected",
      key: "expected",
      kind: "currency",
      required: true,
      width: 12,
      description: "Copays collected at the desk plus patient payments received that day, by this method.",
    },
    {
      header: "Counted",
      key: "counted",
      kind: "currency",
      required: true,
      width: 12,
      description: "Amount counted in the drawer or batch.",
    },
    {
      header: "Variance",
      key: "variance",
      kind: "currency",
      formula: "=[@Counted]-[@Expected]",
      width: 12,
      description: "Calculated: Counted - Expected (negative = short).",
    },
    { header: "Closed By", key: "closedBy", kind: "text", width: 16, description: "Who counted." },
    {
      header: "Closed At",
      key: "closedAt",
      kind: "datetime",
      width: 20,
      description: "When the day was closed.",
    },
  ],
} as const satisfies TableSpec;
