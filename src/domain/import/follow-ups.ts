/**
 * What an 835 posting records for follow-up, beyond payments: each denied claim gets its Appeal
 * Deadline (remittance date + the payer's Appeal Window, 90 days when blank), and each underpayment
 * found against the Fee Schedule is stored as an "Underpaid" ClaimActivity row (the Work Queue lists
 * it until a write-off, an appeal decision or a resubmission settles it).
 */
import type { CATALOG, RowOf } from "../catalog";
import { isoFromSerial } from "../dates/excel-dates";
import { DEFAULT_APPEAL_WINDOW_DAYS } from "../revenue-cycle/constants";
import { cents, dollars } from "./money";
import type { ClaimPreview } from "./plan-types";
import type { Underpayment } from "./underpayments";
import { normalizeId, type ClaimRow, type PayerRow, type RowUpdate } from "./workbook-rows";

export type ActivityRow = RowOf<typeof CATALOG.ClaimActivity>;

/** Who the stored rows are "By". */
export const IMPORT_AUTHOR = "835 import";

export interface PostedRemittance {
  readonly payerId: string;
  readonly traceNumber: string;
  /** Received On of the remittance's payments. */
  readonly receivedOn: number;
  readonly claims: readonly ClaimPreview[];
  readonly underpayments: readonly Underpayment[];
}

export interface FollowUpPlan {
  readonly claimUpdates: RowUpdate<ClaimRow>[];
  readonly activity: ActivityRow[];
}

export function planFollowUps(
  posted: readonly PostedRemittance[],
  payers: readonly PayerRow[],
  claims: readonly ClaimRow[],
): FollowUpPlan {
  const windows = new Map(payers.map((p) => [normalizeId(p.payerId), p.appealWindowDays]));
  const deadlines = new Map<number, number>();
  const activity: ActivityRow[] = [];
  for (const r of posted) {
    const window = windows.get(normalizeId(r.payerId)) ?? null;
    const days = window ?? DEFAULT_APPEAL_WINDOW_DAYS;
    for (const c of r.claims) {
      if (c.claimIndex !== null && c.statusAfter === "Denied")
        deadlines.set(c.claimIndex, r.receivedOn + days);
    }
    const byClaim = new Map<string, Underpayment[]>();
    for (const u of r.underpayments) byClaim.set(u.claimId, [...(byClaim.get(u.claimId) ?? []), u]);
    for (const [claimId, list] of byClaim) {
      const matched = r.claims.find((c) => c.claimId === claimId && c.claimIndex !== null);
      const id = matched?.claimIndex == null ? claimId : (claims[matched.claimIndex]?.claimId ?? claimId);
      const shortfall = dollars(list.reduce((t, u) => t + cents(u.shortfall), 0));
      const lines = list.map(
        (u) =>
          `${u.code}${u.modifiers.length > 0 ? `-${u.modifiers.join(":")}` : ""} x${u.units}: allowed ${u.allowed.toFixed(2)}, contract ${u.expected.toFixed(2)}`,
      );
      activity.push({
        claimId: id,
        date: r.receivedOn,
        by: IMPORT_AUTHOR,
        action: "Underpaid",
        amount: shortfall,
        // The trace number makes each stored row's Note unique (posting removes exactly these on failure).
        note: `Remittance ${r.traceNumber} of ${isoFromSerial(r.receivedOn)}: underpaid against the fee schedule (${lines.join("; ")})`,
        nextFollowUp: null,
      });
    }
  }
  return {
    claimUpdates: [...deadlines]
      .sort((a, b) => a[0] - b[0])
      .map(([index, d]) => ({ index, values: { appealDeadline: d } })),
    activity,
  };
}

/**
 * The posting's claim updates with the follow-up values merged in (one update per row, in row order).
 * Both lists come in row order: merged side by side, an update only one of them has is kept as it is
 * (not copied: 200,000 claims' updates are tens of MB).
 */
export function mergeClaimUpdates(
  base: readonly RowUpdate<ClaimRow>[],
  extra: readonly RowUpdate<ClaimRow>[],
): RowUpdate<ClaimRow>[] {
  const inOrder = (list: readonly RowUpdate<ClaimRow>[]) =>
    list.every((u, i) => i === 0 || u.index >= (list[i - 1]?.index ?? -1))
      ? list
      : [...list].sort((x, y) => x.index - y.index);
  const a = inOrder(base);
  const b = inOrder(extra);
  const merged: RowUpdate<ClaimRow>[] = [];
  const push = (update: RowUpdate<ClaimRow>) => {
    const last = merged[merged.length - 1];
    if (last?.index === update.index)
      merged[merged.length - 1] = { index: last.index, values: { ...last.values, ...update.values } };
    else merged.push(update);
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    // On the same row the posting's update comes first and the follow-up's values are merged onto it.
    if (x && (!y || x.index <= y.index)) {
      push(x);
      i++;
    } else if (y) {
      push(y);
      j++;
    }
  }
  return merged;
}
