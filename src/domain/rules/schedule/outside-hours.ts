import { WEEKDAYS } from "../../catalog/lists";
import { isoFromSerial, weekdayOfSerial } from "../../dates/excel-dates";
import { shownRaw, shownTime } from "../display";
import type { Rule } from "../rule";
import { groupKeyPart } from "../workbook-model";
import { parseWorkDays } from "../weekdays";
import { bookedSlot } from "./appointment-time";

const PROVIDER_ID = ["providerId"];

/** An appointment falls on one of its provider's Work Days, between Day Start and Day End. */
export const outsideHours: Rule = {
  id: "schedule.outside-hours",
  table: "Appointments",
  reads: ["Providers"],
  check(workbook, row, out) {
    const model = workbook.table("Appointments");
    const providers = workbook.table("Providers");
    const providerId = model?.text("providerId", row) ?? null;
    const date = model?.num("date", row) ?? null;
    if (!model || !providers || providerId === null || date === null) return;
    const slot = bookedSlot(model, row);
    const p = workbook.rowsWith("Providers", PROVIDER_ID, groupKeyPart(providerId))[0];
    if (!slot || p === undefined) return;
    const workDaysText = providers.text("workDays", p);
    const workDays = workDaysText === null ? null : parseWorkDays(workDaysText);
    const weekday = weekdayOfSerial(date);
    if (workDays && !workDays.has(weekday)) {
      out.push(
        model.finding(
          "date",
          row,
          "warning",
          "schedule.outside-hours",
          `${isoFromSerial(date)} is a ${WEEKDAYS[weekday] ?? "?"}, not one of provider ${shownRaw(providerId)}'s work days (${shownRaw(workDaysText ?? "")})`,
        ),
      );
      return;
    }
    const dayStart = providers.num("dayStart", p);
    const dayEnd = providers.num("dayEnd", p);
    const startsEarly = dayStart !== null && slot.start < Math.round(dayStart * 1440);
    const endsLate = dayEnd !== null && slot.end > Math.round(dayEnd * 1440);
    if (startsEarly || endsLate) {
      out.push(
        model.finding(
          "start",
          row,
          "warning",
          "schedule.outside-hours",
          `The appointment runs outside provider ${shownRaw(providerId)}'s hours (${dayStart === null ? "?" : shownTime(dayStart)}-${dayEnd === null ? "?" : shownTime(dayEnd)})`,
        ),
      );
    }
  },
  related(workbook, changed, row) {
    if (changed !== "Providers") return [];
    const key = groupKeyPart(workbook.table("Providers")?.valueOf("providerId", row) ?? null);
    return workbook.rowsWith("Appointments", PROVIDER_ID, key);
  },
};
