import {
  coveredThrough,
  countsAsInForce,
  CREDENTIAL_URGENT_DAYS,
  CREDENTIAL_WARN_DAYS,
} from "../../metrics/credentials";
import { isoFromSerial } from "../../dates/excel-dates";
import { shownRaw } from "../display";
import type { Rule } from "../rule";
import { groupKeyPart, type WorkbookModel } from "../workbook-model";
import { credentialKey, credentialsByPerson } from "./periods";

const PERSON_TYPE = ["personId", "type"];
const PERSON_ID = ["personId"];

/**
 * A credential in force that expired (error), expires within 30 days (error) or within 90 days
 * (warning), unless a renewal on file continues it the next day. Payer enrollments are renewed per
 * payer. People marked Active = No in Providers or Staff are left out.
 */
export const credentialExpiry: Rule = {
  id: "credentials.expiry",
  table: "Credentials",
  reads: ["Providers", "Staff"],
  relatedLookups: [
    { table: "Credentials", keys: PERSON_TYPE },
    { table: "Credentials", keys: PERSON_ID },
  ],
  checker(workbook) {
    const model = workbook.table("Credentials");
    if (!model) return null;
    const groups = credentialsByPerson(workbook);
    const inactive = inactivePeople(workbook);
    return (row, out) => {
      const expires = model.num("expiresOn", row);
      const person = model.text("personId", row);
      const type = model.text("type", row);
      if (expires === null || person === null || type === null) return;
      const status = model.text("status", row);
      if (!countsAsInForce({ effectiveOn: null, expiresOn: null, status })) return;
      if (inactive.has(person.toUpperCase())) return;
      const end = Math.floor(expires);
      const left = end - Math.floor(workbook.asOf);
      if (left > CREDENTIAL_WARN_DAYS) return;
      const payer = type === "Payer Enrollment" ? model.text("payerId", row) : null;
      const group = groups.get(credentialKey(person, type, payer));
      if (group && coveredThrough(group.periods, end + 1) !== null) return; // renewed
      const what = `${shownRaw(person)}'s ${shownRaw(type)}${payer === null ? "" : ` with ${shownRaw(payer)}`}`;
      const message =
        left < 0
          ? `${what} expired on ${isoFromSerial(end)} (${-left} day${left === -1 ? "" : "s"} ago): renew it or enter the renewal as a new row`
          : `${what} expires on ${isoFromSerial(end)} (in ${left} day${left === 1 ? "" : "s"}) and no renewal is on file`;
      const severity = left <= CREDENTIAL_URGENT_DAYS ? "error" : "warning";
      out.push(model.finding("expiresOn", row, severity, "credentials.expiry", message));
    };
  },
  related(workbook, changed, row) {
    if (changed === "Credentials") return workbook.rowsLike("Credentials", PERSON_TYPE, row);
    const id = changed === "Providers" ? "providerId" : changed === "Staff" ? "staffId" : null;
    if (id === null) return [];
    const key = groupKeyPart(workbook.table(changed)?.valueOf(id, row) ?? null);
    return workbook.rowsWith("Credentials", PERSON_ID, key);
  },
};

/** Provider and Staff IDs (upper case) whose Active is No. */
function inactivePeople(workbook: WorkbookModel): Set<string> {
  const out = new Set<string>();
  const providers = workbook.table("Providers");
  for (let r = 0; r < (providers?.rowCount ?? 0); r++) {
    const id = providers?.text("providerId", r);
    if (id && providers?.text("active", r) === "No") out.add(id.toUpperCase());
  }
  const staff = workbook.table("Staff");
  for (let r = 0; r < (staff?.rowCount ?? 0); r++) {
    const id = staff?.text("staffId", r);
    if (id && staff?.text("active", r) === "No") out.add(id.toUpperCase());
  }
  return out;
}
