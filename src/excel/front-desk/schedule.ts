/**
 * The pane's Schedule section against the workbook: find free slots, and book one. Booking re-reads the
 * schedule inside the same Excel.run and checks the slot again before appending the row, so a slot
 * taken since the search (by a colleague, or in another window) is refused instead of double-booked.
 */
import { APPOINTMENT_TYPES } from "../../domain/catalog/lists";
import { CATALOG, type CellValue } from "../../domain/catalog";
import {
  appointmentsBusy,
  calendarFromRows,
  checkBooking,
  findFreeSlots,
  nextAppointmentId,
  type BookingRequest,
  type Calendar,
  type FreeSlot,
  type SlotQuery,
} from "../../domain/front-desk";
import type { ExcelRunner } from "../runner";
import { appendRows, readTables, type TableData } from "../table-io";

const SCHEDULE_TABLES = ["Providers", "Appointments", "TimeOff", "Holidays"] as const;
type ScheduleTable = (typeof SCHEDULE_TABLES)[number];

export class ScheduleNotSetUp extends Error {
  override readonly name = "ScheduleNotSetUp";
}

export interface ProviderChoice {
  readonly id: string;
  readonly name: string;
}

interface ScheduleData {
  readonly calendar: Calendar;
  readonly providers: readonly ProviderChoice[];
  readonly appointments: TableData<ScheduleTable>;
}

async function readSchedule(context: Excel.RequestContext): Promise<ScheduleData> {
  const tables = await readTables(context, SCHEDULE_TABLES);
  const providers = tables.get("Providers");
  const appointments = tables.get("Appointments");
  if (!providers || !appointments)
    throw new ScheduleNotSetUp(
      `The ${providers ? "Appointments" : "Providers"} table is missing: run Set up workbook first.`,
    );
  const calendar = calendarFromRows({
    providers: providers.typedRows(CATALOG.Providers),
    appointments: {
      busy: appointmentsBusy({
        rows: appointments.rows,
        date: appointments.columnIndex("Date"),
        start: appointments.columnIndex("Start"),
        duration: appointments.columnIndex("Duration (min)"),
        providerId: appointments.columnIndex("Provider ID"),
        status: appointments.columnIndex("Status"),
      }),
    },
    timeOff: tables.get("TimeOff")?.typedRows(CATALOG.TimeOff) ?? null,
    holidays: tables.get("Holidays")?.typedRows(CATALOG.Holidays) ?? null,
  });
  return {
    calendar,
    providers: calendar.activeProviders().map((p) => ({ id: p.id, name: p.name })),
    appointments,
  };
}

/** Active providers for the pane's provider list (empty when the workbook has no Providers table yet). */
export function loadProviders(run: ExcelRunner): Promise<ProviderChoice[]> {
  return run(async (context) => {
    const tables = await readTables(context, ["Providers"] as const);
    const providers = tables.get("Providers");
    if (!providers) return [];
    return providers
      .typedRows(CATALOG.Providers)
      .filter((p) => p.providerId !== null && p.active !== "No")
      .map((p) => ({ id: p.providerId ?? "", name: p.name ?? p.providerId ?? "" }))
      .sort((a, b) => a.name.localeCompare(b.name));
  });
}

export interface SlotSearch {
  readonly slots: readonly FreeSlot[];
  readonly providers: readonly ProviderChoice[];
}

export function searchSlots(run: ExcelRunner, query: SlotQuery): Promise<SlotSearch> {
  return run(async (context) => {
    const data = await readSchedule(context);
    return { slots: findFreeSlots(data.calendar, query), providers: data.providers };
  });
}

export interface Booked {
  readonly appointmentId: string;
  /** Sheet address of the new row. */
  readonly address: string;
}

/** Appends a Scheduled appointment for the slot, after checking it is still free. */
export function bookAppointment(run: ExcelRunner, request: BookingRequest): Promise<Booked> {
  return run(async (context) => {
    const data = await readSchedule(context);
    checkBooking(data.calendar, request);
    const ids = data.appointments.rows.map((_, i) => {
      const v = data.appointments.value(i, "Appointment ID");
      return v === undefined || v === "" ? null : String(v);
    });
    const appointmentId = nextAppointmentId(ids);
    const type = APPOINTMENT_TYPES.find((t) => t === request.type) ?? "";
    const row: Record<string, CellValue> = {
      "Appointment ID": appointmentId,
      Date: request.date,
      Start: request.start / 1440,
      "Duration (min)": request.minutes,
      "Provider ID": request.providerId,
      "Patient Ref": request.patientRef.trim(),
      Status: "Scheduled",
    };
    if (type !== "") row["Type"] = type;
    if (request.room?.trim()) row["Room"] = request.room.trim();
    if (request.notes?.trim()) row["Notes"] = request.notes.trim();
    const added = await appendRows(context, "Appointments", [row]);
    return { appointmentId, address: data.appointments.rowAddress(added.firstRowIndex) };
  });
}
