/**
 * Revenue-cycle KPIs for the Dashboard (definitions in REVENUE_DEFINITIONS, shown beside each figure).
 * Claims count by service date; appeals by Appeal Filed On; underpayments by the date they were found.
 */
import { openClaims } from "../summaries/figures/receivables";
import type { Rows } from "../summaries/inputs";
import { textKey } from "../summaries/inputs";
import type { Period } from "../summaries/periods";
import { PATIENT_BALANCE_DAYS } from "./constants";

export const REVENUE_DEFINITIONS = {
  submissionLag: "Average days from Service Date to Submitted On, over claims submitted (by service date).",
  firstPassResolution:
    "Adjudicated claims (Paid, Partially Paid, Denied, Appealed, Closed) paid without a denial or resubmission (Denial Reason blank, no Resubmitted or Appeal Filed activity) / adjudicated claims.",
  cleanClaimRate:
    "Submitted claims never rejected (Status not Rejected and no Denial Reason starting with Rejected) / claims with a Submitted On.",
  denialDollars:
    "Total Charge of claims denied at least once (Denied, Appealed, or a Denial Reason other than a rejection), by service date; reason = the CARC group-code (e.g. CO-197) at the start of Denial Reason.",
  appealOverturnRate:
    "Appeals Won or Partly Won / appeals decided (Won, Partly Won, Lost), by Appeal Filed On.",
  underpaymentDollars: "Underpaid amounts in Claim Activity (stored by 835 posting), by date found.",
  patientArOver90: `Due Patient (see A/R Aging) on open claims more than ${PATIENT_BALANCE_DAYS} days after service.`,
} as const;

type ClaimRow = Rows<"Claims">[number];

const ADJUDICATED = new Set(["Paid", "Partially Paid", "Denied", "Appealed", "Closed"]);
const isRejection = (reason: string | null) => /^\s*rejected\b/i.test(reason ?? "");

export function wasDeniedOnce(c: ClaimRow): boolean {
  if (c.status === "Denied" || c.status === "Appealed") return true;
  return (c.denialReason ?? "").trim() !== "" && !isRejection(c.denialReason);
}

/** "CO-197 precertification absent" -> "CO-197"; text without a code stays as written (trimmed). */
export function denialCode(reason: string | null): string {
  const m = /\b(CO|PR|OA|PI)[-\s]?([A-Z]?\d{1,3})\b/i.exec(reason ?? "");
  return m
    ? `${(m[1] ?? "").toUpperCase()}-${(m[2] ?? "").toUpperCase()}`
    : (reason ?? "").trim() || "(no reason)";
}

export interface RevenueKpis {
  readonly submissionLag: number | null;
  readonly firstPassResolution: number | null;
  readonly cleanClaimRate: number | null;
  readonly deniedDollars: number;
  readonly appealOverturnRate: number | null;
  readonly underpaymentDollars: number;
}

const within = (d: number | null, p: Period) => d !== null && d >= p.start && d <= p.end;
const share = (n: number, d: number) => (d === 0 ? null : n / d);
const round2 = (n: number) => Math.round(n * 100) / 100;

export function revenueKpis(
  claims: Rows<"Claims">,
  activity: Rows<"ClaimActivity">,
  period: Period,
): RevenueKpis {
  const reworked = new Set(
    activity
      .filter((a) => a.action === "Resubmitted" || a.action === "Appeal Filed")
      .map((a) => textKey(a.claimId)),
  );
  const inPeriod = claims.filter((c) => within(c.serviceDate, period));
  const submitted = inPeriod.filter((c) => c.submittedOn !== null && c.serviceDate !== null);
  const lag = submitted.reduce((s, c) => s + ((c.submittedOn ?? 0) - (c.serviceDate ?? 0)), 0);
  const adjudicated = inPeriod.filter((c) => c.status !== null && ADJUDICATED.has(c.status));
  const firstPass = adjudicated.filter(
    (c) =>
      (c.status === "Paid" ||
        c.status === "Partially Paid" ||
        (c.status === "Closed" && (c.paid ?? 0) > 0)) &&
      (c.denialReason ?? "").trim() === "" &&
      !reworked.has(textKey(c.claimId)),
  );
  const clean = submitted.filter((c) => c.status !== "Rejected" && !isRejection(c.denialReason));
  const appeals = claims.filter(
    (c) =>
      within(c.appealFiledOn, period) &&
      (c.appealOutcome === "Won" || c.appealOutcome === "Partly Won" || c.appealOutcome === "Lost"),
  );
  return {
    submissionLag: submitted.length === 0 ? null : Math.round((lag / submitted.length) * 10) / 10,
    firstPassResolution: share(firstPass.length, adjudicated.length),
    cleanClaimRate: share(clean.length, submitted.length),
    deniedDollars: round2(inPeriod.filter(wasDeniedOnce).reduce((s, c) => s + (c.totalCharge ?? 0), 0)),
    appealOverturnRate: share(appeals.filter((c) => c.appealOutcome !== "Lost").length, appeals.length),
    underpaymentDollars: round2(
      activity
        .filter((a) => a.action === "Underpaid" && within(a.date, period))
        .reduce((s, a) => s + (a.amount ?? 0), 0),
    ),
  };
}

/** Denied dollars grouped by a key (reason code or payer), largest first. */
export function deniedDollarsBy(
  claims: Rows<"Claims">,
  period: Period,
  key: (c: ClaimRow) => string,
): { readonly key: string; readonly claims: number; readonly dollars: number }[] {
  const groups = new Map<string, { key: string; claims: number; dollars: number }>();
  for (const c of claims) {
    if (!within(c.serviceDate, period) || !wasDeniedOnce(c)) continue;
    const k = key(c);
    const g = groups.get(k) ?? { key: k, claims: 0, dollars: 0 };
    g.claims += 1;
    g.dollars = round2(g.dollars + (c.totalCharge ?? 0));
    groups.set(k, g);
  }
  return [...groups.values()].sort((a, b) => b.dollars - a.dollars || a.key.localeCompare(b.key));
}

export function patientArOver90(
  claims: Rows<"Claims">,
  payments: Rows<"Payments">,
  payers: Rows<"Payers">,
  asOf: number,
): number {
  return round2(
    openClaims(claims, payments, payers, asOf)
      .filter((o) => o.ageDays > PATIENT_BALANCE_DAYS)
      .reduce((s, o) => s + o.duePatient, 0),
  );
}
