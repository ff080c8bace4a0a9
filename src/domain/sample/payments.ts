import { dollars, sequentialId } from "./rows";
import { ITEMS_PER_STEP, type Steps } from "./steps";
import type { SampleRow } from "./types";

/** A payment before it gets its Payment ID (IDs follow the order money arrived). */
export interface PaymentDraft {
  readonly claimId: string;
  readonly payerId: string;
  readonly receivedOn: number;
  readonly amountCents: number;
  readonly method: SampleRow<"Payments">["method"];
  readonly reference: string;
  readonly source: "ERA" | "Manual" | "Patient";
  readonly group: "CO" | "PR" | "OA" | "PI" | "";
  readonly reason: string;
  /** null when the row carries no adjustment. */
  readonly adjustmentCents: number | null;
}

export function* paymentRows(drafts: readonly PaymentDraft[]): Steps<SampleRow<"Payments">[]> {
  // Array.prototype.sort is stable: same-day payments keep their claim order.
  const inOrder = [...drafts].sort((a, b) => a.receivedOn - b.receivedOn);
  const rows: SampleRow<"Payments">[] = [];
  for (const [n, draft] of inOrder.entries()) {
    if (n > 0 && n % (ITEMS_PER_STEP * 10) === 0) yield;
    rows.push({
      paymentId: sequentialId("PAY", n + 1, 7),
      claimId: draft.claimId,
      payerId: draft.payerId,
      receivedOn: draft.receivedOn,
      amount: dollars(draft.amountCents),
      method: draft.method,
      reference: draft.reference,
      source: draft.source,
      adjustmentGroup: draft.group,
      adjustmentReason: draft.reason,
      adjustmentAmount: draft.adjustmentCents === null ? "" : dollars(draft.adjustmentCents),
    });
  }
  return rows;
}
