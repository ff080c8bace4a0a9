import { CREDENTIAL_STATUSES, CREDENTIAL_TYPES } from "../lists";
import type { TableSpec } from "../types";

export const credentials = {
  name: "Credentials",
  sheet: "Credentials",
  description:
    "Licenses, DEA registrations, certifications, malpractice cover and payer enrollments of providers and staff.",
  key: [],
  columns: [
    {
      header: "Person ID",
      key: "personId",
      kind: "id",
      required: true,
      width: 11,
      description: "Whose credential: a Provider ID or a Staff ID.",
    },
    {
      header: "Type",
      key: "type",
      kind: "list",
      required: true,
      list: CREDENTIAL_TYPES,
      width: 24,
      description: "Kind of credential.",
    },
    {
      header: "Number",
      key: "number",
      kind: "id",
      width: 16,
      description: "License, registration, policy or enrollment number.",
    },
    {
      header: "Issuer / State",
      key: "issuer",
      kind: "text",
      width: 18,
      description: "Issuing board, agency, carrier or state, e.g. CA Medical Board.",
    },
    {
      header: "Payer ID",
      key: "payerId",
      kind: "id",
      ref: { table: "Payers", column: "Payer ID" },
      width: 10,
      description: "Payer of a Payer Enrollment (from Payers).",
    },
    {
      header: "Effective On",
      key: "effectiveOn",
      kind: "date",
      width: 12,
      description: "First day the credential is valid.",
    },
    {
      header: "Expires On",
      key: "expiresOn",
      kind: "date",
      width: 12,
      description: "Last day it is valid (blank if it does not expire).",
    },
    {
      header: "Status",
      key: "status",
      kind: "list",
      list: CREDENTIAL_STATUSES,
      width: 11,
      description:
        "Pending, Suspended, Revoked and Inactive rows never count; the others count from Effective On to Expires On.",
    },
  ],
} as const satisfies TableSpec;
