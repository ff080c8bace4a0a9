/**
 * The shape of the catalog: every table of the practice workbook is declared once, as data.
 * Setup, row parsing, validation and the README's table reference all read these specs.
 */

/** A cell value as Excel reports it through Range.values ("" for an empty cell). */
export type CellValue = string | number | boolean;

/** How a column's cells are typed. Dates are Excel serial numbers, times fractions of a day. */
export type ColumnKind =
  | "id" // a key or reference: text, never converted to a number (number format "@")
  | "text"
  | "email"
  | "date"
  | "month" // a date that means the whole month (stored as the 1st)
  | "time"
  | "datetime" // a moment: date and time of day in one serial (e.g. time off from 18:00 to 08:00)
  | "currency"
  | "integer"
  | "number"
  | "list" // one of `list`
  | "yesno"; // Yes / No

/** Healthcare code formats a column may carry (checked by src/domain/codes). */
export type CodeFormat =
  | "npi"
  | "procedure" // CPT (I, II, III, PLA) or HCPCS Level II
  | "icd10-list" // one or more ICD-10-CM codes separated by commas or semicolons
  | "modifier"
  | "modifier-list"
  | "carc" // Claim Adjustment Reason Code
  | "group" // CAS group code: CO, PR, OA, PI
  | "weekdays"; // e.g. "Mon,Tue,Wed"

export interface ColumnRef {
  readonly table: TableName;
  /** Header of the referenced column in that table. */
  readonly column: string;
}

export interface ColumnSpec {
  /** Header text exactly as users see it. */
  readonly header: string;
  /** Property name in typed rows. */
  readonly key: string;
  readonly kind: ColumnKind;
  readonly required?: boolean;
  /** Fixed set of values for kind "list" (also offered as the cell's dropdown). */
  readonly list?: readonly string[];
  /** The values must exist in another table's column (dropdown from that column). */
  readonly ref?: ColumnRef;
  /** Smallest allowed value for numbers (0 for amounts and quantities). */
  readonly min?: number;
  /** A code format the text must follow. */
  readonly code?: CodeFormat;
  /** Calculated table column: formula with structured references, e.g. "=[@[Total Charge]]-[@Paid]". */
  readonly formula?: string;
  /** Number format when the kind's default does not fit (e.g. "0.00" for RVUs). */
  readonly numberFormat?: string;
  /** Column width in characters (setup hint). */
  readonly width?: number;
  /** One line for the README's table reference and the header's input message. */
  readonly description: string;
}

export const TABLE_NAMES = [
  "Providers",
  "Staff",
  "Training",
  "Appointments",
  "Payers",
  "FeeSchedule",
  "Claims",
  "ClaimLines",
  "Payments",
  "Inventory",
  "PurchaseOrders",
  "Vendors",
  "Contracts",
  "Budget",
  "Expenses",
  "Campaigns",
  "RecordsRequests",
  "Credentials",
  "Incidents",
  "RVU",
  "ClaimActivity",
  "TimeOff",
  "Holidays",
  "DailyClose",
] as const;

export type TableName = (typeof TABLE_NAMES)[number];

export interface TableSpec {
  /** Excel table (ListObject) name: no spaces. */
  readonly name: TableName;
  /** Worksheet name (may have spaces). */
  readonly sheet: string;
  readonly description: string;
  readonly columns: readonly ColumnSpec[];
  /** Headers whose values together are unique per row (empty: no key). */
  readonly key: readonly string[];
}
