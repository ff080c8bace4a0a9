import { CONTRACT_STATUSES, CONTRACT_TYPES, YES_NO } from "../lists";
import type { TableSpec } from "../types";

export const contracts = {
  name: "Contracts",
  sheet: "Contracts",
  description: "Vendor, payer, lease and service contracts with their renewal terms.",
  key: ["Contract ID"],
  columns: [
    { header: "Contract ID", key: "contractId", kind: "id", required: true, width: 12, description: "Unique contract code." },
    { header: "Counterparty", key: "counterparty", kind: "text", required: true, width: 24, description: "Who the contract is with." },
    { header: "Type", key: "type", kind: "list", list: CONTRACT_TYPES, width: 11, description: "Kind of contract." },
    { header: "Start Date", key: "startDate", kind: "date", width: 12, description: "First day of the term." },
    { header: "End Date", key: "endDate", kind: "date", width: 12, description: "Last day of the term." },
    { header: "Auto Renew", key: "autoRenew", kind: "yesno", list: YES_NO, width: 10, description: "Yes if it renews unless notice is given." },
    { header: "Notice (days)", key: "noticeDays", kind: "integer", min: 0, width: 9, description: "Days before End Date that notice must be given." },
    { header: "Annual Value", key: "annualValue", kind: "currency", min: 0, width: 13, description: "Cost or value per year." },
    { header: "Budget Account", key: "budgetAccount", kind: "text", ref: { table: "Budget", column: "Account" }, width: 16, description: "Budget account it is charged to (from Budget)." },
    { header: "Owner", key: "owner", kind: "text", width: 16, description: "Who manages the contract." },
    { header: "Status", key: "status", kind: "list", list: CONTRACT_STATUSES, width: 11, description: "Active, Pending, Expired or Terminated." },
  ],
} as const satisfies TableSpec;
