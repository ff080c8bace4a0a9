import { CATALOG, type CellValue, type TableName } from "../../../src/domain/catalog";
import type { Finding, RawTable, RawWorkbook } from "../../../src/domain/rules";

/** Excel serials written out by hand: serial 46082 is 2026-03-01 (45658 = 2025-01-01 + 424 days). */
export const d = (iso: string): number => {
  const [y, m, day] = iso.split("-").map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
};
/** Time of day as a fraction: "9:30" -> 9.5 / 24. */
export const t = (hm: string): number => {
  const [h, m] = hm.split(":").map(Number) as [number, number];
  return (h * 60 + m) / 1440;
};

/** "Today" in these tests: Monday 2026-03-02. */
export const AS_OF = d("2026-03-02");

export type RowSpec = Record<string, CellValue>;

/** A raw table in catalog column order from rows given by header (missing headers are blank cells). */
export function rawTable(name: TableName, rows: readonly RowSpec[]): RawTable {
  const headers: string[] = CATALOG[name].columns.map((c) => c.header);
  for (const row of rows) {
    for (const h of Object.keys(row))
      if (!headers.includes(h)) throw new Error(`fixture: ${name} has no column ${h}`);
  }
  return { headers, rows: rows.map((row) => headers.map((h) => row[h] ?? "")) };
}

/**
 * A small practice where every rule passes: one provider working Mon-Fri 8:00-17:00, a paid claim with
 * two lines that add up, stock within its levels, a contract far from its notice window, ...
 */
export function validPractice(): Record<TableName, RowSpec[]> {
  return {
    Providers: [
      {
        "Provider ID": "P001",
        Name: "Dr. Ada Park",
        NPI: "1234567893",
        Specialty: "Family Medicine",
        "Work Days": "Mon-Fri",
        "Day Start": t("8:00"),
        "Day End": t("17:00"),
        Active: "Yes",
      },
      {
        "Provider ID": "P002",
        Name: "Dr. Ben Cole",
        NPI: "1245319599",
        "Work Days": "Mon,Wed",
        "Day Start": t("9:00"),
        "Day End": t("13:00"),
        Active: "Yes",
      },
    ],
    Staff: [
      {
        "Staff ID": "S001",
        Name: "Cara Diaz",
        Role: "Nurse",
        Email: "cara@example.org",
        "Hire Date": d("2020-05-01"),
        Active: "Yes",
      },
    ],
    Training: [
      {
        "Staff ID": "S001",
        Course: "HIPAA Privacy",
        "Completed On": d("2025-06-01"),
        "Expires On": d("2026-06-01"),
        Required: "Yes",
      },
    ],
    Appointments: [
      {
        "Appointment ID": "A1",
        Date: d("2026-03-02"),
        Start: t("9:00"),
        "Duration (min)": 30,
        "Provider ID": "P001",
        "Patient Ref": "MRN1",
        Type: "Follow-up",
        Room: "1",
        Status: "Scheduled",
      },
      {
        "Appointment ID": "A2",
        Date: d("2026-03-02"),
        Start: t("9:30"),
        "Duration (min)": 30,
        "Provider ID": "P001",
        "Patient Ref": "MRN2",
        Type: "Follow-up",
        Room: "1",
        Status: "Confirmed",
      },
      {
        "Appointment ID": "A3",
        Date: d("2026-03-02"),
        Start: t("9:00"),
        "Duration (min)": 20,
        "Provider ID": "P002",
        "Patient Ref": "MRN3",
        Room: "2",
        Status: "Scheduled",
      },
    ],
    Payers: [
      {
        "Payer ID": "AETNA",
        Name: "Aetna",
        Type: "Commercial",
        "Timely Filing (days)": 90,
        "X12 Payer ID": "60054",
      },
      { "Payer ID": "MCR", Name: "Medicare", Type: "Medicare", "Timely Filing (days)": 365 },
    ],
    FeeSchedule: [
      {
        "Payer ID": "AETNA",
        Code: "99213",
        Modifier: "",
        "Allowed Amount": 80,
        "Effective From": d("2026-01-01"),
      },
    ],
    Claims: [
      {
        "Claim ID": "C1",
        "Patient Ref": "MRN1",
        "Payer ID": "AETNA",
        "Provider ID": "P001",
        "Service Date": d("2026-02-02"),
        "Diagnosis Codes": "I10, E11.9",
        "Total Charge": 150,
        Status: "Paid",
        "Submitted On": d("2026-02-03"),
        Allowed: 120,
        Paid: 100,
        Adjustment: 30,
        "Patient Responsibility": 20,
        Balance: 20,
      },
      {
        "Claim ID": "C2",
        "Patient Ref": "MRN2",
        "Payer ID": "MCR",
        "Provider ID": "P002",
        "Service Date": d("2026-02-25"),
        "Diagnosis Codes": "Z00.00",
        "Total Charge": 200,
        Status: "Draft",
      },
    ],
    ClaimLines: [
      {
        "Claim ID": "C1",
        Line: 1,
        Code: "99213",
        Modifiers: "25",
        Units: 1,
        Charge: 100,
        Allowed: 80,
        Paid: 70,
      },
      { "Claim ID": "C1", Line: 2, Code: "36415", Units: 1, Charge: 50, Allowed: 40, Paid: 30 },
      { "Claim ID": "C2", Line: 1, Code: "G0439", Units: 1, Charge: 200 },
    ],
    Payments: [
      {
        "Payment ID": "PAY1",
        "Claim ID": "C1",
        "Payer ID": "AETNA",
        "Received On": d("2026-02-20"),
        Amount: 100,
        Method: "EFT",
        Reference: "TRN123",
        Source: "ERA",
        "Adjustment Group": "CO",
        "Adjustment Reason": "45",
        "Adjustment Amount": 30,
      },
    ],
    Inventory: [
      {
        "Item ID": "I1",
        Name: "Nitrile gloves",
        Category: "Medical Supplies",
        Unit: "box",
        "On Hand": 10,
        "Reorder Point": 5,
        "Par Level": 20,
        "Unit Cost": 8.5,
        "Vendor ID": "V1",
        Lot: "L1",
        "Expires On": d("2027-01-01"),
      },
    ],
    PurchaseOrders: [
      {
        "PO Number": "PO1",
        "Vendor ID": "V1",
        "Item ID": "I1",
        Quantity: 10,
        "Unit Cost": 8.5,
        "Ordered On": d("2026-01-05"),
        "Received On": d("2026-01-10"),
        Status: "Received",
      },
    ],
    Vendors: [{ "Vendor ID": "V1", Name: "Acme Medical", Email: "orders@acme.example.org" }],
    Contracts: [
      {
        "Contract ID": "K1",
        Counterparty: "Acme Medical",
        Type: "Vendor",
        "Start Date": d("2025-01-01"),
        "End Date": d("2027-12-31"),
        "Auto Renew": "Yes",
        "Notice (days)": 60,
        "Budget Account": "Rent",
        Status: "Active",
      },
    ],
    Budget: [
      { Account: "Rent", Category: "Operating", Month: d("2026-01-01"), Amount: 1000 },
      { Account: "Rent", Category: "Operating", Month: d("2026-02-01"), Amount: 1000 },
    ],
    Expenses: [{ Date: d("2026-01-05"), Account: "Rent", "Vendor ID": "V1", Amount: 1000 }],
    Campaigns: [{ "Campaign ID": "CMP1", Name: "Spring flu shots", Channel: "Email" }],
    RecordsRequests: [
      { "Request ID": "R1", "Patient Ref": "MRN1", "Received On": d("2026-02-20"), Status: "Open" },
    ],
    Credentials: [
      {
        "Person ID": "P001",
        Type: "State License",
        Number: "A123456",
        "Effective On": d("2025-01-01"),
        "Expires On": d("2026-12-31"),
        Status: "Active",
      },
      {
        "Person ID": "P002",
        Type: "State License",
        "Effective On": d("2024-07-01"),
        "Expires On": d("2027-06-30"),
      },
      {
        "Person ID": "P001",
        Type: "Payer Enrollment",
        "Payer ID": "AETNA",
        "Effective On": d("2024-01-01"),
        Status: "Active",
      },
      { "Person ID": "S001", Type: "BLS/ACLS", "Expires On": d("2027-01-31") },
    ],
    Incidents: [
      {
        "Incident ID": "I1",
        Date: d("2026-01-12"),
        Type: "Sharps Injury",
        Breach: "No",
        "Notified On": d("2026-01-14"),
        Status: "Closed",
      },
    ],
    RVU: [
      {
        Code: "99213",
        Modifier: "",
        Year: 2026,
        "Work RVU": 1.3,
        "PE RVU": 1.26,
        "MP RVU": 0.1,
        "Total RVU": 2.66,
      },
    ],
    ClaimActivity: [
      { "Claim ID": "C1", Date: d("2026-02-20"), By: "KM", Action: "Note", Note: "Paid in full." },
    ],
    TimeOff: [
      { "Provider ID": "P001", From: d("2026-03-03") + t("13:00"), To: d("2026-03-04"), Reason: "Meeting" },
    ],
    Holidays: [{ Date: d("2026-05-25"), Name: "Memorial Day" }],
    DailyClose: [
      {
        Date: d("2026-02-27"),
        Method: "Cash",
        Expected: 40,
        Counted: 40,
        Variance: 0,
        "Closed By": "Front desk",
      },
    ],
  };
}

export type Practice = Record<TableName, RowSpec[]>;

export function toWorkbook(practice: Partial<Practice>): RawWorkbook {
  const wb: Partial<Record<TableName, RawTable>> = {};
  for (const [name, rows] of Object.entries(practice) as [TableName, RowSpec[]][])
    wb[name] = rawTable(name, rows);
  return wb;
}

/** The valid practice with one row's cells changed. */
export function practiceWith(
  table: TableName,
  rowIndex: number,
  patch: RowSpec,
  base: Practice = validPractice(),
): Practice {
  const rows = base[table];
  const row = rows[rowIndex];
  if (!row) throw new Error(`fixture: ${table} has no row ${rowIndex}`);
  rows[rowIndex] = { ...row, ...patch };
  return base;
}

/** Findings as compact strings ("Claims#0 Total Charge claims.lines-total error") for readable assertions. */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.table}#${f.rowIndex} ${f.header} ${f.ruleId} ${f.severity}`);
}

/** Makes `new Date()` read 2026-03-02 (AS_OF) for code that asks the clock for "today"; timers stay real. */
export function fakeTodayAsOf(): void {
  jest.useFakeTimers({
    now: new Date(2026, 2, 2, 10, 0),
    doNotFake: [
      "hrtime",
      "nextTick",
      "performance",
      "queueMicrotask",
      "requestAnimationFrame",
      "cancelAnimationFrame",
      "requestIdleCallback",
      "cancelIdleCallback",
      "setImmediate",
      "clearImmediate",
      "setInterval",
      "clearInterval",
      "setTimeout",
      "clearTimeout",
    ],
  });
}
