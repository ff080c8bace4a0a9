import { YES_NO } from "../lists";
import type { TableSpec } from "../types";

export const providers = {
  name: "Providers",
  sheet: "Providers",
  description: "Clinicians who see patients, with their working days and hours.",
  key: ["Provider ID"],
  columns: [
    {
      header: "Provider ID",
      key: "providerId",
      kind: "id",
      required: true,
      width: 12,
      description: "Short unique code, e.g. P001.",
    },
    {
      header: "Name",
      key: "name",
      kind: "text",
      required: true,
      width: 24,
      description: "Provider's name as shown on schedules.",
    },
    {
      header: "NPI",
      key: "npi",
      kind: "id",
      code: "npi",
      width: 13,
      description: "10-digit National Provider Identifier (check digit verified).",
    },
    {
      header: "Specialty",
      key: "specialty",
      kind: "text",
      width: 18,
      description: "Specialty, e.g. Family Medicine.",
    },
    {
      header: "Work Days",
      key: "workDays",
      kind: "text",
      code: "weekdays",
      width: 22,
      description: "Days the provider sees patients, e.g. Mon,Tue,Wed,Thu,Fri.",
    },
    {
      header: "Day Start",
      key: "dayStart",
      kind: "time",
      width: 10,
      description: "First bookable time of the day.",
    },
    { header: "Day End", key: "dayEnd", kind: "time", width: 10, description: "End of the bookable day." },
    {
      header: "Active",
      key: "active",
      kind: "yesno",
      list: YES_NO,
      width: 8,
      description: "No for providers who have left.",
    },
  ],
} as const satisfies TableSpec;
