/**
 * PM.NEXTSLOTS: free appointment slots from the live Providers, Appointments, TimeOff and Holidays
 * tables. The calendar (bookings grouped and sorted per provider) is built once per version of those
 * tables and shared by every cell; each cell then only walks the days it needs.
 */
import { CATALOG } from "../../domain/catalog";
import { parseDateTime, serialFromLocalDateTime } from "../../domain/dates/excel-dates";
import {
  appointmentsBusy,
  calendarFromRows,
  findFreeSlots,
  SlotSearchError,
  type Busy,
  type Calendar,
} from "../../domain/front-desk";
import { isBlankArg, numberFromText, type Args } from "../args";
import type { SpillTable } from "../spills";
import { liveWorkbook, present } from "./functions";
import type { LoadedTable, WatchedTable } from "./live-workbook";
import { streamCell } from "./stream";

export const SLOT_TABLES: readonly WatchedTable[] = ["Providers", "Appointments", "TimeOff", "Holidays"];
export const NEXTSLOTS_HEADERS = ["Date", "Start", "Provider"];
const MAX_COUNT = 1000;

/** The calendar of the current tables (TimeOff and Holidays may be missing: nobody away, no holiday). */
export async function liveCalendar(): Promise<Calendar> {
  const w = liveWorkbook();
  present(await w.tables(SLOT_TABLES), ["Providers", "Appointments"]);
  return w.memo("calendar", SLOT_TABLES, (t) =>
    calendarFromRows({
      providers: t.get("Providers")?.typedRows(CATALOG.Providers) ?? [],
      appointments: { busy: busyOf(t.get("Appointments") ?? null) },
      timeOff: t.get("TimeOff")?.typedRows(CATALOG.TimeOff) ?? null,
      holidays: t.get("Holidays")?.typedRows(CATALOG.Holidays) ?? null,
    }),
  );
}

function busyOf(table: LoadedTable): Busy[] {
  if (!table) return [];
  return appointmentsBusy({
    rows: table.rows,
    date: table.columnIndex("Date"),
    start: table.columnIndex("Start"),
    duration: table.columnIndex("Duration (min)"),
    providerId: table.columnIndex("Provider ID"),
    status: table.columnIndex("Status"),
  });
}

/** A date, or a date and time (serial or text such as 2026-03-16 13:30); blank: now. */
function fromMoment(a: Args, value: unknown): number {
  if (isBlankArg(value)) return serialFromLocalDateTime(new Date());
  const numeric = typeof value === "string" ? numberFromText(value) : null;
  const serial = parseDateTime(numeric ?? value);
  if (serial === null)
    throw a.fail(`from ${JSON.stringify(value)} is not a date (use a date or text like 2026-03-16 13:30)`);
  return serial;
}

function providerArg(a: Args, value: unknown): string | null {
  if (isBlankArg(value)) return null;
  if (typeof value === "number") return String(value);
  if (typeof value !== "string")
    throw a.fail("provider must be a Provider ID, or blank for any active provider");
  return value.trim();
}

export function nextSlots(
  provider: unknown,
  minutes: unknown,
  from: unknown,
  count: unknown,
  invocation: CustomFunctions.StreamingInvocation<SpillTable>,
): void {
  streamCell(liveWorkbook(), "NEXTSLOTS", SLOT_TABLES, invocation, async (a) => {
    const query = {
      providerId: providerArg(a, provider),
      minutes: a.number("minutes", minutes, { min: 1, integer: true }),
      from: fromMoment(a, from),
      count: Math.min(MAX_COUNT, a.optionalNumber("count", count, 5, { min: 1, integer: true })),
    };
    const calendar = await liveCalendar();
    let slots;
    try {
      slots = findFreeSlots(calendar, query);
    } catch (error) {
      if (error instanceof SlotSearchError) throw a.missing(error.message);
      throw error;
    }
    if (slots.length === 0) throw a.missing("no free slot in the next 366 days");
    return [NEXTSLOTS_HEADERS, ...slots.map((s) => [s.date, s.start / 1440, s.providerId])];
  });
}
