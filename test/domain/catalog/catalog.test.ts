import { CATALOG, TABLE_NAMES, TABLE_SPECS, columnSpec, normalizeHeader } from "../../../src/domain/catalog";

/** The data model, header text as users see it, in order. */
const EXPECTED_HEADERS: Record<string, string[]> = {
  Providers: ["Provider ID", "Name", "NPI", "Specialty", "Work Days", "Day Start", "Day End", "Active"],
  Staff: ["Staff ID", "Name", "Role", "Email", "Hire Date", "Active"],
  Training: ["Staff ID", "Course", "Completed On", "Expires On", "Required"],
  Appointments: [
    "Appointment ID",
    "Date",
    "Start",
    "Duration (min)",
    "Provider ID",
    "Patient Ref",
    "Type",
    "Room",
    "Status",
    "Referral Source",
    "Notes",
    "Claim ID",
    "Checked In",
    "Roomed",
    "Checked Out",
    "Copay Due",
    "Copay Collected",
    "Payment Method",
  ],
  Payers: ["Payer ID", "Name", "Type", "Timely Filing (days)", "X12 Payer ID", "Appeal Window (days)"],
  FeeSchedule: ["Payer ID", "Code", "Modifier", "Allowed Amount", "Effective From", "Effective To"],
  Claims: [
    "Claim ID",
    "Patient Ref",
    "Payer ID",
    "Provider ID",
    "Service Date",
    "Diagnosis Codes",
    "Total Charge",
    "Status",
    "Submitted On",
    "Allowed",
    "Paid",
    "Adjustment",
    "Patient Responsibility",
    "Balance",
    "Denial Reason",
    "Last Activity",
    "Follow-up On",
    "Owner",
    "Appeal Deadline",
    "Appeal Filed On",
    "Appeal Outcome",
  ],
  ClaimLines: [
    "Claim ID",
    "Line",
    "Code",
    "Modifiers",
    "Diagnosis Pointers",
    "Units",
    "Charge",
    "Allowed",
    "Paid",
  ],
  Payments: [
    "Payment ID",
    "Claim ID",
    "Payer ID",
    "Received On",
    "Amount",
    "Method",
    "Reference",
    "Source",
    "Adjustment Group",
    "Adjustment Reason",
    "Adjustment Amount",
  ],
  Inventory: [
    "Item ID",
    "Name",
    "Category",
    "Unit",
    "On Hand",
    "Reorder Point",
    "Par Level",
    "Unit Cost",
    "Vendor ID",
    "Lot",
    "Expires On",
    "Location",
    "Monthly Usage",
  ],
  PurchaseOrders: [
    "PO Number",
    "Vendor ID",
    "Item ID",
    "Quantity",
    "Unit Cost",
    "Ordered On",
    "Expected On",
    "Received On",
    "Status",
  ],
  Vendors: ["Vendor ID", "Name", "Contact", "Email", "Phone", "Category"],
  Contracts: [
    "Contract ID",
    "Counterparty",
    "Type",
    "Start Date",
    "End Date",
    "Auto Renew",
    "Notice (days)",
    "Annual Value",
    "Budget Account",
    "Owner",
    "Status",
  ],
  Budget: ["Account", "Category", "Month", "Amount"],
  Expenses: ["Date", "Account", "Vendor ID", "Description", "Amount", "Invoice No", "Paid On"],
  Campaigns: ["Campaign ID", "Name", "Channel", "Start Date", "End Date", "Budget", "Spend"],
  RecordsRequests: [
    "Request ID",
    "Patient Ref",
    "Requested By",
    "Received On",
    "Due On",
    "Fulfilled On",
    "Status",
  ],
  Credentials: [
    "Person ID",
    "Type",
    "Number",
    "Issuer / State",
    "Payer ID",
    "Effective On",
    "Expires On",
    "Status",
  ],
  Incidents: [
    "Incident ID",
    "Date",
    "Discovered On",
    "Type",
    "Description",
    "Reported By",
    "Breach",
    "Individuals Affected",
    "Notify By",
    "Notified On",
    "Status",
  ],
  RVU: ["Code", "Modifier", "Year", "Work RVU", "PE RVU", "MP RVU", "Total RVU"],
  ClaimActivity: ["Claim ID", "Date", "By", "Action", "Amount", "Note", "Next Follow-up"],
  TimeOff: ["Provider ID", "From", "To", "Reason"],
  Holidays: ["Date", "Name"],
  DailyClose: ["Date", "Method", "Expected", "Counted", "Variance", "Closed By", "Closed At"],
};

describe("catalog", () => {
  it("declares the tables of the data model with their headers in order", () => {
    expect(TABLE_SPECS.map((t) => t.name)).toEqual([...TABLE_NAMES]);
    for (const spec of TABLE_SPECS) {
      expect(spec.columns.map((c) => c.header)).toEqual(EXPECTED_HEADERS[spec.name]);
    }
  });

  it("uses valid Excel table names and sheet names", () => {
    const sheets = new Set<string>();
    for (const spec of TABLE_SPECS) {
      expect(spec.name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
      expect(spec.sheet.length).toBeLessThanOrEqual(31);
      expect(spec.sheet).not.toMatch(/[[\]:*?/\\]/);
      sheets.add(spec.sheet);
    }
    expect(sheets.size).toBe(TABLE_SPECS.length);
  });

  it("gives every column a unique key and header, and keys name real columns", () => {
    for (const spec of TABLE_SPECS) {
      expect(new Set(spec.columns.map((c) => c.key)).size).toBe(spec.columns.length);
      expect(new Set(spec.columns.map((c) => normalizeHeader(c.header))).size).toBe(spec.columns.length);
      for (const key of spec.key) expect(columnSpec(spec, key)).toBeDefined();
    }
  });

  it("points every reference at an existing column of another table", () => {
    for (const spec of TABLE_SPECS) {
      for (const column of spec.columns) {
        if (!column.ref) continue;
        const target = CATALOG[column.ref.table];
        expect(columnSpec(target, column.ref.column)).toBeDefined();
      }
    }
  });

  it("gives every list column its fixed values", () => {
    for (const spec of TABLE_SPECS) {
      for (const column of spec.columns) {
        if (column.kind === "list" || column.kind === "yesno") expect(column.list?.length).toBeGreaterThan(1);
      }
    }
    expect(columnSpec(CATALOG.Appointments, "Status")?.list).toEqual([
      "Scheduled",
      "Confirmed",
      "Arrived",
      "In Room",
      "Completed",
      "No Show",
      "Canceled",
      "Late Cancel",
      "Rescheduled",
    ]);
    expect(columnSpec(CATALOG.Claims, "Status")?.list).toEqual([
      "Draft",
      "Submitted",
      "Accepted",
      "Rejected",
      "Denied",
      "Partially Paid",
      "Paid",
      "Appealed",
      "Closed",
    ]);
    expect(columnSpec(CATALOG.Payers, "Type")?.list).toEqual([
      "Commercial",
      "Medicare",
      "Medicaid",
      "Self-Pay",
      "Other",
    ]);
  });

  it("declares Claims Balance as the calculated column Total Charge - Paid - Adjustment", () => {
    expect(columnSpec(CATALOG.Claims, "Balance")?.formula).toBe("=[@[Total Charge]]-[@Paid]-[@Adjustment]");
  });

  it("finds columns whatever the case and spacing users typed", () => {
    expect(columnSpec(CATALOG.Claims, "  total   CHARGE ")?.key).toBe("totalCharge");
    expect(columnSpec(CATALOG.Claims, "Total")).toBeUndefined();
  });
});
