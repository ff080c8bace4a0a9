/**
 * Charge capture: kept visits (Completed, Arrived, In Room) with no claim, once they are N days old.
 * A visit has a claim when its Claim ID names one, or when a claim has the same Patient Ref, Service
 * Date and Provider ID. Create draft claims turns each into a Draft claim (preview, then confirm).
 */
import { KEPT_VISIT_STATUSES } from "../catalog/revenue-cycle-lists";
import { groupKeyPart } from "../rules/workbook-model";
import type { Rows } from "../summaries/inputs";
import { textKey } from "../summaries/inputs";
import { ROWS_PER_STEP, runAll, runInSteps, type Breathe } from "../slices";
import { DEFAULT_UNBILLED_AFTER_DAYS } from "./constants";

export type AppointmentRow = Rows<"Appointments">[number];

const KEPT: ReadonlySet<string> = new Set(KEPT_VISIT_STATUSES);

export function isKeptVisit(status: string | null): boolean {
  return status !== null && KEPT.has(status);
}

/** The key a visit and its claim share: patient, day, provider (case-insensitive, whole days). */
export function visitKey(
  patientRef: string | null,
  date: number | null,
  providerId: string | null,
): string | null {
  const p = groupKeyPart(patientRef);
  const v = groupKeyPart(providerId);
  if (p === null || v === null || date === null) return null;
  return `${p}\u0000${Math.floor(date)}\u0000${v}`;
}

/** Unbilled-after days from the workbook setting: a whole number 0..365, else the default. */
export function unbilledAfterDays(setting: unknown): number {
  const n = typeof setting === "string" && setting.trim() !== "" ? Number(setting) : setting;
  return typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= 365 ? n : DEFAULT_UNBILLED_AFTER_DAYS;
}

export interface UnbilledVisit {
  /** 0-based data row of the appointment (for writing its Claim ID back). */
  readonly rowIndex: number;
  readonly appointment: AppointmentRow;
  readonly ageDays: number;
  /** The Claim ID the appointment names when no claim has it (a typo or a deleted claim). */
  readonly missingClaimId: string | null;
}

export function unbilledVisits(
  appointments: Rows<"Appointments">,
  claims: Rows<"Claims">,
  asOf: number,
  afterDays: number = DEFAULT_UNBILLED_AFTER_DAYS,
): UnbilledVisit[] {
  return runAll(unbilledVisitsSteps(appointments, claims, asOf, afterDays));
}

/** unbilledVisits in steps, breathing between them (every claim and appointment is looked at). */
export function unbilledVisitsInSteps(
  appointments: Rows<"Appointments">,
  claims: Rows<"Claims">,
  asOf: number,
  afterDays: number,
  breathe: Breathe,
): Promise<UnbilledVisit[]> {
  return runInSteps(unbilledVisitsSteps(appointments, claims, asOf, afterDays), breathe);
}

function* unbilledVisitsSteps(
  appointments: Rows<"Appointments">,
  claims: Rows<"Claims">,
  asOf: number,
  afterDays: number,
): Generator<void, UnbilledVisit[]> {
  const today = Math.floor(asOf);
  const ids = new Set<string>();
  const visits = new Set<string>();
  let done = 0;
  for (const c of claims) {
    if (++done % ROWS_PER_STEP === 0) yield;
    if (c.claimId !== null) ids.add(textKey(c.claimId));
    const k = visitKey(c.patientRef, c.serviceDate, c.providerId);
    if (k !== null) visits.add(k);
  }
  const out: UnbilledVisit[] = [];
  for (let rowIndex = 0; rowIndex < appointments.length; rowIndex++) {
    if ((rowIndex + 1) % ROWS_PER_STEP === 0) yield;
    const a = appointments[rowIndex];
    if (a === undefined || !isKeptVisit(a.status) || a.date === null) continue;
    const ageDays = today - Math.floor(a.date);
    if (ageDays < afterDays) continue;
    if (a.claimId !== null && ids.has(textKey(a.claimId))) continue;
    const k = visitKey(a.patientRef, a.date, a.providerId);
    if (k !== null && visits.has(k)) continue;
    out.push({ rowIndex, appointment: a, ageDays, missingClaimId: a.claimId });
  }
  return out.sort((x, y) => y.ageDays - x.ageDays || x.rowIndex - y.rowIndex);
}

/** A Draft claim to append, by Claims header, and the appointment row it bills. */
export interface DraftClaim {
  readonly appointmentRow: number;
  readonly appointmentId: string | null;
  readonly row: {
    readonly "Claim ID": string;
    readonly "Patient Ref": string;
    readonly "Payer ID": string;
    readonly "Provider ID": string;
    readonly "Service Date": number;
    readonly Status: "Draft";
    readonly "Last Activity": number;
  };
  /** Where the payer came from: the patient's latest claim, or none found. */
  readonly payerFrom: string | null;
}

/**
 * New Claim IDs continue the workbook's numbering: the most common prefix with its digits' width
 * ("CLM000123" -> "CLM000124"), never one already used; "CLM000001" on an empty Claims table.
 */
export function nextClaimIds(existing: readonly string[], count: number): string[] {
  const taken = new Set(existing.map(textKey));
  const shapes = new Map<string, { n: number; max: number; width: number }>();
  for (const id of existing) {
    const m = /^(.*?)(\d+)$/.exec(id.trim());
    if (!m) continue;
    const prefix = m[1] ?? "";
    const digits = m[2] ?? "";
    const s = shapes.get(prefix) ?? { n: 0, max: 0, width: digits.length };
    s.n += 1;
    s.max = Math.max(s.max, Number(digits));
    s.width = Math.max(s.width, digits.length);
    shapes.set(prefix, s);
  }
  let prefix = "CLM";
  let shape = { n: 0, max: 0, width: 6 };
  for (const [p, s] of shapes) if (s.n > shape.n) [prefix, shape] = [p, s];
  const out: string[] = [];
  for (let n = shape.max + 1; out.length < count; n++) {
    const id = `${prefix}${String(n).padStart(shape.width, "0")}`;
    if (!taken.has(textKey(id))) out.push(id);
  }
  return out;
}

/** Draft claims for unbilled visits: payer from the patient's latest claim (by service date). */
export function draftClaims(
  visits: readonly UnbilledVisit[],
  claims: Rows<"Claims">,
  asOf: number,
): DraftClaim[] {
  const latest = new Map<string, { date: number; payerId: string; claimId: string }>();
  for (const c of claims) {
    if (c.patientRef === null || c.payerId === null) continue;
    const key = textKey(c.patientRef);
    const date = c.serviceDate ?? -Infinity;
    const seen = latest.get(key);
    if (!seen || date >= seen.date) latest.set(key, { date, payerId: c.payerId, claimId: c.claimId ?? "" });
  }
  const billable = visits.filter(
    (v) =>
      v.appointment.patientRef !== null && v.appointment.providerId !== null && v.appointment.date !== null,
  );
  const ids = nextClaimIds(
    claims.flatMap((c) => (c.claimId === null ? [] : [c.claimId])),
    billable.length,
  );
  return billable.map((v, i) => {
    const a = v.appointment;
    const from = latest.get(textKey(a.patientRef));
    return {
      appointmentRow: v.rowIndex,
      appointmentId: a.appointmentId,
      row: {
        "Claim ID": ids[i] ?? "",
        "Patient Ref": a.patientRef ?? "",
        "Payer ID": from?.payerId ?? "",
        "Provider ID": a.providerId ?? "",
        "Service Date": Math.floor(a.date ?? 0),
        Status: "Draft",
        "Last Activity": Math.floor(asOf),
      },
      payerFrom: from ? from.claimId : null,
    };
  });
}
