import { addMonths, ymdFromSerial } from "../dates/excel-dates";
import { monthsBetween } from "./calendar";
import type { SampleContext } from "./context";
import type { Campaign } from "./marketing";
import type { Random } from "./random";
import { dollars } from "./rows";
import type { StaffMember } from "./staff";
import type { Item, ReceivedOrder } from "./supplies";
import type { SampleRow } from "./types";
import { ACCOUNTS, type AccountKey, VENDORS, type Vendor } from "./vendors";

/** Monthly budget per account, in whole dollars. */
type MonthlyBudget = Record<AccountKey, number>;

/** Payroll cost per month by role, in dollars (salary plus taxes and benefits). */
const MONTHLY_PAY: Record<StaffMember["role"], number> = {
  Physician: 26_000,
  "Nurse Practitioner": 13_500,
  "Physician Assistant": 12_500,
  Nurse: 7_800,
  "Medical Assistant": 4_300,
  "Front Desk": 3_900,
  Biller: 5_200,
  "Practice Manager": 8_500,
  Other: 4_000,
};

export function monthlyBudget(
  context: SampleContext,
  staff: readonly StaffMember[],
  items: readonly Item[],
  campaigns: readonly Campaign[],
): MonthlyBudget {
  const supplies = (account: AccountKey) =>
    items
      .filter((it) => it.vendor.account === account)
      .reduce((sum, it) => sum + it.monthlyUsage * it.cost, 0) * 1.1;
  const scaled = (amount: number) => amount * context.scale;
  const campaignBudget = campaigns.reduce((sum, c) => sum + c.budgetCents / 100, 0);
  const budget: MonthlyBudget = {
    payroll: staff.filter((s) => s.active).reduce((sum, s) => sum + MONTHLY_PAY[s.role], 0),
    rent: scaled(9_500),
    utilities: scaled(1_400),
    maintenance: scaled(1_800),
    medicalSupplies: supplies("medicalSupplies"),
    vaccinesAndMeds: supplies("vaccinesAndMeds"),
    lab: supplies("lab") + scaled(900),
    officeSupplies: supplies("officeSupplies"),
    it: scaled(3_200),
    insurance: scaled(2_600),
    professionalFees: scaled(1_500),
    marketing: (campaignBudget / Math.max(1, context.months)) * 1.1,
  };
  for (const key of Object.keys(budget) as AccountKey[]) budget[key] = Math.ceil(budget[key] / 50) * 50;
  return budget;
}

/**
 * The budget is set for whole calendar years: every month of the history and the rest of the current
 * year (a December without a budget would make every year-end forecast look over budget).
 */
export function budgetRows(context: SampleContext, budget: MonthlyBudget): SampleRow<"Budget">[] {
  const rows: SampleRow<"Budget">[] = [];
  const months = context.months + (12 - ymdFromSerial(context.asOf).month);
  for (const key of Object.keys(ACCOUNTS) as AccountKey[]) {
    for (let m = 0; m < months; m++) {
      rows.push({
        account: ACCOUNTS[key].account,
        category: ACCOUNTS[key].category,
        month: addMonths(context.periodStart, m),
        amount: budget[key],
      });
    }
  }
  return rows;
}

/** Recurring monthly bills: [account, vendor, day of month, description, share of the account budget]. */
const RECURRING: readonly (readonly [AccountKey, Vendor | null, number, string, number])[] = [
  ["rent", VENDORS.landlord, 1, "Monthly rent", 1],
  ["utilities", VENDORS.utility, 12, "Electricity and water", 1],
  ["maintenance", VENDORS.cleaning, 28, "Janitorial and medical waste", 1],
  ["it", VENDORS.ehr, 5, "EHR and practice management subscription", 0.6],
  ["it", VENDORS.it, 20, "Managed IT services", 0.4],
  ["insurance", VENDORS.insurance, 3, "Malpractice and property premium", 1],
  ["professionalFees", null, 25, "Accounting services", 1],
  ["lab", VENDORS.lab, 15, "Reference lab courier and fees", 1],
];

/**
 * Everything the practice spent up to asOf, each charged to a budget account: payroll twice a month,
 * recurring bills, received purchase orders and campaign invoices. Recent bills are still unpaid.
 */
export function expenseRows(
  context: SampleContext,
  rng: Random,
  budget: MonthlyBudget,
  received: readonly ReceivedOrder[],
  campaigns: readonly Campaign[],
): SampleRow<"Expenses">[] {
  const drafts: {
    date: number;
    account: AccountKey;
    vendor: Vendor | null;
    description: string;
    cents: number;
    invoice: boolean;
    paidAfter: number;
  }[] = [];
  for (const month of monthsBetween(context.periodStart, context.asOf)) {
    const monthEnd = addMonths(month, 1) - 1;
    for (const [day, label] of [
      [14, "Payroll, 1st-15th"],
      [monthEnd - month, "Payroll, 16th-end"],
    ] as const) {
      const cents = Math.round((budget.payroll / 2) * (0.97 + rng.next() * 0.06)) * 100;
      drafts.push({
        date: month + day,
        account: "payroll",
        vendor: VENDORS.payroll,
        description: label,
        cents,
        invoice: false,
        paidAfter: 0,
      });
    }
    for (const [account, vendor, day, description, share] of RECURRING) {
      const exact = account === "rent" || account === "insurance";
      const cents = Math.round(budget[account] * share * (exact ? 1 : 0.8 + rng.next() * 0.35) * 100);
      drafts.push({
        date: month + day - 1,
        account,
        vendor,
        description,
        cents,
        invoice: true,
        paidAfter: exact ? 0 : rng.int(5, 25),
      });
    }
    if (rng.chance(0.3)) {
      const cents = rng.int(150, 1_200) * 100;
      drafts.push({
        date: month + rng.int(0, 27),
        account: "maintenance",
        vendor: null,
        description: "Equipment repair",
        cents,
        invoice: true,
        paidAfter: rng.int(5, 25),
      });
    }
  }
  for (const order of received) {
    drafts.push({
      date: order.receivedOn,
      account: order.vendor.account,
      vendor: order.vendor,
      description: `Purchase order ${order.poNumber}`,
      cents: order.cents,
      invoice: true,
      paidAfter: rng.int(10, 30),
    });
  }
  for (const campaign of campaigns) {
    for (const item of campaign.spend) {
      drafts.push({
        date: item.date,
        account: "marketing",
        vendor: VENDORS.marketing,
        description: `Campaign: ${campaign.name}`,
        cents: item.cents,
        invoice: true,
        paidAfter: rng.int(5, 20),
      });
    }
  }
  const kept = drafts
    .filter((d) => d.date >= context.periodStart && d.date <= context.asOf)
    .sort((a, b) => a.date - b.date);
  return kept.map((d, n) => {
    const paidOn = d.date + d.paidAfter;
    return {
      date: d.date,
      account: ACCOUNTS[d.account].account,
      vendorId: d.vendor?.id ?? "",
      description: d.description,
      amount: dollars(d.cents),
      invoiceNo: d.invoice ? `${d.vendor?.invoicePrefix ?? "INV"}-${String(40001 + n)}` : "",
      paidOn: paidOn <= context.asOf ? paidOn : "",
    };
  });
}
