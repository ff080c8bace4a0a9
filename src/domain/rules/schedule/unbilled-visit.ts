import { isoFromSerial } from "../../dates/excel-dates";
import { DEFAULT_UNBILLED_AFTER_DAYS } from "../../revenue-cycle/constants";
import { isKeptVisit, visitKey } from "../../revenue-cycle/unbilled";
import { shownRaw } from "../display";
import type { Rule } from "../rule";
import { groupKeyPart, type RowKeys } from "../workbook-model";

const CLAIM_ID = ["claimId"];
/** Claims by the visit they bill: patient, service date, provider. */
const CLAIM_VISIT = ["patientRef", "serviceDate", "providerId"];
const APPOINTMENT_CLAIM = ["claimId"];
const APPOINTMENT_VISIT = ["patientRef", "date", "providerId"];

/** Claims keyed by the visit they bill (visitKey: patient, service date's day, provider). */
const BY_VISIT: RowKeys = {
  id: "visit",
  of(claims) {
    const p = claims?.columnValues("patientRef");
    const d = claims?.columnValues("serviceDate");
    const v = claims?.columnValues("providerId");
    return (r) => {
      const date = d?.[r];
      return visitKey(
        (p?.[r] as string | null) ?? null,
        typeof date === "number" ? date : null,
        (v?.[r] as string | null) ?? null,
      );
    };
  },
};

/**
 * Charge capture: a kept visit (Completed, Arrived, In Room) with no claim, once it is N days old
 * (workbook setting, default 3). Its claim is the one its Claim ID names, or one with the same
 * Patient Ref, Service Date and Provider ID.
 */
export const unbilledVisit: Rule = {
  id: "appointments.unbilled",
  table: "Appointments",
  reads: ["Claims"],
  lookups: [
    { table: "Claims", keys: CLAIM_ID },
    { table: "Claims", keys: CLAIM_VISIT, by: BY_VISIT },
  ],
  relatedLookups: [
    { table: "Appointments", keys: APPOINTMENT_CLAIM },
    { table: "Appointments", keys: APPOINTMENT_VISIT },
  ],
  checker(workbook) {
    const appointments = workbook.table("Appointments");
    const claims = workbook.table("Claims");
    const statuses = appointments?.columnValues("status");
    const dates = appointments?.columnValues("date");
    if (!appointments || !claims || !statuses || !dates) return null;
    const after = workbook.options.unbilledAfterDays ?? DEFAULT_UNBILLED_AFTER_DAYS;
    const today = Math.floor(workbook.asOf);
    const byId = workbook.index("Claims", CLAIM_ID);
    const byVisit = workbook.index("Claims", CLAIM_VISIT, BY_VISIT);
    const claimIds = appointments.columnValues("claimId");
    const patients = appointments.columnValues("patientRef");
    const providers = appointments.columnValues("providerId");
    return (row, out) => {
      const status = statuses[row];
      const date = dates[row];
      if (typeof status !== "string" || !isKeptVisit(status) || typeof date !== "number") return;
      const age = today - Math.floor(date);
      if (age < after) return;
      const id = groupKeyPart(claimIds?.[row] ?? null);
      if (id !== null && byId.has(id)) return;
      const k = visitKey(
        (patients?.[row] as string | null) ?? null,
        date,
        (providers?.[row] as string | null) ?? null,
      );
      if (k !== null && byVisit.has(k)) return;
      const named = id === null ? "" : ` (Claim ID ${shownRaw(claimIds?.[row] ?? "")} is not in Claims)`;
      out.push(
        appointments.finding(
          "status",
          row,
          "warning",
          "appointments.unbilled",
          `${status} visit of ${isoFromSerial(Math.floor(date))} has no claim after ${age} day${age === 1 ? "" : "s"}${named}: bill it (Summaries > Create draft claims)`,
        ),
      );
    };
  },
  related(workbook, changed, row) {
    if (changed !== "Claims") return [];
    const claims = workbook.table("Claims");
    if (!claims) return [];
    const byId = workbook.rowsWith(
      "Appointments",
      APPOINTMENT_CLAIM,
      groupKeyPart(claims.valueOf("claimId", row)),
    );
    const date = claims.valueOf("serviceDate", row);
    const p = groupKeyPart(claims.valueOf("patientRef", row));
    const v = groupKeyPart(claims.valueOf("providerId", row));
    const byVisit =
      p === null || v === null || typeof date !== "number"
        ? []
        : workbook.rowsWith(
            "Appointments",
            APPOINTMENT_VISIT,
            `${p}\u0000${String(Math.floor(date))}\u0000${v}`,
          );
    return [...byId, ...byVisit];
  },
};
