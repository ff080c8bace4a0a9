import { CLAIM_ACTIVITY_ACTIONS } from "../revenue-cycle-lists";
import type { TableSpec } from "../types";

export const claimActivity = {
  name: "ClaimActivity",
  sheet: "Claim Activity",
  description: "Follow-up on claims: calls, appeals, write-offs and underpayments, one row per action.",
  key: [],
  columns: [
    {
      header: "Claim ID",
      key: "claimId",
      kind: "id",
      required: true,
      ref: { table: "Claims", column: "Claim ID" },
      width: 14,
      description: "Claim the action is about (from Claims).",
    },
    {
      header: "Date",
      key: "date",
      kind: "date",
      required: true,
      width: 12,
      description: "Day of the action.",
    },
    { header: "By", key: "by", kind: "text", width: 14, description: "Who did it (initials or name)." },
    {
      header: "Action",
      key: "action",
      kind: "list",
      required: true,
      list: CLAIM_ACTIVITY_ACTIONS,
      width: 18,
      description: "What was done.",
    },
    {
      header: "Amount",
      key: "amount",
      kind: "currency",
      width: 12,
      description: "Amount involved, e.g. the shortfall of an underpayment or a write-off.",
    },
    {
      header: "Note",
      key: "note",
      kind: "text",
      width: 40,
      description: "What was said or agreed (no clinical detail).",
    },
    {
      header: "Next Follow-up",
      key: "nextFollowUp",
      kind: "date",
      width: 13,
      description: "When to look at the claim again.",
    },
  ],
} as const satisfies TableSpec;
