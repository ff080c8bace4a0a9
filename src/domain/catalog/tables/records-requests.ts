import { RECORDS_REQUEST_STATUSES } from "../lists";
import type { TableSpec } from "../types";

export const recordsRequests = {
  name: "RecordsRequests",
  sheet: "Records Requests",
  description: "Requests for copies of medical records, with their 30-day due dates.",
  key: ["Request ID"],
  columns: [
    {
      header: "Request ID",
      key: "requestId",
      kind: "id",
      required: true,
      width: 12,
      description: "Unique request number.",
    },
    {
      header: "Patient Ref",
      key: "patientRef",
      kind: "id",
      required: true,
      width: 12,
      description: "Chart or account number.",
    },
    {
      header: "Requested By",
      key: "requestedBy",
      kind: "text",
      width: 20,
      description: "Patient, attorney, insurer, another provider, ...",
    },
    {
      header: "Received On",
      key: "receivedOn",
      kind: "date",
      required: true,
      width: 12,
      description: "Date the request arrived.",
    },
    {
      header: "Due On",
      key: "dueOn",
      kind: "date",
      width: 12,
      description: "Date it must be answered (Received On + 30 days if blank).",
    },
    {
      header: "Fulfilled On",
      key: "fulfilledOn",
      kind: "date",
      width: 12,
      description: "Date the records were sent.",
    },
    {
      header: "Status",
      key: "status",
      kind: "list",
      required: true,
      list: RECORDS_REQUEST_STATUSES,
      width: 11,
      description: "Open, In Progress, Fulfilled, Denied or Canceled.",
    },
  ],
} as const satisfies TableSpec;
