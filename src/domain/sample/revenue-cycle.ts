/**
 * The sample practice's revenue-cycle follow-up, laid over the billing it was made from: appointments
 * linked to their claims, a few recent visits not billed yet, appeal deadlines on denials, appeals
 * filed and decided, the underpayments an 835 posting stored, and the calls billers logged.
 * Runs on its own random stream, so the claims' first answers stay as billing made them.
 */
import type { SampleContext } from "./context";
import type { Billing } from "./billing";
import { type FeeSchedule, type Payer, SAMPLE_APPEAL_WINDOWS } from "./payers";
import type { Random } from "./random";
import { dollars } from "./rows";
import type { Schedule } from "./schedule";
import type { StaffMember } from "./staff";
import { ITEMS_PER_STEP, type Steps } from "./steps";
import type { SampleRow } from "./types";

/** Share of commercial claims the payer pays at last year's rates (found as underpayments). */
const UNDERPAID_EVERY = 40;
const UNDERPAID_FACTOR = 0.92;

/** Small stable hash of a claim ID: picks underpaid claims without drawing from any random stream. */
function claimHash(claimId: string): number {
  let h = 2166136261;
  for (let i = 0; i < claimId.length; i++) h = Math.imul(h ^ claimId.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** What the payer allowed per unit, in cents: a few commercial claims come back at last year's rates. */
export function sampleAllowedRate(payer: Payer, claimId: string, contractedCents: number): number {
  if (payer.type !== "Commercial" || claimHash(claimId) % UNDERPAID_EVERY !== 0) return contractedCents;
  return Math.round(contractedCents * UNDERPAID_FACTOR);
}

const num = (v: SampleRow<"Claims">[keyof SampleRow<"Claims">]): number | null =>
  typeof v === "number" ? v : null;

export function* reviseRevenueCycle(
  context: SampleContext,
  rng: Random,
  schedule: Schedule,
  billing: Billing,
  payers: readonly Payer[],
  fees: FeeSchedule,
  staff: readonly StaffMember[],
): Steps<SampleRow<"ClaimActivity">[]> {
  const { asOf } = context;
  const activity: SampleRow<"ClaimActivity">[] = [];
  const billers = staff.filter((s) => s.active && s.role === "Biller").map((s) => s.firstName);
  const owners = billers.length > 0 ? billers : ["Billing"];
  const payerById = new Map(payers.map((p) => [p.id, p]));
  const firstEra = new Map<string, number>();
  for (const p of billing.payments) {
    if (p.source !== "ERA") continue;
    const seen = firstEra.get(p.claimId);
    if (seen === undefined || p.receivedOn < seen) firstEra.set(p.claimId, p.receivedOn);
  }

  // Link each appointment to its claim (front desks mostly do; the rest match by patient, date, provider).
  const unbilled = new Set<string>();
  for (const [i, visit] of schedule.visits.entries()) {
    if (i > 0 && i % (ITEMS_PER_STEP * 4) === 0) yield;
    const claim = billing.claims[i];
    const row = schedule.rows[visit.row];
    if (!claim || !row) continue;
    const age = asOf - visit.date;
    const waiting = claim.status === "Draft" || claim.status === "Submitted" || claim.status === "Accepted";
    // Charge capture slips: a few visits of the last days were never billed.
    if (waiting && age >= 3 && age <= 12 && rng.chance(0.12)) {
      unbilled.add(String(claim.claimId));
      continue;
    }
    if (rng.chance(0.9)) row.claimId = claim.claimId;
  }
  if (unbilled.size > 0) {
    const keep = <T extends { claimId: unknown }>(rows: T[]) => {
      const kept = rows.filter((r) => !unbilled.has(String(r.claimId)));
      rows.splice(0, rows.length, ...kept);
    };
    keep(billing.claims);
    keep(billing.lines);
  }

  const linesOf = new Map<string, SampleRow<"ClaimLines">[]>();
  yield;
  for (const [n, line] of billing.lines.entries()) {
    if (n > 0 && n % (ITEMS_PER_STEP * 20) === 0) yield;
    const id = String(line.claimId);
    const list = linesOf.get(id);
    if (list) list.push(line);
    else linesOf.set(id, [line]);
  }

  for (const [n, claim] of billing.claims.entries()) {
    if (n > 0 && n % ITEMS_PER_STEP === 0) yield;
    const id = String(claim.claimId);
    const payer = payerById.get(String(claim.payerId));
    if (!payer) continue;
    const window = SAMPLE_APPEAL_WINDOWS[payer.type];
    const deniedOn = firstEra.get(id);
    const last = num(claim.lastActivity) ?? asOf;
    const reason = String(claim.denialReason);
    const owner = rng.pick(owners);
    const log = (date: number, action: SampleRow<"ClaimActivity">["action"], note: string, extra = {}) =>
      activity.push({ claimId: id, date, by: owner, action, amount: "", note, nextFollowUp: "", ...extra });

    if (claim.status === "Denied" && deniedOn !== undefined && typeof window === "number") {
      claim.appealDeadline = deniedOn + window;
      if (rng.chance(0.5)) {
        const called = Math.min(asOf, deniedOn + rng.int(3, 10));
        const next = called + 14;
        log(called, "Called Payer", "Payer confirmed the denial; records requested for appeal.", {
          nextFollowUp: next,
        });
        claim.followUpOn = next;
        claim.owner = owner;
      }
    } else if (claim.status === "Appealed" && deniedOn !== undefined && typeof window === "number") {
      claim.appealDeadline = deniedOn + window;
      claim.appealFiledOn = last;
      claim.appealOutcome = "Pending";
      claim.owner = owner;
      claim.followUpOn = Math.min(asOf + 30, last + 45);
      log(last, "Appeal Filed", `Appeal sent for ${reason}.`, { nextFollowUp: claim.followUpOn });
    } else if (reason.includes("(appeal won)") && deniedOn !== undefined && typeof window === "number") {
      const filed = Math.min(last - 30, deniedOn + 15);
      claim.appealDeadline = deniedOn + window;
      claim.appealFiledOn = filed;
      claim.appealOutcome = "Won";
      log(filed, "Appeal Filed", "Appeal sent with records.");
      log(last, "Appeal Won", "Payer reprocessed the claim.");
    } else if (claim.status === "Closed" && reason !== "" && deniedOn !== undefined) {
      log(last, "Write-off Approved", `Written off after denial: ${reason}.`, {
        amount: typeof claim.adjustment === "number" ? claim.adjustment : "",
      });
    }

    if (claim.status === "Paid" || claim.status === "Partially Paid") {
      let shortCents = 0;
      const notes: string[] = [];
      for (const line of linesOf.get(id) ?? []) {
        const allowed = typeof line.allowed === "number" ? Math.round(line.allowed * 100) : null;
        const units = typeof line.units === "number" ? line.units : 1;
        const charge = typeof line.charge === "number" ? Math.round(line.charge * 100) : 0;
        if (allowed === null || allowed === 0) continue;
        const rate = fees.rateCents(payer, String(line.code), num(claim.serviceDate) ?? asOf);
        const expected = Math.min(charge, rate * units);
        if (allowed >= expected) continue;
        shortCents += expected - allowed;
        notes.push(`${String(line.code)}: allowed ${dollars(allowed)}, contract ${dollars(expected)}`);
      }
      if (shortCents > 0) {
        log(last, "Underpaid", `Underpaid against the fee schedule (${notes.join("; ")}).`, {
          amount: dollars(shortCents),
          by: "835 import",
        });
      }
    }
  }
  return activity.sort((a, b) => Number(a.date) - Number(b.date));
}
