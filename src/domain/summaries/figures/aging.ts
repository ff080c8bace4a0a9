/** A/R aging by payer and bucket, split into Due Insurance and Due Patient. */
import { bucketIndex, bucketLabels } from "../../metrics/aging";
import type { SummaryInput } from "../inputs";
import { rowsOf, textKey } from "../inputs";
import { oldestFirst, openClaims, type OpenClaim } from "./receivables";

export interface PayerAging {
  readonly payerId: string;
  readonly payer: string;
  /** Due Insurance per bucket. */
  readonly buckets: readonly number[];
  readonly total: number;
}

export interface AgingFigures {
  readonly labels: readonly string[];
  /** Payers with insurance balances, largest total first. */
  readonly payers: readonly PayerAging[];
  readonly dueInsurance: readonly number[];
  readonly duePatient: readonly number[];
  readonly total: readonly number[];
  readonly grandTotal: number;
  readonly oldest: readonly OpenClaim[];
  readonly payerNames: ReadonlyMap<string, string>;
  readonly openCount: number;
}

export const OLDEST_CLAIMS = 25;
export const NO_PAYER = "(no payer)";

export function computeAging(input: SummaryInput): AgingFigures {
  const { tables, asOf, bucketDays } = input;
  const labels = bucketLabels(bucketDays);
  const payers = rowsOf(tables, "Payers");
  const payerNames = new Map(
    payers.filter((p) => p.payerId !== null).map((p) => [textKey(p.payerId), p.name ?? p.payerId ?? ""]),
  );
  const open = openClaims(rowsOf(tables, "Claims"), rowsOf(tables, "Payments"), payers, asOf);
  const zero = () => labels.map(() => 0);
  const byPayer = new Map<string, { payerId: string; buckets: number[] }>();
  const duePatient = zero();
  const dueInsurance = zero();
  for (const c of open) {
    const b = bucketIndex(c.ageDays, bucketDays);
    duePatient[b] = (duePatient[b] ?? 0) + c.duePatient;
    if (c.dueInsurance <= 0) continue;
    dueInsurance[b] = (dueInsurance[b] ?? 0) + c.dueInsurance;
    const key = textKey(c.claim.payerId);
    const entry = byPayer.get(key) ?? { payerId: c.claim.payerId ?? "", buckets: zero() };
    entry.buckets[b] = (entry.buckets[b] ?? 0) + c.dueInsurance;
    byPayer.set(key, entry);
  }
  const rows = [...byPayer.entries()].map(([key, e]) => ({
    payerId: e.payerId,
    payer: e.payerId === "" ? NO_PAYER : (payerNames.get(key) ?? e.payerId),
    buckets: e.buckets,
    total: e.buckets.reduce((t, v) => t + v, 0),
  }));
  rows.sort((a, b) => b.total - a.total || a.payer.localeCompare(b.payer));
  const total = labels.map((_, i) => (dueInsurance[i] ?? 0) + (duePatient[i] ?? 0));
  return {
    labels,
    payers: rows,
    dueInsurance,
    duePatient,
    total,
    grandTotal: total.reduce((t, v) => t + v, 0),
    oldest: oldestFirst(open, OLDEST_CLAIMS),
    payerNames,
    openCount: open.length,
  };
}
