import type { ClaimPayment, ProviderAdjustment } from "./era-types";
import {
  adjustmentTotals,
  claimPaymentRows,
  providerAdjustmentRow,
  type PaymentContext,
} from "./payment-rows";
import type { PaymentRow } from "./workbook-rows";

/**
 * The Payments rows an import appends, made when read rather than held: 200,000 claims make 400,000
 * rows (tens of MB) that the pane's preview would otherwise keep. Each remittance to post is kept as what
 * makes its rows (its parsed claims and provider adjustments, held by the files anyway), the workbook's
 * spelling of the claim IDs where it differs, and the Payment ID sequence numbers it was given.
 */
export interface NewPaymentRows extends Iterable<PaymentRow> {
  readonly length: number;
  /** Row i; reading rows in order costs one row each (any other order starts over). */
  row(i: number): PaymentRow;
}

interface Source {
  readonly claims: readonly ClaimPayment[];
  readonly providerAdjustments: readonly ProviderAdjustment[];
  readonly context: PaymentContext;
  readonly traceNumber: string;
  /** Claim ID as the workbook writes it, by claim position, where it differs from CLP01. */
  readonly claimIds: ReadonlyMap<number, string>;
  /** Payment ID sequence numbers in row order, as runs [first, count] (gaps skip IDs the workbook has). */
  readonly runs: readonly (readonly [number, number])[];
}

/** Rows one claim payment makes (one per adjustment kind, at least one). */
export function paymentRowCount(claim: ClaimPayment): number {
  return Math.max(1, adjustmentTotals(claim).length);
}

export class NewPaymentRowsBuilder {
  private readonly sources: Source[] = [];
  private count = 0;

  /** A remittance to post; `nextSequence` gives its Payment ID numbers (called once per row, in order). */
  add(
    remittance: {
      readonly claims: readonly ClaimPayment[];
      readonly providerAdjustments: readonly ProviderAdjustment[];
      readonly traceNumber: string;
    },
    context: PaymentContext,
    claimIds: ReadonlyMap<number, string>,
    nextSequence: () => number,
  ): void {
    const runs: [number, number][] = [];
    const take = () => {
      const n = nextSequence();
      const last = runs[runs.length - 1];
      if (last && last[0] + last[1] === n) last[1]++;
      else runs.push([n, 1]);
      this.count++;
    };
    for (const claim of remittance.claims) for (let k = paymentRowCount(claim); k > 0; k--) take();
    for (let k = remittance.providerAdjustments.length; k > 0; k--) take();
    this.sources.push({
      claims: remittance.claims,
      providerAdjustments: remittance.providerAdjustments,
      context,
      traceNumber: remittance.traceNumber,
      claimIds,
      runs,
    });
  }

  build(): NewPaymentRows {
    const sources = [...this.sources];
    const count = this.count;
    const all = () => allRows(sources);
    // `at` rows have been taken from `rows`.
    let cursor: { at: number; rows: Iterator<PaymentRow> } | null = null;
    return {
      length: count,
      [Symbol.iterator]: all,
      row(i) {
        if (cursor === null || cursor.at > i) cursor = { at: 0, rows: all() };
        let value: PaymentRow | undefined;
        while (cursor.at <= i) {
          const next = cursor.rows.next();
          if (next.done) throw new RangeError(`Payments row ${i} of ${count} does not exist.`);
          cursor.at++;
          value = next.value;
        }
        if (value === undefined) throw new RangeError(`Payments row ${i} of ${count} does not exist.`);
        return value;
      },
    };
  }
}

function* allRows(sources: readonly Source[]): Generator<PaymentRow> {
  for (const source of sources) {
    const { context, traceNumber, claimIds } = source;
    const numbers = sequences(source.runs);
    const nextId = () => `ERA-${traceNumber}-${numbers.next().value ?? 0}`;
    for (const [i, claim] of source.claims.entries()) {
      yield* claimPaymentRows(claim, claimIds.get(i) ?? claim.claimId, context, nextId);
    }
    for (const plb of source.providerAdjustments) yield providerAdjustmentRow(plb, context, nextId());
  }
}

function* sequences(runs: readonly (readonly [number, number])[]): Generator<number> {
  for (const [first, count] of runs) for (let n = first; n < first + count; n++) yield n;
}
