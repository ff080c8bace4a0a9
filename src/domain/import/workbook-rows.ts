import type { CATALOG, RowOf } from "../catalog";

/** The workbook tables an 835 is matched against and posted to, as typed rows. */
export type PayerRow = RowOf<typeof CATALOG.Payers>;
export type ClaimRow = RowOf<typeof CATALOG.Claims>;
export type ClaimLineRow = RowOf<typeof CATALOG.ClaimLines>;
export type FeeRow = RowOf<typeof CATALOG.FeeSchedule>;
export type PaymentRow = RowOf<typeof CATALOG.Payments>;

export interface RemittanceWorkbook {
  readonly payers: readonly PayerRow[];
  readonly claims: readonly ClaimRow[];
  readonly claimLines: readonly ClaimLineRow[];
  readonly feeSchedule: readonly FeeRow[];
  readonly payments: readonly PaymentRow[];
}

/** Change to one existing row: `index` is its position in the RemittanceWorkbook array. */
export interface RowUpdate<Row> {
  readonly index: number;
  readonly values: Partial<Row>;
}

/** IDs and codes compare without case and surrounding spaces (users retype them). */
export function sameId(a: string | null | undefined, b: string | null | undefined): boolean {
  return normalizeId(a) !== "" && normalizeId(a) === normalizeId(b);
}

export function normalizeId(value: string | null | undefined): string {
  return (value ?? "").trim().toUpperCase();
}
