import { appointments } from "./tables/appointments";
import { budget } from "./tables/budget";
import { campaigns } from "./tables/campaigns";
import { claimActivity } from "./tables/claim-activity";
import { claimLines } from "./tables/claim-lines";
import { claims } from "./tables/claims";
import { contracts } from "./tables/contracts";
import { credentials } from "./tables/credentials";
import { expenses } from "./tables/expenses";
import { feeSchedule } from "./tables/fee-schedule";
import { incidents } from "./tables/incidents";
import { inventory } from "./tables/inventory";
import { payers } from "./tables/payers";
import { payments } from "./tables/payments";
import { providers } from "./tables/providers";
import { purchaseOrders } from "./tables/purchase-orders";
import { recordsRequests } from "./tables/records-requests";
import { rvu } from "./tables/rvu";
import { staff } from "./tables/staff";
import { training } from "./tables/training";
import { timeOff } from "./tables/time-off";
import { holidays } from "./tables/holidays";
import { dailyClose } from "./tables/daily-close";
import { vendors } from "./tables/vendors";
import type { ColumnSpec, TableName, TableSpec } from "./types";

export * from "./types";
export * from "./row-types";

/** The specs, in the order setup creates their sheets. */
export const CATALOG = {
  Providers: providers,
  Staff: staff,
  Training: training,
  Appointments: appointments,
  Payers: payers,
  FeeSchedule: feeSchedule,
  Claims: claims,
  ClaimLines: claimLines,
  Payments: payments,
  Inventory: inventory,
  PurchaseOrders: purchaseOrders,
  Vendors: vendors,
  Contracts: contracts,
  Budget: budget,
  Expenses: expenses,
  Campaigns: campaigns,
  RecordsRequests: recordsRequests,
  Credentials: credentials,
  Incidents: incidents,
  RVU: rvu,
  ClaimActivity: claimActivity,
  TimeOff: timeOff,
  Holidays: holidays,
  DailyClose: dailyClose,
} as const satisfies Record<TableName, TableSpec>;

export type Catalog = typeof CATALOG;

export const TABLE_SPECS: readonly TableSpec[] = Object.values(CATALOG);

export function tableSpec(name: TableName): TableSpec {
  return CATALOG[name];
}

export function findTableSpec(name: string): TableSpec | undefined {
  return TABLE_SPECS.find((t) => t.name.toLowerCase() === name.toLowerCase());
}

export function columnSpec(table: TableSpec, header: string): ColumnSpec | undefined {
  const wanted = normalizeHeader(header);
  return table.columns.find((c) => normalizeHeader(c.header) === wanted);
}

/** Headers match regardless of case and surrounding or repeated spaces (users retype them). */
export function normalizeHeader(header: string): string {
  return header.trim().replace(/\s+/g, " ").toLowerCase();
}
