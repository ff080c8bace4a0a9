import { describeAdjustment } from "../codes";
import { ymdFromSerial } from "../dates/excel-dates";
import type { SampleContext } from "./context";
import { codeVisit, type CodedLine } from "./coding";
import { type FeeSchedule, type Payer, payerOfPatient } from "./payers";
import { procedure } from "./procedures";
import { sampleAllowedRate } from "./revenue-cycle";
import type { Random } from "./random";
import { dollars, patientRef, sequentialId } from "./rows";
import type { PaymentDraft } from "./payments";
import type { Visit } from "./schedule";
import { ITEMS_PER_STEP, type Steps } from "./steps";
import type { SampleRow } from "./types";

export interface Billing {
  readonly claims: SampleRow<"Claims">[];
  readonly lines: SampleRow<"ClaimLines">[];
  readonly payments: PaymentDraft[];
}

type ClaimStatus = SampleRow<"Claims">["status"];

/** An adjudicated line: what the payer allowed, paid, left to the patient and cut for sequestration. */
interface LineResult {
  readonly allowed: number;
  readonly paid: number;
  readonly patientShare: number;
  readonly patientReason: "1" | "2" | "3" | "";
  readonly sequestration: number;
}

const DENIALS: readonly (readonly [readonly ["CO" | "PR", string], number])[] = [
  [["CO", "16"], 25],
  [["CO", "197"], 15],
  [["CO", "50"], 12],
  [["PR", "27"], 10],
  [["CO", "22"], 8],
  [["CO", "18"], 8],
  [["CO", "109"], 7],
  [["PR", "204"], 8],
  [["CO", "96"], 7],
];
const LINE_DENIALS: readonly (readonly ["CO", string])[] = [
  ["CO", "97"],
  ["CO", "11"],
  ["CO", "50"],
];
const REJECTIONS = [
  "Rejected: subscriber ID not found",
  "Rejected: invalid rendering NPI",
  "Rejected: missing diagnosis pointer",
];
/** Medicare pays 2% less than its allowed amount (CARC 253). */
const SEQUESTRATION = 0.02;
const COINSURANCE = 0.2;

export function* generateBilling(
  context: SampleContext,
  rng: Random,
  visits: readonly Visit[],
  payers: readonly Payer[],
  fees: FeeSchedule,
): Steps<Billing> {
  const billing: Billing = { claims: [], lines: [], payments: [] };
  // Follow-up (reworked denials, lost claims, patient balances) draws from its own stream, so the
  // claims' first answers stay exactly as the billing stream makes them.
  const follow = rng.fork("follow-up");
  for (const [i, visit] of visits.entries()) {
    if (i > 0 && i % ITEMS_PER_STEP === 0) yield;
    const payer = payerOfPatient(payers, visit.patient, context.seed);
    const claimId = sequentialId("CLM", i + 1, 6);
    const encounter = codeVisit(rng, visit, payer);
    const outcome =
      payer.type === "Self-Pay"
        ? selfPay(context, rng, visit, payer, fees, encounter.lines, claimId)
        : withPatientPayments(
            context,
            follow,
            visit,
            claimId,
            insured(context, rng, follow, visit, payer, fees, encounter.lines, claimId),
          );
    const decided = outcome.claim;
    billing.claims.push({
      claimId,
      patientRef: patientRef(visit.patient),
      payerId: payer.id,
      providerId: visit.provider.id,
      serviceDate: visit.date,
      diagnosisCodes: encounter.diagnoses.join(", "),
      totalCharge: dollars(sum(encounter.lines.map((l) => l.chargeCents))),
      status: decided.status,
      submittedOn: decided.submittedOn,
      allowed: decided.allowed,
      paid: decided.paid,
      adjustment: decided.adjustment,
      patientResponsibility: decided.patientResponsibility,
      balance: "", // a calculated column: Excel fills it
      denialReason: decided.denialReason,
      lastActivity: decided.lastActivity,
      // Follow-up and appeal columns: filled in by the revenue-cycle pass (revenue-cycle.ts).
      followUpOn: "",
      owner: "",
      appealDeadline: "",
      appealFiledOn: "",
      appealOutcome: "",
    });
    encounter.lines.forEach((line, n) => {
      const result = outcome.lines?.[n];
      billing.lines.push({
        claimId,
        line: n + 1,
        code: line.code,
        modifiers: line.modifiers,
        diagnosisPointers: line.pointers,
        units: line.units,
        charge: dollars(line.chargeCents),
        allowed: result === undefined ? "" : dollars(result.allowed),
        paid: result === undefined ? "" : dollars(result.paid),
      });
    });
    billing.payments.push(...outcome.payments);
  }
  return billing;
}

type ClaimOutcome = Pick<
  SampleRow<"Claims">,
  | "status"
  | "submittedOn"
  | "allowed"
  | "paid"
  | "adjustment"
  | "patientResponsibility"
  | "denialReason"
  | "lastActivity"
>;

interface Outcome {
  readonly claim: ClaimOutcome;
  /** Per line, once the payer has answered (undefined while the claim is unanswered). */
  readonly lines: readonly LineResult[] | undefined;
  readonly payments: PaymentDraft[];
}

function unanswered(
  status: ClaimStatus,
  submittedOn: number | "",
  lastActivity: number,
  denialReason = "",
): Outcome {
  return {
    claim: {
      status,
      submittedOn,
      allowed: "",
      paid: "",
      adjustment: "",
      patientResponsibility: "",
      denialReason,
      lastActivity,
    },
    lines: undefined,
    payments: [],
  };
}

/** Days after submission a biller chases a claim the payer never answered. */
const FOLLOW_UP_DAYS: readonly [number, number] = [30, 45];

/**
 * Insurance claims age through the states a biller sees: drafts for the last days, submitted and
 * accepted while the payer works, then paid, partly paid or denied; old denials get appealed or written off.
 * The biller follows up: a claim the payer lost is sent again, most denials are corrected and paid, and
 * some appeals are won (those draw from `follow`).
 */
function insured(
  context: SampleContext,
  rng: Random,
  follow: Random,
  visit: Visit,
  payer: Payer,
  fees: FeeSchedule,
  lines: readonly CodedLine[],
  claimId: string,
): Outcome {
  const { asOf } = context;
  const submitted = visit.date + rng.int(1, 4);
  if (submitted > asOf) return unanswered("Draft", "", visit.date);
  if (asOf - submitted <= 10 && rng.chance(0.03)) {
    return unanswered("Rejected", submitted, Math.min(asOf, submitted + 1), rng.pick(REJECTIONS));
  }
  const answered = submitted + rng.int(payer.lagDays[0], payer.lagDays[1]);
  const waiting = () => {
    const accepted = asOf - submitted >= 2;
    return unanswered(accepted ? "Accepted" : "Submitted", submitted, accepted ? submitted + 1 : submitted);
  };
  if (answered > asOf) return waiting();
  if (rng.chance(0.02)) {
    // Lost by the payer: the biller notices after a month or so and sends it again.
    const resent = submitted + follow.int(FOLLOW_UP_DAYS[0], FOLLOW_UP_DAYS[1]);
    const reanswered = resent + follow.int(payer.lagDays[0], payer.lagDays[1]);
    if (reanswered > asOf) return waiting();
    return pay(context, follow, visit, payer, fees, lines, claimId, submitted, reanswered);
  }
  if (rng.chance(payer.denialRate)) {
    return followUpDenial(
      context,
      follow,
      deny(context, rng, payer, lines, claimId, submitted, answered),
      (decided) => pay(context, follow, visit, payer, fees, lines, claimId, submitted, decided),
    );
  }
  return pay(context, rng, visit, payer, fees, lines, claimId, submitted, answered);
}

/** A denied claim as the payer first answers it, then appealed (35%) or, when old, written off (50%). */
function deny(
  context: SampleContext,
  rng: Random,
  payer: Payer,
  lines: readonly CodedLine[],
  claimId: string,
  submitted: number,
  answered: number,
): Outcome & { readonly group: "CO" | "PR"; readonly answered: number } {
  const { asOf } = context;
  const total = sum(lines.map((l) => l.chargeCents));
  const [group, reason] = rng.weighted(DENIALS);
  const denied = lines.map(() => zeroLine());
  const payments = [eraPayment(context, payer, claimId, answered, 0, group, reason, total)];
  const base = {
    submittedOn: submitted,
    allowed: 0,
    paid: 0,
    patientResponsibility: 0,
    denialReason: describeAdjustment(group, reason),
  };
  if (asOf - answered > 20 && rng.chance(0.35)) {
    const appealed = Math.min(asOf, answered + rng.int(10, 20));
    return {
      claim: { ...base, status: "Appealed", adjustment: 0, lastActivity: appealed },
      lines: denied,
      payments,
      group,
      answered,
    };
  }
  if (asOf - answered > 90 && rng.chance(0.5)) {
    const writtenOff = Math.min(asOf, answered + rng.int(60, 90));
    return {
      claim: { ...base, status: "Closed", adjustment: dollars(total), lastActivity: writtenOff },
      lines: denied,
      payments,
      group,
      answered,
    };
  }
  return {
    claim: { ...base, status: "Denied", adjustment: 0, lastActivity: answered },
    lines: denied,
    payments,
    group,
    answered,
  };
}

/**
 * Most contractual denials (missing information, authorization, coding) are fixed and sent again
 * within weeks and then paid (75%); a won appeal is paid a month or two after it was filed (60%).
 * The denial's remittance stays in Payments; the claim shows where it stands now.
 */
function followUpDenial(
  context: SampleContext,
  follow: Random,
  denial: ReturnType<typeof deny>,
  payOn: (decided: number) => Outcome,
): Outcome {
  if (denial.group !== "CO" || denial.claim.status === "Closed") return denial;
  const appeal = denial.claim.status === "Appealed";
  const wins = follow.chance(appeal ? 0.6 : 0.75);
  const from = appeal ? Number(denial.claim.lastActivity) : denial.answered;
  const decided = from + (appeal ? follow.int(30, 60) : follow.int(15, 35));
  if (!wins || decided > context.asOf) return denial;
  const paid = payOn(decided);
  // The claim keeps the first denial's reason, so it still counts in the denial rate.
  const reasons = [`${denial.claim.denialReason} (${appeal ? "appeal won" : "corrected and paid"})`];
  if (paid.claim.denialReason !== "") reasons.push(String(paid.claim.denialReason));
  return {
    ...paid,
    claim: { ...paid.claim, denialReason: reasons.join("; ") },
    payments: [...denial.payments, ...paid.payments],
  };
}

/** The payer pays: allowed from the fee schedule, the patient's share, partial line denials. */
function pay(
  context: SampleContext,
  rng: Random,
  visit: Visit,
  payer: Payer,
  fees: FeeSchedule,
  lines: readonly CodedLine[],
  claimId: string,
  submitted: number,
  answered: number,
): Outcome {
  const era = (amount: number, group: "CO" | "PR" | "", reason: string, adjustment: number) =>
    eraPayment(context, payer, claimId, answered, amount, group, reason, adjustment);
  const partial = lines.length >= 2 && rng.chance(0.06);
  const deductibleSeason = isEarlyInYear(visit.date) && rng.chance(0.3);
  let copayLeft = payer.copayCents;
  const results = lines.map((line, n): LineResult => {
    if (partial && n === lines.length - 1) return zeroLine();
    const rate = sampleAllowedRate(payer, claimId, fees.rateCents(payer, line.code, visit.date));
    const allowed = Math.min(line.chargeCents, rate * line.units);
    let patientShare = 0;
    let patientReason: LineResult["patientReason"] = "";
    if (!procedure(line.code).preventive && payer.type !== "Medicaid") {
      if (payer.type === "Medicare") {
        patientShare = Math.round(allowed * COINSURANCE);
        patientReason = "2";
      } else if (deductibleSeason) {
        patientShare = allowed;
        patientReason = "1";
      } else if (copayLeft > 0 && /^992/.test(line.code)) {
        patientShare = Math.min(copayLeft, allowed);
        copayLeft -= patientShare;
        patientReason = "3";
      }
    }
    const sequestration =
      payer.type === "Medicare" ? Math.round((allowed - patientShare) * SEQUESTRATION) : 0;
    return {
      allowed,
      paid: allowed - patientShare - sequestration,
      patientShare,
      patientReason,
      sequestration,
    };
  });

  const paidLines = results.filter((_, n) => !(partial && n === lines.length - 1));
  const contractual = sum(
    lines.map((l, n) => (partial && n === lines.length - 1 ? 0 : l.chargeCents - (results[n]?.allowed ?? 0))),
  );
  const sequestration = sum(results.map((r) => r.sequestration));
  const paid = sum(results.map((r) => r.paid));
  const payments = [era(paid, contractual > 0 ? "CO" : "", contractual > 0 ? "45" : "", contractual)];
  if (sequestration > 0) payments.push(era(0, "CO", "253", sequestration));
  for (const reason of ["1", "2", "3"] as const) {
    const amount = sum(paidLines.filter((r) => r.patientReason === reason).map((r) => r.patientShare));
    if (amount > 0) payments.push(era(0, "PR", reason, amount));
  }
  let denialReason = "";
  if (partial) {
    const [group, reason] = rng.pick(LINE_DENIALS);
    const deniedCharge = lines[lines.length - 1]?.chargeCents ?? 0;
    payments.push(era(0, group, reason, deniedCharge));
    denialReason = `Line ${lines.length}: ${describeAdjustment(group, reason)}`;
  }
  return {
    claim: {
      status: partial ? "Partially Paid" : "Paid",
      submittedOn: submitted,
      allowed: dollars(sum(results.map((r) => r.allowed))),
      paid: dollars(paid),
      adjustment: dollars(contractual + sequestration),
      patientResponsibility: dollars(sum(results.map((r) => r.patientShare))),
      denialReason,
      lastActivity: answered,
    },
    lines: results,
    payments,
  };
}

/**
 * Self-pay visits are priced at the cash discount: most pay at checkout, the rest get a statement
 * and pay within weeks (a few not yet). The discount is posted with the payment (CO-45).
 */
function selfPay(
  context: SampleContext,
  rng: Random,
  visit: Visit,
  payer: Payer,
  fees: FeeSchedule,
  lines: readonly CodedLine[],
  claimId: string,
): Outcome {
  const total = sum(lines.map((l) => l.chargeCents));
  const prices = lines.map((l) =>
    Math.min(l.chargeCents, fees.rateCents(payer, l.code, visit.date) * l.units),
  );
  const price = sum(prices);
  const atCheckout = rng.chance(0.65);
  const statementOn = atCheckout ? visit.date : visit.date + 2;
  const paidOn = atCheckout ? visit.date : statementOn + rng.int(14, 45);
  const isPaid = paidOn <= context.asOf && (atCheckout || rng.chance(0.85));
  const status: ClaimStatus = isPaid ? "Paid" : statementOn <= context.asOf ? "Submitted" : "Draft";
  const method = rng.weighted([
    ["Card", 60],
    ["Cash", 25],
    ["Check", 15],
  ] as const);
  return {
    claim: {
      status,
      submittedOn: status === "Draft" ? "" : statementOn,
      allowed: dollars(price),
      paid: dollars(isPaid ? price : 0),
      adjustment: dollars(total - price),
      patientResponsibility: dollars(price),
      denialReason: "",
      lastActivity: isPaid ? paidOn : status === "Draft" ? visit.date : statementOn,
    },
    lines: prices.map((allowed) => ({
      allowed,
      paid: isPaid ? allowed : 0,
      patientShare: allowed,
      patientReason: "",
      sequestration: 0,
    })),
    payments: isPaid
      ? [
          {
            claimId,
            payerId: "",
            receivedOn: paidOn,
            amountCents: price,
            method,
            reference: method === "Check" ? String(rng.int(1001, 9999)) : "",
            source: "Patient",
            // The cash discount is posted with the payment, like a payer's contractual adjustment.
            group: total > price ? "CO" : "",
            reason: total > price ? "45" : "",
            adjustmentCents: total > price ? total - price : null,
          },
        ]
      : [],
  };
}

/** Share of patients who pay their copay at check-in, and who pay a statement in full. */
const COPAY_AT_CHECK_IN = 0.95;
const STATEMENT_PAID = 0.9;

/**
 * What insured patients pay the practice: the copay at check-in (most of them), the rest of their
 * share (deductible, coinsurance, a copay not collected) by statement after the payer's answer. Paid
 * on the claim stays what the payer paid; these are Payments with Source "Patient".
 */
function withPatientPayments(
  context: SampleContext,
  follow: Random,
  visit: Visit,
  claimId: string,
  outcome: Outcome,
): Outcome {
  const status = outcome.claim.status;
  if ((status !== "Paid" && status !== "Partially Paid") || outcome.lines === undefined) return outcome;
  const copay = sum(outcome.lines.filter((l) => l.patientReason === "3").map((l) => l.patientShare));
  const owed = sum(outcome.lines.map((l) => l.patientShare));
  if (owed <= 0) return outcome;
  const payments: PaymentDraft[] = [];
  const patientPayment = (receivedOn: number, amountCents: number, atDesk: boolean): PaymentDraft => {
    const method = follow.weighted(
      atDesk
        ? ([
            ["Card", 70],
            ["Cash", 20],
            ["Check", 10],
          ] as const)
        : ([
            ["Card", 65],
            ["Check", 35],
          ] as const),
    );
    return {
      claimId,
      payerId: "",
      receivedOn,
      amountCents,
      method,
      reference: method === "Check" ? String(follow.int(1001, 9999)) : "",
      source: "Patient",
      group: "",
      reason: "",
      adjustmentCents: null,
    };
  };
  let statement = owed;
  if (copay > 0 && follow.chance(COPAY_AT_CHECK_IN)) {
    payments.push(patientPayment(visit.date, copay, true));
    statement -= copay;
  }
  if (statement > 0 && follow.chance(STATEMENT_PAID)) {
    const paidOn = Number(outcome.claim.lastActivity) + follow.int(3, 7) + follow.int(10, 40);
    if (paidOn <= context.asOf) payments.push(patientPayment(paidOn, statement, false));
  }
  return { ...outcome, payments: [...outcome.payments, ...payments] };
}

function eraPayment(
  context: SampleContext,
  payer: Payer,
  claimId: string,
  receivedOn: number,
  amountCents: number,
  group: "CO" | "PR" | "",
  reason: string,
  adjustmentCents: number,
): PaymentDraft {
  return {
    claimId,
    payerId: payer.id,
    receivedOn,
    amountCents,
    method: payer.method,
    reference: traceNumber(context.seed, payer, receivedOn),
    source: "ERA",
    group,
    reason,
    adjustmentCents: group === "" ? null : adjustmentCents,
  };
}

/** One EFT trace or check number per payer and remittance day, as in an 835 (TRN02). */
function traceNumber(seed: number, payer: Payer, day: number): string {
  let h = (seed ^ Math.imul(day, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < payer.id.length; i++) h = Math.imul(h ^ payer.id.charCodeAt(i), 0x01000193) >>> 0;
  const digits = String(h % 1_000_000_000).padStart(9, "0");
  return payer.method === "EFT" ? `1${digits}` : digits.slice(0, 7);
}

function zeroLine(): LineResult {
  return { allowed: 0, paid: 0, patientShare: 0, patientReason: "", sequestration: 0 };
}

/** January to March, when commercial deductibles reset and patients owe the whole allowed amount. */
function isEarlyInYear(serial: number): boolean {
  return ymdFromSerial(serial).month <= 3;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
