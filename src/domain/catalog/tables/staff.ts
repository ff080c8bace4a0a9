import { STAFF_ROLES, YES_NO } from "../lists";
import type { TableSpec } from "../types";

export const staff = {
  name: "Staff",
  sheet: "Staff",
  description: "Everyone who works at the practice (for training and compliance).",
  key: ["Staff ID"],
  columns: [
    {
      header: "Staff ID",
      key: "staffId",
      kind: "id",
      required: true,
      width: 12,
      description: "Short unique code, e.g. S001.",
    },
    {
      header: "Name",
      key: "name",
      kind: "text",
      required: true,
      width: 24,
      description: "Staff member's name.",
    },
    { header: "Role", key: "role", kind: "list", list: STAFF_ROLES, width: 20, description: "Job role." },
    { header: "Email", key: "email", kind: "email", width: 28, description: "Work email address." },
    { header: "Hire Date", key: "hireDate", kind: "date", width: 12, description: "First day of work." },
    {
      header: "Active",
      key: "active",
      kind: "yesno",
      list: YES_NO,
      width: 8,
      description: "No for staff who have left.",
    },
  ],
} as const satisfies TableSpec;
