import type { SampleContext } from "./context";
import type { Payer } from "./payers";
import type { StaffMember } from "./staff";
import { sequentialId } from "./rows";
import type { SampleRow } from "./types";
import { ACCOUNTS, type AccountKey, VENDORS } from "./vendors";

interface ContractTemplate {
  readonly counterparty: string;
  readonly type: SampleRow<"Contracts">["type"];
  readonly account: AccountKey | null;
  /** Term length in years. */
  readonly years: number;
  /** End date relative to asOf, in days (negative: already ended). */
  readonly endsIn: number;
  readonly autoRenew: boolean;
  readonly noticeDays: number;
  /** Dollars per year for a six-provider practice. */
  readonly annualValue: number;
  readonly owner: "manager" | "biller";
}

/**
 * A dozen contracts chosen to exercise the renewal views: some end within 180 days, some
 * auto-renew and are inside their notice window today, one has expired, one starts soon.
 */
function templates(payers: readonly Payer[]): ContractTemplate[] {
  const commercial = payers.filter((p) => p.type === "Commercial");
  const vendorContracts: ContractTemplate[] = [
    {
      counterparty: VENDORS.landlord.name,
      type: "Lease",
      account: "rent",
      years: 5,
      endsIn: 150,
      autoRenew: false,
      noticeDays: 180,
      annualValue: 114_000,
      owner: "manager",
    },
    {
      counterparty: VENDORS.ehr.name,
      type: "Service",
      account: "it",
      years: 3,
      endsIn: 40,
      autoRenew: true,
      noticeDays: 60,
      annualValue: 23_000,
      owner: "manager",
    },
    {
      counterparty: VENDORS.it.name,
      type: "Service",
      account: "it",
      years: 1,
      endsIn: 200,
      autoRenew: true,
      noticeDays: 30,
      annualValue: 15_400,
      owner: "manager",
    },
    {
      counterparty: VENDORS.cleaning.name,
      type: "Service",
      account: "maintenance",
      years: 2,
      endsIn: 95,
      autoRenew: true,
      noticeDays: 30,
      annualValue: 21_600,
      owner: "manager",
    },
    {
      counterparty: VENDORS.medical.name,
      type: "Vendor",
      account: "medicalSupplies",
      years: 3,
      endsIn: 300,
      autoRenew: true,
      noticeDays: 90,
      annualValue: 30_000,
      owner: "manager",
    },
    {
      counterparty: VENDORS.lab.name,
      type: "Service",
      account: "lab",
      years: 2,
      endsIn: 170,
      autoRenew: false,
      noticeDays: 60,
      annualValue: 12_000,
      owner: "manager",
    },
    {
      counterparty: VENDORS.insurance.name,
      type: "Service",
      account: "insurance",
      years: 1,
      endsIn: 75,
      autoRenew: false,
      noticeDays: 30,
      annualValue: 31_200,
      owner: "manager",
    },
    {
      counterparty: VENDORS.marketing.name,
      type: "Service",
      account: "marketing",
      years: 1,
      endsIn: -20,
      autoRenew: false,
      noticeDays: 30,
      annualValue: 9_000,
      owner: "manager",
    },
    {
      counterparty: VENDORS.payroll.name,
      type: "Service",
      account: "professionalFees",
      years: 3,
      endsIn: 400,
      autoRenew: true,
      noticeDays: 60,
      annualValue: 6_000,
      owner: "manager",
    },
  ];
  const payerContracts = commercial.slice(0, 3).map((p, i): ContractTemplate => ({
    counterparty: p.name,
    type: "Payer",
    account: null,
    years: 3,
    endsIn: [60, 500, 1_100][i] ?? 500,
    autoRenew: true,
    noticeDays: [90, 120, 90][i] ?? 90,
    annualValue: 0,
    owner: "biller",
  }));
  return [...vendorContracts, ...payerContracts];
}

export function contractRows(
  context: SampleContext,
  payers: readonly Payer[],
  staff: readonly StaffMember[],
): SampleRow<"Contracts">[] {
  const manager = staff.find((s) => s.role === "Practice Manager");
  const biller = staff.find((s) => s.role === "Biller") ?? manager;
  const nameOf = (s: StaffMember | undefined) => (s === undefined ? "" : `${s.firstName} ${s.lastName}`);
  return templates(payers).map((t, i) => {
    const endDate = context.asOf + t.endsIn;
    // Terms run whole years: the day after the end, `years` earlier.
    const startDate = endDate - Math.round(t.years * 365.25) + 1;
    return {
      contractId: sequentialId("CT", i + 1, 3),
      counterparty: t.counterparty,
      type: t.type,
      startDate,
      endDate,
      autoRenew: t.autoRenew ? "Yes" : "No",
      noticeDays: t.noticeDays,
      annualValue: t.annualValue === 0 ? "" : Math.round(t.annualValue * Math.max(0.5, context.scale)),
      budgetAccount: t.account === null ? "" : ACCOUNTS[t.account].account,
      owner: nameOf(t.owner === "biller" ? biller : manager),
      status: endDate < context.asOf ? "Expired" : startDate > context.asOf ? "Pending" : "Active",
    };
  });
}
