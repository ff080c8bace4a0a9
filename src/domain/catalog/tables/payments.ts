import { ADJUSTMENT_GROUPS, PAYMENT_METHODS, PAYMENT_SOURCES } from "../lists";
import type { TableSpec } from "../types";

export const payments = {
  name: "Payments",
  sheet: "Payments",
  description: "Money received per claim, from remittances (ERA), patients or manual posting.",
  key: ["Payment ID"],
  columns: [
    { header: "Payment ID", key: "paymentId", kind: "id", required: true, width: 14, description: "Unique payment number." },
    { header: "Claim ID", key: "claimId", kind: "id", ref: { table: "Claims", column: "Claim ID" }, width: 14, description: "Claim paid (from Claims)." },
    { header: "Payer ID", key: "payerId", kind: "id", ref: { table: "Payers", column: "Payer ID" }, width: 12, description: "Who paid (from Payers; blank for a patient)." },
    { header: "Received On", key: "receivedOn", kind: "date", required: true, width: 12, description: "Date the money arrived." },
    { header: "Amount", key: "amount", kind: "currency", required: true, width: 12, description: "Amount received (negative for a reversal)." },
    { header: "Method", key: "method", kind: "list", list: PAYMENT_METHODS, width: 9, description: "EFT, Check, Card, Cash or Other." },
    { header: "Reference", key: "reference", kind: "id", width: 18, description: "Check or EFT trace number." },
    { header: "Source", key: "source", kind: "list", list: PAYMENT_SOURCES, width: 9, description: "ERA (imported 835), Manual or Patient." },
    { header: "Adjustment Group", key: "adjustmentGroup", kind: "list", list: ADJUSTMENT_GROUPS, code: "group", width: 11, description: "CAS group: CO, PR, OA or PI." },
    { header: "Adjustment Reason", key: "adjustmentReason", kind: "id", code: "carc", width: 11, description: "Claim Adjustment Reason Code, e.g. 45." },
    { header: "Adjustment Amount", key: "adjustmentAmount", kind: "currency", width: 12, description: "Amount adjusted for that group and reason." },
  ],
} as const satisfies TableSpec;
