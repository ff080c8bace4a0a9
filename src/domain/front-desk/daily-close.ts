/**
 * Closing the day: the money the day's records say came in at the desk, per payment method, next to
 * what was counted; and the day's loose ends. Inputs are the few fields needed, so the sample practice
 * and the workbook's typed rows both fit.
 */
import { PAYMENT_METHODS } from "../catalog/lists";
import { textKey } from "../summaries/inputs";
import { visitKey } from "../revenue-cycle/unbilled";

export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export interface DeskVisit {
  readonly date: number | null;
  readonly status: string | null;
  readonly copayCollected: number | null;
  readonly paymentMethod: string | null;
}

export interface DeskPayment {
  readonly receivedOn: number | null;
  readonly amount: number | null;
  readonly method: string | null;
  readonly source: string | null;
}

export interface ExpectedLine {
  readonly method: PaymentMethod;
  /** Copays collected at visits of the day with this method. */
  readonly copays: number;
  /** Payments rows with Source Patient received that day with this method. */
  readonly patientPayments: number;
  readonly expected: number;
}

const cents = (amount: number): number => Math.round(amount * 100);

/** A method as the catalog spells it; blank or unknown counts as Other (so no money is left out). */
function methodOf(text: string | null): PaymentMethod {
  const wanted = textKey(text);
  return PAYMENT_METHODS.find((m) => m.toLowerCase() === wanted) ?? "Other";
}

/**
 * Expected money per method for one day: copays collected at the day's visits plus patient payments
 * received that day. Only methods with money (or a collected amount of 0 recorded) are listed, in the
 * catalog's method order.
 */
export function closeTheDay(
  day: number,
  visits: readonly DeskVisit[],
  payments: readonly DeskPayment[],
): ExpectedLine[] {
  const copays = new Map<PaymentMethod, number>();
  const patient = new Map<PaymentMethod, number>();
  for (const v of visits) {
    if (v.date === null || Math.floor(v.date) !== day || v.copayCollected === null || v.copayCollected === 0)
      continue;
    const m = methodOf(v.paymentMethod);
    copays.set(m, (copays.get(m) ?? 0) + cents(v.copayCollected));
  }
  for (const p of payments) {
    if (p.receivedOn === null || Math.floor(p.receivedOn) !== day || p.amount === null) continue;
    if (textKey(p.source) !== "patient") continue;
    const m = methodOf(p.method);
    patient.set(m, (patient.get(m) ?? 0) + cents(p.amount));
  }
  return PAYMENT_METHODS.filter((m) => copays.has(m) || patient.has(m)).map((method) => {
    const c = copays.get(method) ?? 0;
    const p = patient.get(method) ?? 0;
    return { method, copays: c / 100, patientPayments: p / 100, expected: (c + p) / 100 };
  });
}

export interface CountedLine extends ExpectedLine {
  readonly counted: number;
  readonly variance: number;
}

/** Counted amounts per method (a method counted but not expected is added with expected 0). */
export function withCounts(
  expected: readonly ExpectedLine[],
  counted: Partial<Record<PaymentMethod, number>>,
): CountedLine[] {
  const lines: ExpectedLine[] = [...expected];
  for (const m of PAYMENT_METHODS) {
    if (counted[m] !== undefined && !lines.some((l) => l.method === m))
      lines.push({ method: m, copays: 0, patientPayments: 0, expected: 0 });
  }
  lines.sort((a, b) => PAYMENT_METHODS.indexOf(a.method) - PAYMENT_METHODS.indexOf(b.method));
  return lines.map((l) => {
    const c = counted[l.method] ?? 0;
    return { ...l, counted: c, variance: (cents(c) - cents(l.expected)) / 100 };
  });
}

export interface DayVisit extends DeskVisit {
  readonly rowIndex: number;
  readonly appointmentId: string | null;
  readonly start: number | null;
  readonly providerId: string | null;
  readonly patientRef: string | null;
  readonly copayDue: number | null;
  /** The claim billed for this visit, when the appointment names it (Appointments[Claim ID]). */
  readonly claimId?: string | null;
}

export interface DayClaim {
  readonly claimId?: string | null;
  readonly patientRef: string | null;
  readonly serviceDate: number | null;
  readonly providerId?: string | null;
}

export type ExceptionKind = "no-claim" | "copay-not-collected" | "still-open";

export interface DayException {
  readonly kind: ExceptionKind;
  readonly rowIndex: number;
  readonly appointmentId: string | null;
  readonly message: string;
}

const OPEN = new Set(["scheduled", "confirmed", "arrived", "in room"]);
const KEPT = new Set(["arrived", "in room", "completed"]);

/**
 * The day's loose ends: completed visits no claim was made for, copays due but not (fully) collected at
 * kept visits, and appointments still Scheduled, Confirmed, Arrived or In Room. In start time order.
 * A visit has a claim by the same rule as Unbilled Visits: its Claim ID names one, or a claim has the
 * same Patient Ref, service date and Provider ID.
 */
export function dayExceptions(
  day: number,
  visits: readonly DayVisit[],
  claims: readonly DayClaim[],
): DayException[] {
  const ids = new Set<string>();
  const keys = new Set<string>();
  for (const c of claims) {
    if (c.claimId !== undefined && c.claimId !== null) ids.add(textKey(c.claimId));
    const key = visitKey(c.patientRef, c.serviceDate, c.providerId ?? null);
    if (key !== null) keys.add(key);
  }
  const hasClaim = (v: DayVisit): boolean => {
    if (v.claimId !== undefined && v.claimId !== null && ids.has(textKey(v.claimId))) return true;
    const key = visitKey(v.patientRef, v.date, v.providerId);
    return key !== null && keys.has(key);
  };
  const out: (DayException & { start: number })[] = [];
  const who = (v: DayVisit): string =>
    `${v.appointmentId ?? "Appointment"} (${v.patientRef ?? "no patient"}, ${v.providerId ?? "no provider"})`;
  for (const v of visits) {
    if (v.date === null || Math.floor(v.date) !== day) continue;
    const status = textKey(v.status);
    const base = { rowIndex: v.rowIndex, appointmentId: v.appointmentId, start: v.start ?? 1 };
    if (status === "completed" && !hasClaim(v))
      out.push({
        ...base,
        kind: "no-claim",
        message: `${who(v)} was completed but has no claim for that date`,
      });
    const due = v.copayDue ?? 0;
    if (KEPT.has(status) && due > 0 && cents(v.copayCollected ?? 0) < cents(due))
      out.push({
        ...base,
        kind: "copay-not-collected",
        message: `${who(v)}: copay due $${due.toFixed(2)}, collected $${(v.copayCollected ?? 0).toFixed(2)}`,
      });
    if (OPEN.has(status))
      out.push({ ...base, kind: "still-open", message: `${who(v)} is still ${v.status ?? ""}` });
  }
  out.sort((a, b) => a.start - b.start || a.rowIndex - b.rowIndex);
  return out.map(({ start: _start, ...e }) => e);
}
