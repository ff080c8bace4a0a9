import { coveredThrough, credentialStanding } from "../../metrics/credentials";
import { isoFromSerial } from "../../dates/excel-dates";
import { shownRaw } from "../display";
import type { Rule } from "../rule";
import { groupKeyPart, type WorkbookModel } from "../workbook-model";
import { credentialKey, credentialsByPerson } from "../credentials/periods";
import { bookedSlots } from "./appointment-time";

const LICENSE = "State License";
const PROVIDER_ID = ["providerId"];

/**
 * A booked appointment (not canceled, no-show or rescheduled) needs its provider to hold an active
 * State License on that day. Checked once the practice tracks licenses, i.e. Credentials holds at
 * least one State License row: an empty, newly added Credentials table does not flag the whole schedule.
 */
export const providerLicense: Rule = {
  id: "schedule.provider-license",
  table: "Appointments",
  reads: ["Credentials"],
  relatedLookups: [{ table: "Appointments", keys: PROVIDER_ID }],
  checker(workbook) {
    const model = workbook.table("Appointments");
    const credentials = workbook.table("Credentials");
    if (!model || !credentials) return null;
    if (licenseRows(workbook) === 0) return null;
    const groups = credentialsByPerson(workbook);
    const slots = bookedSlots(workbook);
    const providers = model.columnValues("providerId");
    const dates = model.columnValues("date");
    return (row, out) => {
      const provider = providers?.[row];
      const date = dates?.[row];
      if (typeof provider !== "string" || typeof date !== "number" || !slots[row]) return;
      const group = groups.get(credentialKey(provider, LICENSE));
      const day = Math.floor(date);
      if (group && coveredThrough(group.periods, day) !== null) return;
      const who = `Provider ${shownRaw(provider)}`;
      const on = isoFromSerial(day);
      let message: string;
      if (!group) message = `${who} has no State License in Credentials: enter it before ${on}`;
      else {
        const standing = credentialStanding(group.periods, day);
        message =
          standing.lapsedOn !== null
            ? `${who}'s State License expired on ${isoFromSerial(standing.lapsedOn)}: no active license on ${on}`
            : `${who} holds no active State License on ${on} (see Credentials)`;
      }
      out.push(model.finding("providerId", row, "error", "schedule.provider-license", message));
    };
  },
  related(workbook, changed, row) {
    const credentials = workbook.table("Credentials");
    if (changed !== "Credentials" || !credentials) return [];
    // The only State License row starts or stops the check for the whole schedule.
    if (credentials.valueOf("type", row) === LICENSE && licenseRows(workbook) === 1) {
      return Array.from({ length: workbook.table("Appointments")?.rowCount ?? 0 }, (_, i) => i);
    }
    const key = groupKeyPart(credentials.valueOf("personId", row));
    return workbook.rowsWith("Appointments", PROVIDER_ID, key);
  },
};

/** Number of State License rows in Credentials. */
function licenseRows(workbook: WorkbookModel): number {
  return (
    workbook
      .table("Credentials")
      ?.columnValues("type")
      ?.filter((t) => t === LICENSE).length ?? 0
  );
}
