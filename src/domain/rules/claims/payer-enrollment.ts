import { coveredThrough, credentialStanding } from "../../metrics/credentials";
import { isoFromSerial } from "../../dates/excel-dates";
import { shownRaw } from "../display";
import type { Rule } from "../rule";
import { groupKeyPart } from "../workbook-model";
import { credentialKey, credentialsByPerson, trackedPayers } from "../credentials/periods";

const ENROLLMENT = "Payer Enrollment";
const PROVIDER_ID = ["providerId"];
const PAYER_ID = ["payerId"];

/**
 * A claim's rendering provider must be enrolled with the payer on the service date, for the payers the
 * practice tracks enrollments for (those named on at least one Payer Enrollment row): the payer will
 * not pay a claim from a provider it has not enrolled.
 */
export const payerEnrollment: Rule = {
  id: "claims.payer-enrollment",
  table: "Claims",
  reads: ["Credentials"],
  relatedLookups: [
    { table: "Claims", keys: PROVIDER_ID },
    { table: "Claims", keys: PAYER_ID },
  ],
  checker(workbook) {
    const model = workbook.table("Claims");
    if (!model || !workbook.table("Credentials")) return null;
    const tracked = trackedPayers(workbook);
    if (tracked.size === 0) return null;
    const groups = credentialsByPerson(workbook);
    const payers = model.columnValues("payerId");
    const providers = model.columnValues("providerId");
    const dates = model.columnValues("serviceDate");
    return (row, out) => {
      const payer = payers?.[row];
      const provider = providers?.[row];
      const date = dates?.[row];
      if (typeof payer !== "string" || typeof provider !== "string" || typeof date !== "number") return;
      if (!tracked.has(groupKeyPart(payer) ?? "")) return;
      const day = Math.floor(date);
      const group = groups.get(credentialKey(provider, ENROLLMENT, payer));
      if (group && coveredThrough(group.periods, day) !== null) return;
      const standing = group ? credentialStanding(group.periods, day) : null;
      const why =
        standing?.lapsedOn != null
          ? `whose enrollment with ${shownRaw(payer)} ended on ${isoFromSerial(standing.lapsedOn)}`
          : `who is not enrolled with ${shownRaw(payer)}`;
      const message = `Service on ${isoFromSerial(day)} by provider ${shownRaw(provider)}, ${why} on that day: the payer may refuse the claim`;
      out.push(model.finding("providerId", row, "error", "claims.payer-enrollment", message));
    };
  },
  related(workbook, changed, row) {
    if (changed !== "Credentials") return [];
    const credentials = workbook.table("Credentials");
    const person = groupKeyPart(credentials?.valueOf("personId", row) ?? null);
    // The row may start or stop the tracking of its payer: every claim to that payer is re-checked.
    const payer = groupKeyPart(credentials?.valueOf("payerId", row) ?? null);
    const rows = new Set(workbook.rowsWith("Claims", PROVIDER_ID, person));
    for (const r of workbook.rowsWith("Claims", PAYER_ID, payer)) rows.add(r);
    return [...rows];
  },
};
