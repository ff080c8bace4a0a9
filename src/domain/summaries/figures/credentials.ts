/**
 * Credentials figures: credentials of active providers and staff that expired or end soon (a renewal on
 * file continues them), and credentials the practice tracks that an active provider lacks.
 */
import { credentialStanding, CREDENTIAL_WARN_DAYS, type CredentialPeriod } from "../../metrics/credentials";
import type { Rows } from "../inputs";
import { textKey } from "../inputs";

export type CredentialRow = Rows<"Credentials">[number];

export const CREDENTIAL_DEFINITIONS = {
  alerts: `Credentials of active providers and staff whose coverage ended or ends within ${CREDENTIAL_WARN_DAYS} days; a renewal row that starts the next day continues it. Pending, Suspended, Revoked and Inactive rows never count.`,
  missing:
    "Active providers without a State License (once any is on file) or without an enrollment with a payer the practice tracks (one named on any Payer Enrollment row).",
  dashboard: "Credentials of active people expired or ending within 30 days (no renewal on file).",
} as const;

export interface CredentialAlert {
  readonly personId: string;
  readonly name: string | null;
  readonly type: string;
  readonly payerId: string | null;
  readonly number: string | null;
  readonly issuer: string | null;
  /** Last day of coverage, or the day it lapsed. */
  readonly endsOn: number | null;
  /** Days from asOf to endsOn (negative: expired that many days ago). */
  readonly daysLeft: number | null;
  readonly expired: boolean;
}

export interface MissingCredential {
  readonly providerId: string;
  readonly name: string | null;
  readonly type: string;
  readonly payerId: string | null;
  /** What is on file: "nothing", "pending", or "starts 2026-05-01" style text. */
  readonly onFile: string;
}

interface Group {
  readonly personId: string;
  readonly type: string;
  readonly payerId: string | null;
  readonly rows: CredentialRow[];
}

function groups(credentials: Rows<"Credentials">): Map<string, Group> {
  const map = new Map<string, Group>();
  for (const c of credentials) {
    if (c.personId === null || c.type === null) continue;
    const payerId = c.type === "Payer Enrollment" ? c.payerId : null;
    const key = `${textKey(c.personId)}\u0000${c.type}\u0000${textKey(payerId)}`;
    const group = map.get(key) ?? { personId: c.personId, type: c.type, payerId, rows: [] };
    group.rows.push(c);
    map.set(key, group);
  }
  return map;
}

const period = (c: CredentialRow): CredentialPeriod => ({
  effectiveOn: c.effectiveOn,
  expiresOn: c.expiresOn,
  status: c.status,
});

/** People (by lower-case ID) with their name and whether they are active. */
function people(
  providers: Rows<"Providers">,
  staff: Rows<"Staff">,
): Map<string, { name: string | null; active: boolean }> {
  const map = new Map<string, { name: string | null; active: boolean }>();
  for (const s of staff)
    if (s.staffId !== null) map.set(textKey(s.staffId), { name: s.name, active: s.active !== "No" });
  for (const p of providers)
    if (p.providerId !== null) map.set(textKey(p.providerId), { name: p.name, active: p.active !== "No" });
  return map;
}

/** Expired or ending within `days` of asOf, the longest expired first, then the soonest to end. */
export function credentialAlerts(
  credentials: Rows<"Credentials">,
  providers: Rows<"Providers">,
  staff: Rows<"Staff">,
  asOf: number,
  days = CREDENTIAL_WARN_DAYS,
): CredentialAlert[] {
  const today = Math.floor(asOf);
  const who = people(providers, staff);
  const alerts: CredentialAlert[] = [];
  for (const g of groups(credentials).values()) {
    const person = who.get(textKey(g.personId));
    if (person?.active === false) continue;
    const standing = credentialStanding(g.rows.map(period), today, days);
    if (standing.state !== "Expiring" && standing.state !== "Expired") continue;
    const endsOn = standing.state === "Expiring" ? standing.through : standing.lapsedOn;
    const latest = [...g.rows].sort((a, b) => (b.expiresOn ?? Infinity) - (a.expiresOn ?? Infinity))[0];
    alerts.push({
      personId: g.personId,
      name: person?.name ?? null,
      type: g.type,
      payerId: g.payerId,
      number: latest?.number ?? null,
      issuer: latest?.issuer ?? null,
      endsOn,
      daysLeft: endsOn === null ? null : endsOn - today,
      expired: standing.state === "Expired",
    });
  }
  return alerts.sort(
    (a, b) =>
      (a.daysLeft ?? -Infinity) - (b.daysLeft ?? -Infinity) ||
      a.personId.localeCompare(b.personId) ||
      a.type.localeCompare(b.type),
  );
}

/** State licenses and tracked payer enrollments that active providers lack on asOf (Missing, not Expired). */
export function missingCredentials(
  credentials: Rows<"Credentials">,
  providers: Rows<"Providers">,
  asOf: number,
): MissingCredential[] {
  const today = Math.floor(asOf);
  const all = groups(credentials);
  const tracksLicenses = credentials.some((c) => c.type === "State License");
  const payers = [
    ...new Map(
      credentials
        .filter((c) => c.type === "Payer Enrollment" && c.payerId !== null)
        .map((c) => [textKey(c.payerId), c.payerId ?? ""]),
    ).values(),
  ].sort();
  const out: MissingCredential[] = [];
  for (const p of providers) {
    if (p.providerId === null || p.active === "No") continue;
    const check = (type: string, payerId: string | null) => {
      const g = all.get(`${textKey(p.providerId)}\u0000${type}\u0000${textKey(payerId)}`);
      const standing = credentialStanding((g?.rows ?? []).map(period), today);
      if (standing.state !== "Missing") return;
      const pending = g?.rows.some((r) => r.status === "Pending") ?? false;
      const later =
        g?.rows.map((r) => r.effectiveOn).filter((e): e is number => e !== null && e > today) ?? [];
      out.push({
        providerId: p.providerId ?? "",
        name: p.name,
        type,
        payerId,
        onFile: later.length > 0 ? "starts later" : pending ? "pending" : "nothing",
      });
    };
    if (tracksLicenses) check("State License", null);
    for (const payer of payers) check("Payer Enrollment", payer);
  }
  return out;
}
