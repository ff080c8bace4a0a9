/** ClaimActivity rows grouped per claim: the latest action and open underpayments. */
import type { Rows } from "../summaries/inputs";
import { textKey } from "../summaries/inputs";
import { SETTLES_UNDERPAYMENT } from "./constants";

export type ActivityRow = Rows<"ClaimActivity">[number];

export interface ClaimHistory {
  /** The most recent row (latest Date; the later row on a tie). */
  readonly last: ActivityRow | null;
  /** Latest Next Follow-up any row asked for. */
  readonly nextFollowUp: number | null;
  /** Sum of Underpaid amounts not settled by a later write-off, appeal decision or resubmission. */
  readonly underpaid: number;
  /** Date of the earliest unsettled underpayment. */
  readonly underpaidOn: number | null;
}

const SETTLES: ReadonlySet<string> = new Set(SETTLES_UNDERPAYMENT);

/** Per Claim ID (trimmed, case-insensitive): what the activity log says. Undated rows are ignored. */
export function historyByClaim(activity: Rows<"ClaimActivity">): Map<string, ClaimHistory> {
  const rows = new Map<string, ActivityRow[]>();
  for (const a of activity) {
    if (a.claimId === null || a.date === null) continue;
    const key = textKey(a.claimId);
    const list = rows.get(key);
    if (list) list.push(a);
    else rows.set(key, [a]);
  }
  const out = new Map<string, ClaimHistory>();
  for (const [key, list] of rows) {
    // Stable sort by date keeps the typed order of same-day rows.
    const sorted = [...list].sort((a, b) => (a.date ?? 0) - (b.date ?? 0));
    let underpaid = 0;
    let underpaidOn: number | null = null;
    let nextFollowUp: number | null = null;
    for (const a of sorted) {
      if (a.action === "Underpaid" && (a.amount ?? 0) > 0) {
        underpaid += a.amount ?? 0;
        underpaidOn ??= a.date;
      } else if (a.action !== null && SETTLES.has(a.action)) {
        underpaid = 0;
        underpaidOn = null;
      }
      if (a.nextFollowUp !== null && (nextFollowUp === null || a.nextFollowUp > nextFollowUp))
        nextFollowUp = a.nextFollowUp;
    }
    out.set(key, {
      last: sorted[sorted.length - 1] ?? null,
      nextFollowUp,
      underpaid: Math.round(underpaid * 100) / 100,
      underpaidOn,
    });
  }
  return out;
}
