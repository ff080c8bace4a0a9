import { YES_NO } from "../lists";
import type { TableSpec } from "../types";

export const training = {
  name: "Training",
  sheet: "Training",
  description: "Courses staff completed (HIPAA, OSHA, CPR, ...) and when they expire.",
  key: [],
  columns: [
    {
      header: "Staff ID",
      key: "staffId",
      kind: "id",
      required: true,
      ref: { table: "Staff", column: "Staff ID" },
      width: 12,
      description: "Who took the course (from Staff).",
    },
    {
      header: "Course",
      key: "course",
      kind: "text",
      required: true,
      width: 28,
      description: "Course name, e.g. HIPAA Privacy.",
    },
    {
      header: "Completed On",
      key: "completedOn",
      kind: "date",
      width: 13,
      description: "Date the course was completed.",
    },
    {
      header: "Expires On",
      key: "expiresOn",
      kind: "date",
      width: 13,
      description: "Date the certificate expires (blank if it does not).",
    },
    {
      header: "Required",
      key: "required",
      kind: "yesno",
      list: YES_NO,
      width: 10,
      description: "Yes if the role requires this course.",
    },
  ],
} as const satisfies TableSpec;
