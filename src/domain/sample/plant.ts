import type { CellValue, TableName } from "../catalog";
import { isoFromSerial } from "../dates/excel-dates";
import type { SampleContext } from "./context";
import type { Random } from "./random";
import { sequentialId } from "./rows";
import type { Steps } from "./steps";
import {
  PLANTED_ERROR_KINDS,
  type PlantedError,
  type PlantedErrorKind,
  type PlantOptions,
  type PracticeData,
} from "./types";

/** Appointment statuses that hold the provider's time (a clash among them is a double booking). */
const HOLDS_TIME = new Set<CellValue>(["Scheduled", "Confirmed", "Arrived", "In Room", "Completed"]);

/**
 * Edits generated tables in place to plant one known bad value per kind. Each error goes on its own
 * row; two kinds add a row at the end of their table (a duplicate). Rows other than the reported
 * ones stay exactly as generated. A kind that finds no suitable row (a tiny practice) is skipped.
 */
export function* plantErrors(
  data: PracticeData,
  context: SampleContext,
  rng: Random,
  options: PlantOptions,
): Steps<PlantedError[]> {
  const planter = new Planter(data, context, rng);
  const wanted = new Set(options.kinds ?? PLANTED_ERROR_KINDS);
  const planted: PlantedError[] = [];
  for (const kind of PLANTED_ERROR_KINDS) {
    if (!wanted.has(kind)) continue;
    yield;
    const error = PLANTERS[kind](planter);
    if (error !== null) planted.push(error);
  }
  return planted;
}

type Plant = (p: Planter) => PlantedError | null;

const PLANTERS: Record<PlantedErrorKind, Plant> = {
  "invalid-npi": (p) =>
    p.change(
      "Providers",
      "NPI",
      () => true,
      (npi) => {
        const text = String(npi);
        return `${text.slice(0, 9)}${(Number(text[9]) + 1) % 10}`;
      },
      "invalid-npi",
      (v) => `NPI ${v} fails the check digit`,
    ),

  "malformed-cpt": (p) =>
    p.change(
      "ClaimLines",
      "Code",
      () => true,
      (code) => String(code).slice(0, 4),
      "malformed-cpt",
      (v) => `Code "${v}" is not a CPT or HCPCS code`,
    ),

  "bad-icd10": (p) =>
    p.change(
      "Claims",
      "Diagnosis Codes",
      () => true,
      (codes) => `${String(codes)}, 250.00`,
      "bad-icd10",
      () => `"250.00" is an ICD-9 code, not ICD-10-CM`,
    ),

  "double-booking": (p) => {
    const { rows } = p.data.Appointments;
    const [date, start, provider, status] = ["Date", "Start", "Provider ID", "Status"].map((h) =>
      p.column("Appointments", h),
    ) as [number, number, number, number];
    const row = p.pick("Appointments", (r, i) => {
      const before = rows[i - 1];
      return (
        before !== undefined &&
        before[provider] === r[provider] &&
        before[date] === r[date] &&
        HOLDS_TIME.has(before[status] ?? "") &&
        HOLDS_TIME.has(r[status] ?? "") &&
        !p.isUsed("Appointments", i - 1)
      );
    });
    if (row === null) return null;
    p.markUsed("Appointments", row - 1);
    p.set("Appointments", row, "Start", rows[row - 1]?.[start] ?? "");
    return p.report(
      "Appointments",
      row,
      "Start",
      "double-booking",
      `${String(rows[row]?.[provider])} is booked twice at the same time (rows ${row - 1} and ${row})`,
    );
  },

  "lines-total-mismatch": (p) =>
    p.change(
      "Claims",
      "Total Charge",
      (_, c) => c("Status") === "Submitted" || c("Status") === "Accepted" || c("Status") === "Draft",
      (total) => Math.round((Number(total) + 25) * 100) / 100,
      "lines-total-mismatch",
      (v) => `Total Charge ${v} is $25.00 more than its lines`,
    ),

  "paid-over-allowed": (p) =>
    p.change(
      "Claims",
      "Paid",
      (_, c) => c("Status") === "Paid" && c("Payer ID") !== "SELF" && Number(c("Allowed")) > 0,
      (_, c) => Math.round((Number(c("Allowed")) + 15) * 100) / 100,
      "paid-over-allowed",
      (v, c) => `Paid ${v} is more than Allowed ${c("Allowed")}`,
    ),

  "denied-without-reason": (p) =>
    p.change(
      "Claims",
      "Denial Reason",
      (_, c) => c("Status") === "Denied",
      () => "",
      "denied-without-reason",
      () => "Denied claim without a Denial Reason",
    ),

  "negative-on-hand": (p) =>
    p.change(
      "Inventory",
      "On Hand",
      () => true,
      () => -4,
      "negative-on-hand",
      () => "On Hand -4 is below 0",
    ),

  "reorder-above-par": (p) =>
    p.change(
      "Inventory",
      "Reorder Point",
      () => true,
      (_, c) => Number(c("Par Level")) + 5,
      "reorder-above-par",
      (v) => `Reorder Point ${v} is above the Par Level`,
    ),

  "expired-lot": (p) =>
    p.change(
      "Inventory",
      "Expires On",
      (_, c) => c("Lot") !== "" && Number(c("On Hand")) > 0,
      () => p.context.asOf - 12,
      "expired-lot",
      () => "Lot on hand expired 12 days ago",
    ),

  "po-received-before-ordered": (p) =>
    p.change(
      "PurchaseOrders",
      "Received On",
      (_, c) => typeof c("Received On") === "number" && typeof c("Ordered On") === "number",
      (_, c) => Number(c("Ordered On")) - 3,
      "po-received-before-ordered",
      () => "Received On is 3 days before Ordered On",
    ),

  "contract-end-before-start": (p) =>
    p.change(
      "Contracts",
      "End Date",
      (_, c) => typeof c("Start Date") === "number",
      (_, c) => Number(c("Start Date")) - 30,
      "contract-end-before-start",
      () => "End Date is 30 days before Start Date",
    ),

  "duplicate-budget-row": (p) =>
    p.duplicate("Budget", "Month", "duplicate-budget-row", "Same Account and Month as another Budget row"),

  "expense-account-not-budgeted": (p) => {
    const error = p.change(
      "Expenses",
      "Account",
      () => true,
      () => "Travel",
      "expense-account-not-budgeted",
      () => 'Account "Travel" is not in Budget',
    );
    if (error === null) return null;
    // Make the row read like a real travel expense rather than a relabelled bill.
    p.set("Expenses", error.rowIndex, "Vendor ID", "");
    p.set("Expenses", error.rowIndex, "Description", "Conference travel");
    p.set("Expenses", error.rowIndex, "Amount", 1240);
    p.set("Expenses", error.rowIndex, "Invoice No", "");
    return error;
  },

  "expired-required-training": (p) => {
    const error = p.change(
      "Training",
      "Expires On",
      (_, c) =>
        c("Required") === "Yes" &&
        typeof c("Expires On") === "number" &&
        typeof c("Completed On") === "number",
      () => p.context.asOf - 20,
      "expired-required-training",
      () => "Required course expired 20 days ago",
    );
    if (error === null) return null;
    // Keep the certificate's length: it was completed one validity period before it expired.
    const row = p.data.Training.rows[error.rowIndex] ?? [];
    const validity =
      Number(row[p.column("Training", "Expires On")]) - Number(row[p.column("Training", "Completed On")]);
    p.set("Training", error.rowIndex, "Completed On", p.context.asOf - 20 - Math.max(365, validity));
    return error;
  },

  "overdue-records-request": (p) => {
    const error = p.change(
      "RecordsRequests",
      "Due On",
      (_, c) => Number(c("Due On")) < p.context.asOf - 5,
      (due) => due,
      "overdue-records-request",
      (v) => `Request due ${isoFromSerial(Number(v))} is still open`,
    );
    if (error === null) return null;
    p.set("RecordsRequests", error.rowIndex, "Status", "Open");
    p.set("RecordsRequests", error.rowIndex, "Fulfilled On", "");
    return error;
  },

  "duplicate-claim-id": (p) =>
    p.duplicate("Claims", "Claim ID", "duplicate-claim-id", "Claim ID appears twice"),

  "missing-provider": (p) => {
    const ghost = sequentialId("P", p.context.providerCount + 1, 3);
    return p.change(
      "Appointments",
      "Provider ID",
      () => true,
      () => ghost,
      "missing-provider",
      () => `Provider ID ${ghost} is not in Providers`,
    );
  },

  "excel-error": (p) =>
    p.change(
      "FeeSchedule",
      "Allowed Amount",
      () => true,
      () => "#N/A",
      "excel-error",
      () => "Allowed Amount shows #N/A",
    ),

  "date-as-text": (p) =>
    p.change(
      "Expenses",
      "Date",
      () => true,
      () => "2026-02-30",
      "date-as-text",
      () => 'Date typed as text "2026-02-30" (no such day)',
    ),

  "expired-license": (p) => {
    // A provider's current State License (the term running today) lapsed 10 days ago: their
    // appointments from then on, the next one included, have no licensed provider.
    const providers = new Set(p.data.Providers.rows.map((r) => r[p.column("Providers", "Provider ID")]));
    return p.change(
      "Credentials",
      "Expires On",
      (_, c) =>
        c("Type") === "State License" &&
        providers.has(c("Person ID")) &&
        Number(c("Effective On")) <= p.context.asOf - 30 &&
        Number(c("Expires On")) > p.context.asOf,
      () => p.context.asOf - 10,
      "expired-license",
      (_, c) => `${String(c("Person ID"))}'s State License expired 10 days ago`,
    );
  },

  "missed-breach-notice": (p) => {
    const error = p.change(
      "Incidents",
      "Notify By",
      (_, c) => c("Breach") === "Yes",
      () => "",
      "missed-breach-notice",
      () => "Breach discovered 75 days ago, individuals not notified (due after 60 days)",
    );
    if (error === null) return null;
    const discovered = p.context.asOf - 75;
    p.set("Incidents", error.rowIndex, "Date", discovered - 2);
    p.set("Incidents", error.rowIndex, "Discovered On", discovered);
    p.set("Incidents", error.rowIndex, "Notified On", "");
    p.set("Incidents", error.rowIndex, "Status", "Open");
    return error;
  },
};

type CellOf = (header: string) => CellValue;

class Planter {
  /** Rows already given an error, by table (numbers, not "table:row" keys: picks scan whole tables). */
  private readonly used = new Map<TableName, Set<number>>();

  constructor(
    readonly data: PracticeData,
    readonly context: SampleContext,
    private readonly rng: Random,
  ) {}

  column(table: TableName, header: string): number {
    const index = this.data[table].headers.indexOf(header);
    if (index < 0) throw new Error(`Planting errors: ${table} has no column "${header}"`);
    return index;
  }

  isUsed(table: TableName, row: number): boolean {
    return this.used.get(table)?.has(row) === true;
  }

  markUsed(table: TableName, row: number): void {
    const rows = this.used.get(table);
    if (rows) rows.add(row);
    else this.used.set(table, new Set([row]));
  }

  /** A random unused row matching `accept`, marked used; null when there is none. */
  pick(table: TableName, accept: (row: CellValue[], index: number, cell: CellOf) => boolean): number | null {
    const rows = this.data[table].rows;
    const used = this.used.get(table);
    const candidates: number[] = [];
    rows.forEach((row, i) => {
      if (used?.has(i) !== true && accept(row, i, (h) => row[this.column(table, h)] ?? ""))
        candidates.push(i);
    });
    if (candidates.length === 0) return null;
    const chosen = this.rng.pick(candidates);
    this.markUsed(table, chosen);
    return chosen;
  }

  set(table: TableName, row: number, header: string, value: CellValue): void {
    const cells = this.data[table].rows[row];
    if (cells === undefined) throw new Error(`Planting errors: ${table} has no row ${row}`);
    cells[this.column(table, header)] = value;
  }

  report(
    table: TableName,
    rowIndex: number,
    header: string,
    kind: PlantedErrorKind,
    detail: string,
  ): PlantedError {
    return { table, rowIndex, header, kind, detail };
  }

  /** Picks a row matching `accept` and replaces one cell with `next(old value)`. */
  change(
    table: TableName,
    header: string,
    accept: (row: CellValue[], cell: CellOf) => boolean,
    next: (old: CellValue, cell: CellOf) => CellValue,
    kind: PlantedErrorKind,
    describe: (value: CellValue, cell: CellOf) => string,
  ): PlantedError | null {
    const row = this.pick(table, (r, _, cell) => accept(r, cell));
    if (row === null) return null;
    const cells = this.data[table].rows[row] ?? [];
    const cell: CellOf = (h) => cells[this.column(table, h)] ?? "";
    const value = next(cell(header), cell);
    this.set(table, row, header, value);
    return this.report(table, row, header, kind, describe(value, cell));
  }

  /** Appends a copy of a random row: its key now appears twice. */
  duplicate(table: TableName, header: string, kind: PlantedErrorKind, detail: string): PlantedError | null {
    const source = this.pick(table, () => true);
    if (source === null) return null;
    const rows = this.data[table].rows;
    rows.push([...(rows[source] ?? [])]);
    this.markUsed(table, rows.length - 1);
    return this.report(table, rows.length - 1, header, kind, `${detail} (row ${source})`);
  }
}
