import { WEEKDAYS } from "../../catalog/lists";
import { isoFromSerial, weekdayOfSerial } from "../../dates/excel-dates";
import { shownRaw, shownTime } from "../display";
import type { Rule } from "../rule";
import { groupKeyPart } from "../workbook-model";
import { parseWorkDays } from "../weekdays";
import { bookedSlots } from "./appointment-time";

const PROVIDER_ID = ["providerId"];

interface Hours {
  readonly id: string;
  readonly workDaysText: string | null;
  readonly workDays: ReadonlySet<number> | null;
  /** Minutes since midnight. */
  readonly start: number | null;
  readonly end: number | null;
}

/** An appointment falls on one of its provider's Work Days, between Day Start and Day End. */
export const outsideHours: Rule = {
  id: "schedule.outside-hours",
  table: "Appointments",
  reads: ["Providers"],
  lookups: [{ table: "Providers", keys: PROVIDER_ID }],
  relatedLookups: [{ table: "Appointments", keys: PROVIDER_ID }],
  checker(workbook) {
    const model = workbook.table("Appointments");
    const providers = workbook.table("Providers");
    if (!model || !providers) return null;
    const hours = new Map<string, Hours>();
    const providerIndex = workbook.index("Providers", PROVIDER_ID);
    for (const key of providerIndex.keys()) {
      const p = providerIndex.first(key) ?? 0;
      const workDaysText = providers.text("workDays", p);
      const start = providers.num("dayStart", p);
      const end = providers.num("dayEnd", p);
      hours.set(key, {
        id: shownRaw(providers.text("providerId", p) ?? key),
        workDaysText,
        workDays: workDaysText === null ? null : parseWorkDays(workDaysText),
        start: start === null ? null : Math.round(start * 1440),
        end: end === null ? null : Math.round(end * 1440),
      });
    }
    const slots = bookedSlots(workbook);
    const providerIds = model.columnValues("providerId");
    const dates = model.columnValues("date");
    return (row, out) => {
      const key = groupKeyPart(providerIds?.[row] ?? null);
      const h = key === null ? undefined : hours.get(key);
      const slot = slots[row];
      const date = dates?.[row];
      if (!h || !slot || typeof date !== "number") return;
      const weekday = weekdayOfSerial(date);
      if (h.workDays && !h.workDays.has(weekday)) {
        const message = `${isoFromSerial(date)} is a ${WEEKDAYS[weekday] ?? "?"}, not one of provider ${h.id}'s work days (${shownRaw(h.workDaysText ?? "")})`;
        out.push(model.finding("date", row, "warning", "schedule.outside-hours", message));
        return;
      }
      if ((h.start !== null && slot.start < h.start) || (h.end !== null && slot.end > h.end)) {
        const from = h.start === null ? "?" : shownTime(h.start / 1440);
        const to = h.end === null ? "?" : shownTime(h.end / 1440);
        const message = `The appointment runs outside provider ${h.id}'s hours (${from}-${to})`;
        out.push(model.finding("start", row, "warning", "schedule.outside-hours", message));
      }
    };
  },
  related(workbook, changed, row) {
    if (changed !== "Providers") return [];
    const key = groupKeyPart(workbook.table("Providers")?.valueOf("providerId", row) ?? null);
    return workbook.rowsWith("Appointments", PROVIDER_ID, key);
  },
};
