import type { Catalog, CellValue, TableName } from "../catalog";

/** One table's contents, ready to write as a 2-D block under its header row. */
export interface TableData {
  /** Catalog headers, in catalog order. */
  headers: string[];
  /** One array per row, aligned with `headers`. Blank cells are "". */
  rows: CellValue[][];
}

export type PracticeData = Record<TableName, TableData>;

/** The known bad values `plantErrors` can put into the sample (for validation demos and tests). */
export const PLANTED_ERROR_KINDS = [
  "invalid-npi",
  "malformed-cpt",
  "bad-icd10",
  "double-booking",
  "lines-total-mismatch",
  "paid-over-allowed",
  "denied-without-reason",
  "negative-on-hand",
  "reorder-above-par",
  "expired-lot",
  "po-received-before-ordered",
  "contract-end-before-start",
  "duplicate-budget-row",
  "expense-account-not-budgeted",
  "expired-required-training",
  "overdue-records-request",
  "duplicate-claim-id",
  "missing-provider",
  "excel-error",
  "date-as-text",
  "expired-license",
  "missed-breach-notice",
] as const;

export type PlantedErrorKind = (typeof PLANTED_ERROR_KINDS)[number];

/** Where one planted error sits. */
export interface PlantedError {
  readonly table: TableName;
  /** 0-based index into that table's `rows` (the header row is not counted). */
  readonly rowIndex: number;
  /** Header of the cell that carries the problem. */
  readonly header: string;
  readonly kind: PlantedErrorKind;
  /** What was planted, for messages, e.g. 'NPI 1234567890 has a wrong check digit'. */
  readonly detail: string;
}

export interface PlantOptions {
  /** Which errors to plant (default: every kind, one each). */
  readonly kinds?: readonly PlantedErrorKind[];
}

export interface PracticeOptions {
  /** Same seed, same practice (default 1). */
  readonly seed?: number;
  /** Number of providers (default 6). Ignored when `claimLines` is given: the target sizes the practice. */
  readonly providers?: number;
  /** Months of history ending at `asOf` (default 12), counting asOf's month. */
  readonly months?: number;
  /** Approximate number of claim lines wanted; providers, appointments, claims, staff scale with it. */
  readonly claimLines?: number;
  /** Excel serial of "today" (default DEFAULT_AS_OF so output is deterministic; callers pass today). */
  readonly asOf?: number;
  /** Plant one known bad value of each kind (or the kinds listed). */
  readonly plantErrors?: boolean | PlantOptions;
}

/**
 * The sample practice. It is a PracticeData (one entry per table); `plantedErrors` is an extra,
 * non-enumerable property so Object.keys/entries still list only the tables.
 */
export type SamplePractice = PracticeData & { readonly plantedErrors: readonly PlantedError[] };

/** A generated row of table T: one property per catalog column key ("" for blank cells). */
export type SampleRow<T extends TableName> = {
  [C in Catalog[T]["columns"][number] as C["key"]]: CellValue;
};
