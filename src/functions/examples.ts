/**
 * The documented example of each PM function: the formula a user types and what the cell shows. The
 * function reference (docs/functions.md, README, help page) is generated from these, and a test runs
 * every one, so the documentation cannot drift from the code. Not part of the add-in bundle.
 */

/** An argument as written in a formula: text, a number, TRUE/FALSE, or an array constant (rows of cells). */
export type ExampleArg = string | number | boolean | readonly (readonly (string | number)[])[];

/** What the cell shows: a value, or a spilled table. */
export type ExampleResult = string | number | boolean | readonly (readonly (string | number)[])[];

export interface FunctionExample {
  readonly id: string;
  readonly args: readonly ExampleArg[];
  readonly result: ExampleResult;
  /** How to read the result, e.g. the date a serial number stands for. */
  readonly note?: string;
  /** True when the example reads the example tables below (workbook-aware functions). */
  readonly usesTables?: boolean;
}

/** Example tables the workbook-aware examples read: header row, then data rows. */
export const EXAMPLE_TABLES = {
  Budget: [
    ["Account", "Category", "Month", "Amount"],
    ["Rent", "Operating", "2026-01-01", 5000],
    ["Rent", "Operating", "2026-02-01", 5000],
    ["Rent", "Operating", "2026-03-01", 5000],
    ["Supplies", "Operating", "2026-01-01", 800],
    ["Supplies", "Operating", "2026-02-01", 800],
    ["Supplies", "Operating", "2026-03-01", 800],
  ],
  Expenses: [
    ["Date", "Account", "Description", "Amount"],
    ["2026-01-05", "Rent", "January rent", 5000],
    ["2026-01-12", "Supplies", "Gloves", 350],
    ["2026-01-26", "Supplies", "Syringes", 450],
    ["2026-02-05", "Rent", "February rent", 5000],
    ["2026-02-16", "Supplies", "Gauze", 600],
    ["2026-03-05", "Rent", "March rent", 5000],
    ["2026-03-09", "Supplies", "Masks", 400],
  ],
  Payers: [
    ["Payer ID", "Name", "Timely Filing (days)"],
    ["AETNA", "Aetna", 120],
    ["MCR", "Medicare", 365],
  ],
  Credentials: [
    ["Person ID", "Type", "Payer ID", "Effective On", "Expires On", "Status"],
    ["P001", "State License", "", "2024-07-01", "2026-06-30", "Active"],
    ["P001", "DEA", "", "2023-05-01", "2026-04-30", "Active"],
    ["P001", "DEA", "", "2026-05-01", "2029-04-30", "Active"],
    ["P001", "Payer Enrollment", "AETNA", "2024-01-01", "", "Active"],
    ["P002", "State License", "", "2024-01-01", "2025-12-31", "Active"],
  ],
  RVU: [
    ["Code", "Modifier", "Year", "Work RVU", "PE RVU", "MP RVU", "Total RVU"],
    ["99213", "", 2026, 1.3, 1.26, 0.1, 2.66],
    ["99214", "", 2026, 1.92, 1.62, 0.14, 3.68],
    ["71046", "26", 2026, 0.22, 0.09, 0.01, 0.32],
  ],
  Claims: [
    ["Claim ID", "Provider ID", "Service Date"],
    ["C1", "P001", "2026-02-03"],
    ["C2", "P001", "2026-02-17"],
    ["C3", "P002", "2026-02-05"],
  ],
  ClaimLines: [
    ["Claim ID", "Line", "Code", "Modifiers", "Units"],
    ["C1", 1, "99213", "", 1],
    ["C1", 2, "71046", "26", 1],
    ["C2", 1, "99214", "", 2],
    ["C3", 1, "99213", "", 1],
  ],
  Providers: [
    ["Provider ID", "Name", "Work Days", "Day Start", "Day End", "Active"],
    ["P001", "Dr. Ada Park", "Mon-Fri", "8:00", "12:00", "Yes"],
  ],
  Appointments: [
    ["Appointment ID", "Date", "Start", "Duration (min)", "Provider ID", "Patient Ref", "Status"],
    ["A1", "2026-03-16", "8:00", 30, "P001", "MRN1", "Scheduled"],
    ["A2", "2026-03-16", "8:30", 60, "P001", "MRN2", "Canceled"],
  ],
  TimeOff: [
    ["Provider ID", "From", "To", "Reason"],
    ["P001", "2026-03-16 9:30", "2026-03-16 11:00", "Staff meeting"],
  ],
  Holidays: [
    ["Date", "Name"],
    ["2026-03-17", "Practice closed"],
  ],
} as const satisfies Record<string, readonly (readonly (string | number)[])[]>;

const col = (...cells: (string | number)[]) => cells.map((c) => [c]);
const minutes = (hours: number, mins: number) => (hours * 60 + mins) / 1440;

export const FUNCTION_EXAMPLES: readonly FunctionExample[] = [
  { id: "ISNPI", args: ["1234567893"], result: true },
  { id: "ISCPT", args: ["99213"], result: true },
  { id: "ISHCPCS", args: ["J1100"], result: true },
  { id: "ISICD10", args: ["E11.9"], result: true },
  { id: "AGE", args: ["2026-01-15", "2026-03-01"], result: 45 },
  { id: "AGINGBUCKET", args: ["2026-01-15", "2026-03-01"], result: "31-60" },
  {
    id: "AGING",
    args: [col("2026-02-20", "2026-01-10", "2025-10-01"), col(100, 250, 650), "2026-03-01"],
    result: [
      ["Bucket", "Amount", "Share"],
      ["0-30", 100, 0.1],
      ["31-60", 250, 0.25],
      ["61-90", 0, 0],
      ["91-120", 0, 0],
      ["120+", 650, 0.65],
      ["Total", 1000, 1],
    ],
    note: "Ages on 1 March 2026: 9, 50 and 151 days.",
  },
  { id: "DAYSINAR", args: [45000, 90000], result: 45, note: "90,000 charged in 90 days is 1,000 a day." },
  { id: "NETCOLLECTION", args: [8000, 12000, 2000], result: 0.8 },
  { id: "GROSSCOLLECTION", args: [6000, 12000], result: 0.5 },
  {
    id: "DENIALRATE",
    args: [col("Paid", "Denied", "Paid", "Submitted", "Appealed")],
    result: 0.5,
    note: "2 denied (Denied, Appealed) of 4 adjudicated; Submitted is not decided yet.",
  },
  { id: "FILINGDEADLINE", args: ["2026-01-15", 90], result: 46127, note: "46127 is 15 April 2026." },
  {
    id: "FILINGDEADLINE",
    args: ["2026-01-15", "AETNA"],
    result: 46157,
    note: "AETNA allows 120 days in the example Payers table: 15 May 2026.",
    usesTables: true,
  },
  {
    id: "NOSHOWRATE",
    args: [col("Completed", "No Show", "Completed", "Late Cancel", "Completed"), true],
    result: 0.4,
    note: "With late cancels counted: 2 of 5 (without: 1 of 4 = 0.25).",
  },
  { id: "UTILIZATION", args: [390, 480], result: 0.8125 },
  { id: "REORDERPOINT", args: [4, 5, 10], result: 30 },
  { id: "ORDERQTY", args: [8, 10, 50], result: 42 },
  { id: "DAYSOFSUPPLY", args: [120, 365], result: 10, note: "365 a month is 12 a day." },
  { id: "NOTICEDATE", args: ["2026-12-31", 60], result: 46327, note: "46327 is 1 November 2026." },
  { id: "CONTRACTSTATUS", args: ["2026-12-31", 60, "Yes", "2026-11-15"], result: "Notice window" },
  { id: "VARIANCE", args: [1200, 1000], result: 200 },
  { id: "VARIANCEPCT", args: [1200, 1000], result: 0.2 },
  {
    id: "PRORATE",
    args: [3650, "2026-01-01", "2026-12-31", "2026-03"],
    result: 310,
    note: "10 a day, 31 days.",
  },
  { id: "COSTPERPATIENT", args: [1500, 12], result: 125 },
  { id: "BUDGET", args: ["Rent", "2026-02"], result: 5000, usesTables: true },
  { id: "ACTUAL", args: ["Supplies", "2026-01"], result: 800, usesTables: true },
  {
    id: "YTD",
    args: ["Supplies", "2026-02", "variance"],
    result: -200,
    note: "Spent 1,400 against 1,600 budgeted in January and February.",
    usesTables: true,
  },
  { id: "REMAINING", args: ["Supplies", 2026], result: 600, usesTables: true },
  {
    id: "FORECAST",
    args: ["Supplies", 2026, "2026-03-14"],
    result: 9000,
    note: "1,800 spent in the first 73 days of the year: 1,800 / 73 x 365.",
    usesTables: true,
  },
  {
    id: "BUDGETREPORT",
    args: [2026, "2026-03-14"],
    result: [
      ["Account", "Budget YTD", "Actual YTD", "Variance", "Variance %", "Forecast"],
      ["Rent", 15000, 15000, 0, 0, 75000],
      ["Supplies", 2400, 1800, -600, -0.25, 9000],
      ["Total", 17400, 16800, -600, -600 / 17400, 84000],
    ],
    usesTables: true,
  },
  {
    id: "CREDSTATUS",
    args: ["P001", "State License", "2026-04-15"],
    result: "Expiring",
    note: "The license ends on 30 June 2026, 76 days later, and no renewal is on file.",
    usesTables: true,
  },
  {
    id: "CREDSTATUS",
    args: ["P001", "DEA", "2026-04-15"],
    result: "Active",
    note: "The DEA registration ends on 30 April 2026, but the renewal from 1 May runs to 2029.",
    usesTables: true,
  },
  { id: "CREDSTATUS", args: ["P002", "State License", "2026-04-15"], result: "Expired", usesTables: true },
  { id: "CREDSTATUS", args: ["P001", "AETNA", "2026-04-15"], result: "Active", usesTables: true },
  { id: "CREDSTATUS", args: ["P002", "DEA", "2026-04-15"], result: "Missing", usesTables: true },
  { id: "RVU", args: ["71046", "26", 2026], result: 0.22, usesTables: true },
  {
    id: "WRVU",
    args: ["P001", "2026-02-01", "2026-02-28"],
    result: 5.36,
    note: "1.3 (99213) + 0.22 (71046-26) + 2 x 1.92 (99214)",
    usesTables: true,
  },
  {
    id: "APPEALDEADLINE",
    args: ["2026-01-15", 60],
    result: 46097,
    note: "46097 is 2026-03-16 (2026-01-15 + 60 days).",
  },
  {
    id: "SUBMISSIONLAG",
    args: [col("2026-01-05", "2026-01-06", "2026-01-07"), col("2026-01-07", "2026-01-10", "")],
    result: 3,
    note: "2 and 4 days; the third claim is not submitted yet.",
  },
  {
    id: "NEXTSLOTS",
    args: ["P001", 30, "2026-03-16", 4],
    result: [
      ["Date", "Start", "Provider"],
      [46097, minutes(8, 30), "P001"],
      [46097, minutes(9, 0), "P001"],
      [46097, minutes(11, 0), "P001"],
      [46097, minutes(11, 30), "P001"],
    ],
    note: "46097 is Monday 16 March 2026 (format Start as time: 8:30 AM, ...). 8:00 is booked, the canceled 8:30 visit is free again, 9:30-11:00 is time off; Tuesday is a holiday.",
    usesTables: true,
  },
];

/** How a value is written inside a formula. */
export function formulaArg(arg: ExampleArg): string {
  if (typeof arg === "string") return `"${arg.replace(/"/g, '""')}"`;
  if (typeof arg === "boolean") return arg ? "TRUE" : "FALSE";
  if (typeof arg === "number") return String(arg);
  return `{${arg.map((row) => row.map((c) => formulaArg(c)).join(",")).join(";")}}`;
}

/** The example's formula: =PM.AGE("2026-01-15", "2026-03-01"). */
export function exampleFormula(example: FunctionExample): string {
  return `=PM.${example.id}(${example.args.map(formulaArg).join(", ")})`;
}
