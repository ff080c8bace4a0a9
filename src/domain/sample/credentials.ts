import type { SampleContext } from "./context";
import type { Payer } from "./payers";
import type { Provider } from "./people";
import type { Random } from "./random";
import type { StaffMember } from "./staff";
import type { SampleRow } from "./types";

type CredentialRow = SampleRow<"Credentials">;

const STATE = "CA";
const LICENSE_ISSUER: Record<Provider["role"], string> = {
  Physician: "CA Medical Board",
  "Nurse Practitioner": "CA Board of Registered Nursing",
  "Physician Assistant": "CA Physician Assistant Board",
};

/**
 * Credentials of a practice that keeps them up to date: every provider's license (current term and the
 * one before it), DEA, state controlled substance permit, board certification (physicians),
 * malpractice policy, CAQH attestation, Medicare revalidation, BLS/ACLS and an enrollment with every
 * insurer; nurses' licenses. Nothing lapses and nothing expires within 30 days (some within 90: those
 * are the warnings a real practice sees); the lapsed license is a planted error.
 */
export function credentialRows(
  context: SampleContext,
  rng: Random,
  providers: readonly Provider[],
  staff: readonly StaffMember[],
  payers: readonly Payer[],
): CredentialRow[] {
  const rows: CredentialRow[] = [];
  const { asOf } = context;
  const add = (
    personId: string,
    type: CredentialRow["type"],
    number: string,
    issuer: string,
    effectiveOn: number,
    expiresOn: number | "",
    payerId = "",
  ) => rows.push({ personId, type, number, issuer, payerId, effectiveOn, expiresOn, status: "Active" });
  const digits = (n: number) => String(rng.int(10 ** (n - 1), 10 ** n - 1));

  for (const p of providers) {
    // Two-year license terms: the current one and, continuing into it, the one before.
    const licenseEnd = asOf + rng.int(120, 700);
    const licenseStart = licenseEnd - 729;
    const license = `${p.role === "Physician" ? "A" : p.role === "Nurse Practitioner" ? "NP" : "PA"}${digits(6)}`;
    add(p.id, "State License", license, LICENSE_ISSUER[p.role], licenseStart - 730, licenseStart - 1);
    add(p.id, "State License", license, LICENSE_ISSUER[p.role], licenseStart, licenseEnd);
    const deaEnd = asOf + rng.int(120, 1000);
    add(p.id, "DEA", `B${p.lastName[0] ?? "X"}${digits(7)}`, "DEA", deaEnd - 1095, deaEnd);
    if (p.role === "Physician") {
      const permitEnd = asOf + rng.int(120, 700);
      add(
        p.id,
        "State Controlled Substance",
        `CS${digits(6)}`,
        `${STATE} Dept. of Justice`,
        permitEnd - 729,
        permitEnd,
      );
      const boardEnd = asOf + rng.int(400, 3000);
      add(p.id, "Board Certification", digits(6), "ABFM", boardEnd - 3650, boardEnd);
    }
    const policyEnd = asOf + rng.int(45, 360);
    add(p.id, "Malpractice Insurance", `MP-${digits(7)}`, "Northwind Mutual", policyEnd - 364, policyEnd);
    const caqhEnd = asOf + rng.int(40, 119);
    add(p.id, "CAQH Attestation", digits(8), "CAQH ProView", caqhEnd - 119, caqhEnd);
    const revalidation = asOf + rng.int(200, 1800);
    add(p.id, "Medicare Revalidation", p.npi, "Noridian (MAC)", revalidation - 1825, revalidation);
    const blsEnd = asOf + rng.int(60, 700);
    add(p.id, "BLS/ACLS", digits(9), "American Heart Association", blsEnd - 729, blsEnd);
    // Enrolled with every insurer since before the first visit on the schedule; enrollments do not expire.
    for (const payer of payers) {
      if (payer.type === "Self-Pay") continue;
      const since = context.periodStart - rng.int(60, 2000);
      add(p.id, "Payer Enrollment", `${payer.x12PayerId}-${digits(6)}`, payer.name, since, "", payer.id);
    }
  }
  for (const s of staff) {
    if (!s.active || s.role !== "Nurse") continue;
    const end = asOf + rng.int(120, 700);
    add(s.id, "State License", `RN${digits(6)}`, "CA Board of Registered Nursing", end - 729, end);
  }
  return rows;
}
