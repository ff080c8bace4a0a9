/**
 * Credential coverage: whether a person holds a credential (license, DEA, payer enrollment, ...) on a
 * day, and until when without a gap. Several rows of one person and type are read together, so a
 * renewal entered as a new row continues the old one. Dates are Excel serials; Expires On is the last
 * valid day.
 */

/** One Credentials row as the coverage math needs it. */
export interface CredentialPeriod {
  readonly effectiveOn: number | null;
  readonly expiresOn: number | null;
  /** The Status cell (null: blank, which counts like Active). */
  readonly status: string | null;
}

export const CREDENTIAL_STATES = ["Active", "Expiring", "Expired", "Missing"] as const;
export type CredentialState = (typeof CREDENTIAL_STATES)[number];

/** Expiring: coverage ends within this many days (a warning). */
export const CREDENTIAL_WARN_DAYS = 90;
/** Within this many days the expiry is an error: renewals take longer than that. */
export const CREDENTIAL_URGENT_DAYS = 30;
/** Statuses whose rows never count, whatever their dates (lower case). */
const NEVER_COUNTS = new Set(["pending", "suspended", "revoked", "inactive"]);
const PENDING = "pending";

/**
 * Whether the row counts between its dates: Pending, Suspended, Revoked and Inactive rows never do;
 * Active, Expired and blank ones do (an Expired row still covered the days up to its Expires On).
 */
export function countsAsInForce(period: CredentialPeriod): boolean {
  return !NEVER_COUNTS.has((period.status ?? "").trim().toLowerCase());
}

function covers(period: CredentialPeriod, day: number): boolean {
  return (
    countsAsInForce(period) &&
    (period.effectiveOn === null || Math.floor(period.effectiveOn) <= day) &&
    (period.expiresOn === null || Math.floor(period.expiresOn) >= day)
  );
}

/**
 * The last day of unbroken coverage from `day` on (Infinity when a covering row never expires), or null
 * when nothing covers `day`. A row that takes effect the day after another ends continues it.
 */
export function coveredThrough(periods: readonly CredentialPeriod[], day: number): number | null {
  const today = Math.floor(day);
  if (!periods.some((p) => covers(p, today))) return null;
  let end = today - 1;
  for (;;) {
    let next = end;
    for (const p of periods) {
      if (!covers(p, end + 1)) continue;
      const until = p.expiresOn === null ? Infinity : Math.floor(p.expiresOn);
      if (until > next) next = until;
    }
    if (next === end || next === Infinity) return next;
    end = next;
  }
}

export interface CredentialStanding {
  readonly state: CredentialState;
  /** Last day of unbroken coverage from asOf (Active, Expiring); null otherwise. */
  readonly through: number | null;
  /** Days from asOf to `through` (Infinity when it never expires); null when not covered. */
  readonly daysLeft: number | null;
  /** Expired: the latest Expires On before asOf, when there is one. */
  readonly lapsedOn: number | null;
}

/**
 * A person's standing for one credential type on asOf:
 * - Active: covered, and coverage runs more than `warnDays` days;
 * - Expiring: covered, but coverage ends within `warnDays` days (no renewal on file);
 * - Expired: on file but not in force today (expired, or Suspended, Revoked, Inactive);
 * - Missing: nothing on file, or only Pending rows and rows that take effect later.
 */
export function credentialStanding(
  periods: readonly CredentialPeriod[],
  asOf: number,
  warnDays = CREDENTIAL_WARN_DAYS,
): CredentialStanding {
  const today = Math.floor(asOf);
  const through = coveredThrough(periods, today);
  if (through !== null) {
    const daysLeft = through - today;
    return { state: daysLeft <= warnDays ? "Expiring" : "Active", through, daysLeft, lapsedOn: null };
  }
  let lapsedOn: number | null = null;
  let lapsed = false;
  for (const p of periods) {
    const status = (p.status ?? "").trim().toLowerCase();
    const expired = p.expiresOn !== null && Math.floor(p.expiresOn) < today;
    if (expired && status !== PENDING) {
      lapsed = true;
      lapsedOn = Math.max(lapsedOn ?? -Infinity, Math.floor(p.expiresOn ?? 0));
    } else if (!countsAsInForce(p) && status !== PENDING) {
      lapsed = true;
    }
  }
  return { state: lapsed ? "Expired" : "Missing", through: null, daysLeft: null, lapsedOn };
}
