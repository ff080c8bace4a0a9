import type { TableSpec } from "../types";

export const timeOff = {
  name: "TimeOff",
  sheet: "Time Off",
  description: "When a provider is away (vacation, meetings, on call): no slot is offered in between.",
  key: [],
  columns: [
    {
      header: "Provider ID",
      key: "providerId",
      kind: "id",
      required: true,
      ref: { table: "Providers", column: "Provider ID" },
      width: 12,
      description: "Who is away (from Providers).",
    },
    {
      header: "From",
      key: "from",
      kind: "datetime",
      required: true,
      width: 20,
      description: "First moment away: date and time (a date alone means from midnight).",
    },
    {
      header: "To",
      key: "to",
      kind: "datetime",
      required: true,
      width: 20,
      description: "Back at this moment: date and time (a date alone means midnight, the start of that day).",
    },
    { header: "Reason", key: "reason", kind: "text", width: 24, description: "Why, e.g. Vacation." },
  ],
} as const satisfies TableSpec;
