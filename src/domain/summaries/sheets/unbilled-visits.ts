/** Unbilled Visits: kept visits with no claim after N days (charge capture), oldest first. */
import type { TableName } from "../../catalog";
import { isoFromSerial } from "../../dates/excel-dates";
import type { Breathe } from "../../slices";
import { unbilledVisits, unbilledVisitsInSteps, type UnbilledVisit } from "../../revenue-cycle/unbilled";
import { DEFAULT_UNBILLED_AFTER_DAYS } from "../../revenue-cycle/constants";
import type { SummaryInput } from "../inputs";
import { rowsOf } from "../inputs";
import type { SheetModel } from "../model";
import { startSheet } from "./common";

export const UNBILLED_VISITS = {
  id: "unbilledVisits",
  name: "Unbilled Visits",
  title: "Unbilled Visits",
} as const;
export const UNBILLED_TABLES: readonly TableName[] = ["Appointments", "Claims"];

export function unbilledVisitsSheet(input: SummaryInput): SheetModel {
  const days = input.unbilledAfterDays ?? DEFAULT_UNBILLED_AFTER_DAYS;
  const list = unbilledVisits(
    rowsOf(input.tables, "Appointments"),
    rowsOf(input.tables, "Claims"),
    input.asOf,
    days,
  );
  return layoutUnbilled(input, list, days);
}

/** unbilledVisitsSheet with the visits found in steps, breathing between them. */
export async function unbilledVisitsSheetInSteps(input: SummaryInput, breathe: Breathe): Promise<SheetModel> {
  const days = input.unbilledAfterDays ?? DEFAULT_UNBILLED_AFTER_DAYS;
  const list = await unbilledVisitsInSteps(
    rowsOf(input.tables, "Appointments"),
    rowsOf(input.tables, "Claims"),
    input.asOf,
    days,
    breathe,
  );
  return layoutUnbilled(input, list, days);
}

export function layoutUnbilled(
  input: SummaryInput,
  list: readonly UnbilledVisit[],
  days: number,
): SheetModel {
  const b = startSheet(UNBILLED_VISITS, input, UNBILLED_TABLES);
  b.section(`Kept visits with no claim ${days} or more days later: ${list.length.toLocaleString("en-US")}`);
  const t = b.table([
    { header: "Appointment ID", format: "text", width: 15 },
    { header: "Date", format: "date", width: 12 },
    { header: "Days Since", format: "integer", width: 10 },
    { header: "Provider ID", format: "text", width: 12 },
    { header: "Patient Ref", format: "text", width: 12 },
    { header: "Type", width: 15 },
    { header: "Status", width: 11 },
    { header: "Claim ID Named", format: "text", width: 14 },
  ]);
  for (const v of list) {
    const a = v.appointment;
    t.add([
      a.appointmentId,
      a.date,
      v.ageDays,
      a.providerId,
      a.patientRef,
      a.type,
      a.status,
      v.missingClaimId,
    ]);
  }
  if (list.length === 0)
    t.add([`Every kept visit up to ${isoFromSerial(Math.floor(input.asOf) - days)} has a claim`], "note");
  t.end();
  b.note(
    "Kept visit = Status Completed, Arrived or In Room. It has a claim when its Claim ID is in Claims, or a claim has the same Patient Ref, Service Date and Provider ID.",
  );
  b.note(
    "Claim ID Named: the appointment names a Claim ID that is not in Claims. Create draft claims (Practice Manager pane, Summaries) adds a Draft claim per visit after a preview and writes its Claim ID back to the appointment.",
  );
  return b.build();
}
