import type { CredentialPeriod } from "../../metrics/credentials";
import type { WorkbookModel } from "../workbook-model";
import { groupKeyPart } from "../workbook-model";

/** The Credentials rows of one person and type (and payer, for enrollments), with their data rows. */
export interface PersonCredentials {
  readonly rows: number[];
  readonly periods: CredentialPeriod[];
}

const BY_PERSON = {};

/** "P001\0STATE LICENSE" or, for a payer enrollment, "P001\0PAYER ENROLLMENT\0AETNA". */
export function credentialKey(
  person: string | null,
  type: string | null,
  payer: string | null = null,
): string {
  const parts = [groupKeyPart(person) ?? "", (type ?? "").toUpperCase()];
  if (payer !== null) parts.push(groupKeyPart(payer) ?? "");
  return parts.join("\u0000");
}

/**
 * Credentials rows grouped by person and type, and payer enrollments also by payer (built once per
 * version of the table and shared by every credential rule).
 */
export function credentialsByPerson(workbook: WorkbookModel): Map<string, PersonCredentials> {
  return workbook.derive("Credentials", BY_PERSON, () => {
    const map = new Map<string, PersonCredentials>();
    const model = workbook.table("Credentials");
    if (!model) return map;
    const add = (key: string, row: number, period: CredentialPeriod) => {
      const entry = map.get(key);
      if (entry) {
        entry.rows.push(row);
        entry.periods.push(period);
      } else map.set(key, { rows: [row], periods: [period] });
    };
    for (let row = 0; row < model.rowCount; row++) {
      const person = model.text("personId", row);
      const type = model.text("type", row);
      if (person === null || type === null) continue;
      const period = {
        effectiveOn: model.num("effectiveOn", row),
        expiresOn: model.num("expiresOn", row),
        status: model.text("status", row),
      };
      add(credentialKey(person, type), row, period);
      const payer = model.text("payerId", row);
      if (type === "Payer Enrollment" && payer !== null) add(credentialKey(person, type, payer), row, period);
    }
    return map;
  });
}

/** Payers (group keys) the practice tracks enrollments for: those named on any Payer Enrollment row. */
export function trackedPayers(workbook: WorkbookModel): Set<string> {
  const payers = new Set<string>();
  const model = workbook.table("Credentials");
  if (!model) return payers;
  for (let row = 0; row < model.rowCount; row++) {
    if (model.text("type", row) !== "Payer Enrollment") continue;
    const key = groupKeyPart(model.text("payerId", row));
    if (key !== null) payers.add(key);
  }
  return payers;
}
