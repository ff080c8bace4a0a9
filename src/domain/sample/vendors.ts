import type { Random } from "./random";
import type { NamePicker } from "./people";
import type { SampleRow } from "./types";

/** Budget accounts of the sample practice, with their Budget[Category]. */
export const ACCOUNTS = {
  payroll: { account: "Payroll", category: "Payroll" },
  rent: { account: "Rent", category: "Occupancy" },
  utilities: { account: "Utilities", category: "Occupancy" },
  maintenance: { account: "Maintenance", category: "Occupancy" },
  medicalSupplies: { account: "Medical Supplies", category: "Clinical" },
  vaccinesAndMeds: { account: "Vaccines & Medications", category: "Clinical" },
  lab: { account: "Lab Services", category: "Clinical" },
  officeSupplies: { account: "Office Supplies", category: "Operating" },
  it: { account: "IT & Software", category: "Operating" },
  insurance: { account: "Insurance", category: "Operating" },
  professionalFees: { account: "Professional Fees", category: "Operating" },
  marketing: { account: "Marketing", category: "Marketing" },
} as const;

export type AccountKey = keyof typeof ACCOUNTS;

export interface Vendor {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly account: AccountKey;
  /** Short code used in invoice numbers. */
  readonly invoicePrefix: string;
}

/** Fictional suppliers (Microsoft sample company names), one per kind of spend. */
export const VENDORS = {
  medical: vendor("V001", "Northwind Medical Supply", "Medical supplies", "medicalSupplies", "NW"),
  pharma: vendor("V002", "Proseware Pharmaceuticals", "Medications", "vaccinesAndMeds", "PRX"),
  vaccines: vendor("V003", "Adatum Vaccines", "Vaccines", "vaccinesAndMeds", "ADV"),
  lab: vendor("V004", "Litware Laboratories", "Lab services and kits", "lab", "LIT"),
  office: vendor("V005", "Adventure Works Office Supply", "Office supplies", "officeSupplies", "AW"),
  landlord: vendor("V006", "Woodgrove Properties", "Building lease", "rent", "WGP"),
  it: vendor("V007", "Tailspin IT Services", "IT support", "it", "TIT"),
  utility: vendor("V008", "City Power & Light", "Electricity and water", "utilities", "CPL"),
  payroll: vendor("V009", "Bellows Payroll", "Payroll service", "payroll", "BP"),
  cleaning: vendor("V010", "Alpine Cleaning Services", "Janitorial and waste", "maintenance", "ACS"),
  insurance: vendor("V011", "Trey Insurance Group", "Malpractice and property insurance", "insurance", "TIG"),
  marketing: vendor("V012", "Coho Marketing", "Marketing agency", "marketing", "COHO"),
  ehr: vendor("V013", "Relecloud EHR", "Practice management software", "it", "RC"),
} as const;

function vendor(
  id: string,
  name: string,
  category: string,
  account: AccountKey,
  invoicePrefix: string,
): Vendor {
  return { id, name, category, account, invoicePrefix };
}

export function vendorRows(rng: Random, names: NamePicker): SampleRow<"Vendors">[] {
  return Object.values(VENDORS).map((v, i) => {
    const { first, last } = names.next();
    const domain = v.name
      .toLowerCase()
      .replace(/[^a-z]+/g, "-")
      .replace(/-$/, "");
    return {
      vendorId: v.id,
      name: v.name,
      contact: `${first} ${last}`,
      email: `orders@${domain}.example.com`,
      // 555-01xx numbers are reserved for fiction.
      phone: `(${rng.pick(["206", "312", "415", "512", "617"])}) 555-${String(100 + i).padStart(4, "0")}`,
      category: v.category,
    };
  });
}
