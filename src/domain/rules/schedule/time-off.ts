import { isoFromSerial } from "../../dates/excel-dates";
import { shownDateTime, shownRaw } from "../display";
import type { Rule } from "../rule";
import { groupKeyPart } from "../workbook-model";
import { bookedSlots } from "./appointment-time";

const PROVIDER_ID = ["providerId"];
const DATE = ["date"];

interface Away {
  readonly from: number;
  readonly to: number;
  readonly reason: string | null;
}

/**
 * A booked appointment (not canceled or rescheduled) on a Holidays date, or overlapping its provider's
 * TimeOff (which may run across midnight). A warning: the visit may have been booked before the time
 * off was entered, and the front desk has to move it.
 */
export const timeOffOrHoliday: Rule = {
  id: "schedule.time-off",
  table: "Appointments",
  reads: ["TimeOff", "Holidays"],
  relatedLookups: [
    { table: "Appointments", keys: PROVIDER_ID },
    { table: "Appointments", keys: DATE },
  ],
  checker(workbook) {
    const model = workbook.table("Appointments");
    const timeOff = workbook.table("TimeOff");
    const holidays = workbook.table("Holidays");
    if (!model || (!timeOff && !holidays)) return null;
    const away = new Map<string, Away[]>();
    for (let r = 0; timeOff && r < timeOff.rowCount; r++) {
      const key = groupKeyPart(timeOff.value("providerId", r));
      const from = timeOff.num("from", r);
      const to = timeOff.num("to", r);
      if (key === null || from === null || to === null || to <= from) continue;
      const list = away.get(key) ?? [];
      list.push({
        from: Math.round(from * 1440),
        to: Math.round(to * 1440),
        reason: timeOff.text("reason", r),
      });
      away.set(key, list);
    }
    const closed = new Map<number, string>();
    for (let r = 0; holidays && r < holidays.rowCount; r++) {
      const day = holidays.num("date", r);
      if (day !== null) closed.set(Math.floor(day), holidays.text("name", r) ?? "a holiday");
    }
    const slots = bookedSlots(workbook);
    const dates = model.columnValues("date");
    const providers = model.columnValues("providerId");
    return (row, out) => {
      const slot = slots[row];
      const date = dates?.[row];
      if (!slot || typeof date !== "number") return;
      const day = Math.floor(date);
      const holiday = closed.get(day);
      if (holiday !== undefined) {
        const message = `${isoFromSerial(day)} is a practice holiday (${shownRaw(holiday)}): move or cancel this appointment`;
        out.push(model.finding("date", row, "warning", "schedule.time-off", message));
        return;
      }
      const key = groupKeyPart(providers?.[row] ?? null);
      const from = day * 1440 + slot.start;
      const to = day * 1440 + slot.end;
      const hit = key === null ? undefined : away.get(key)?.find((a) => a.from < to && from < a.to);
      if (hit) {
        const why = hit.reason ? ` (${shownRaw(hit.reason)})` : "";
        const message = `Provider ${shownRaw(String(providers?.[row] ?? ""))} is away from ${shownDateTime(hit.from / 1440)} to ${shownDateTime(hit.to / 1440)}${why}: move or cancel this appointment`;
        out.push(model.finding("start", row, "warning", "schedule.time-off", message));
      }
    };
  },
  related(workbook, changed, row) {
    if (changed === "TimeOff") {
      const key = groupKeyPart(workbook.table("TimeOff")?.valueOf("providerId", row) ?? null);
      return workbook.rowsWith("Appointments", PROVIDER_ID, key);
    }
    if (changed === "Holidays") {
      const day = workbook.table("Holidays")?.valueOf("date", row) ?? null;
      return workbook.rowsWith("Appointments", DATE, groupKeyPart(day));
    }
    return [];
  },
};
