/**
 * The work queue: every claim that needs someone to act, one row per claim under its most pressing
 * reason, soonest deadline first (no deadline last), then the largest balance.
 */
import { age } from "../metrics/aging";
import { ROWS_PER_STEP, runAll, runInSteps, type Breathe } from "../slices";
import { claimBalance, openClaimsSteps } from "../summaries/figures/receivables";
import type { Rows } from "../summaries/inputs";
import { textKey } from "../summaries/inputs";
import { IMPORT_AUTHOR } from "../import/follow-ups";
import { historyByClaim } from "./claim-activity";
import {
  AWAITING_PAYER,
  DEFAULT_APPEAL_WINDOW_DAYS,
  NO_ANSWER_DAYS,
  PATIENT_BALANCE_DAYS,
  TIMELY_FILING_DUE_DAYS,
} from "./constants";

export type QueueReason =
  "rejected" | "denied" | "noAnswer" | "underpaid" | "timelyFiling" | "patientBalance";

/** The queue's groups, in the order a claim is assigned to the first that applies. */
export const QUEUE_GROUPS: readonly { readonly reason: QueueReason; readonly title: string }[] = [
  { reason: "rejected", title: "Rejected: correct and resubmit" },
  { reason: "denied", title: "Denied: appeal or write off by the appeal deadline" },
  { reason: "noAnswer", title: `No payer answer ${NO_ANSWER_DAYS}+ days after submission: call the payer` },
  { reason: "underpaid", title: "Underpaid against the fee schedule: appeal the shortfall" },
  { reason: "timelyFiling", title: `Timely filing due within ${TIMELY_FILING_DUE_DAYS} days: file now` },
  {
    reason: "patientBalance",
    title: `Patient balance over ${PATIENT_BALANCE_DAYS} days: follow up with the patient`,
  },
];

export interface QueueItem {
  readonly reason: QueueReason;
  readonly claimId: string;
  readonly patientRef: string | null;
  readonly payerId: string | null;
  /** Open balance: Total Charge - Paid - Adjustment (the patient's part for patient balances). */
  readonly balance: number;
  /** The denial or rejection reason as written (CARC text), or why the claim is here. */
  readonly why: string;
  readonly deadline: number | null;
  readonly owner: string | null;
  readonly nextFollowUp: number | null;
  readonly lastActivity: number | null;
  /** The last ClaimActivity action, when it is the latest thing that happened. */
  readonly lastAction: string | null;
}

export interface QueueTables {
  readonly claims: Rows<"Claims">;
  readonly payers: Rows<"Payers">;
  readonly payments: Rows<"Payments">;
  readonly activity: Rows<"ClaimActivity">;
}

const money = (n: number) => `$${n.toFixed(2)}`;

export function workQueue(tables: QueueTables, asOf: number): QueueItem[] {
  return runAll(workQueueSteps(tables, asOf));
}

/** workQueue in steps, breathing between them (every claim is looked at). */
export function workQueueInSteps(tables: QueueTables, asOf: number, breathe: Breathe): Promise<QueueItem[]> {
  return runInSteps(workQueueSteps(tables, asOf), breathe);
}

function* workQueueSteps(tables: QueueTables, asOf: number): Generator<void, QueueItem[]> {
  const today = Math.floor(asOf);
  const payers = new Map(tables.payers.flatMap((p) => (p.payerId === null ? [] : [[textKey(p.payerId), p]])));
  const history = historyByClaim(tables.activity);
  yield;
  const open = yield* openClaimsSteps(tables.claims, tables.payments, tables.payers, asOf);
  const patientDue = new Map(open.filter((o) => o.duePatient > 0.005).map((o) => [o.claim, o.duePatient]));
  const items: QueueItem[] = [];

  let done = 0;
  for (const claim of tables.claims) {
    if (++done % ROWS_PER_STEP === 0) yield;
    if (claim.claimId === null || claim.status === "Closed") continue;
    const payer = payers.get(textKey(claim.payerId));
    const filingDeadline =
      claim.serviceDate !== null && payer?.timelyFilingDays != null
        ? claim.serviceDate + payer.timelyFilingDays
        : null;
    const appealWindow = payer?.appealWindowDays ?? DEFAULT_APPEAL_WINDOW_DAYS;
    const h = history.get(textKey(claim.claimId));
    const balance = claimBalance(claim);
    let reason: QueueReason | null = null;
    let why = "";
    let deadline: number | null = null;
    let shown = balance;

    if (claim.status === "Rejected") {
      reason = "rejected";
      why = claim.denialReason ?? "Rejected (no reason recorded)";
      deadline = filingDeadline;
    } else if (claim.status === "Denied") {
      reason = "denied";
      why = claim.denialReason ?? "Denied (no reason recorded)";
      deadline =
        claim.appealDeadline ?? (claim.lastActivity === null ? null : claim.lastActivity + appealWindow);
    } else if (
      AWAITING_PAYER.some((s) => s === claim.status) &&
      claim.submittedOn !== null &&
      age(claim.submittedOn, today) > NO_ANSWER_DAYS
    ) {
      reason = "noAnswer";
      why = `No answer ${age(claim.submittedOn, today)} days after submission`;
      deadline = filingDeadline;
    } else if (h !== undefined && h.underpaid > 0.005) {
      reason = "underpaid";
      why = `Underpaid ${money(h.underpaid)} against the fee schedule`;
      deadline = h.underpaidOn === null ? null : h.underpaidOn + appealWindow;
    } else if (
      claim.status === "Draft" &&
      filingDeadline !== null &&
      filingDeadline - today <= TIMELY_FILING_DUE_DAYS
    ) {
      reason = "timelyFiling";
      const left = filingDeadline - today;
      why = left < 0 ? `Timely filing limit passed ${-left} days ago` : `Timely filing limit in ${left} days`;
      deadline = filingDeadline;
    } else {
      const due = patientDue.get(claim);
      if (
        due !== undefined &&
        claim.serviceDate !== null &&
        age(claim.serviceDate, today) > PATIENT_BALANCE_DAYS
      ) {
        reason = "patientBalance";
        why = `Patient owes ${money(due)}, ${age(claim.serviceDate, today)} days since service`;
        shown = due;
      }
    }
    if (reason === null) continue;

    const logged = h?.last?.date ?? null;
    const useLog = logged !== null && (claim.lastActivity === null || logged >= claim.lastActivity);
    const followUps = [claim.followUpOn, h?.nextFollowUp ?? null].filter((d): d is number => d !== null);
    items.push({
      reason,
      claimId: claim.claimId,
      patientRef: claim.patientRef,
      payerId: claim.payerId,
      balance: Math.round(shown * 100) / 100,
      why,
      deadline,
      // Whoever last worked the claim owns it, unless that was the 835 import.
      owner: claim.owner ?? (h?.last?.by === IMPORT_AUTHOR ? null : (h?.last?.by ?? null)),
      nextFollowUp: claim.followUpOn ?? (followUps.length > 0 ? Math.max(...followUps) : null),
      lastActivity: useLog ? logged : claim.lastActivity,
      lastAction: useLog ? (h?.last?.action ?? null) : null,
    });
  }
  const order = new Map(QUEUE_GROUPS.map((g, i) => [g.reason, i]));
  return items.sort(
    (a, b) =>
      (order.get(a.reason) ?? 0) - (order.get(b.reason) ?? 0) ||
      (a.deadline ?? Infinity) - (b.deadline ?? Infinity) ||
      b.balance - a.balance ||
      a.claimId.localeCompare(b.claimId),
  );
}
