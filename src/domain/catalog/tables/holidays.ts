import type { TableSpec } from "../types";

export const holidays = {
  name: "Holidays",
  sheet: "Holidays",
  description: "Days the practice is closed: no slot is offered on them.",
  key: ["Date"],
  columns: [
    {
      header: "Date",
      key: "date",
      kind: "date",
      required: true,
      width: 12,
      description: "Day the practice is closed.",
    },
    { header: "Name", key: "name", kind: "text", width: 24, description: "e.g. Independence Day." },
  ],
} as const satisfies TableSpec;
