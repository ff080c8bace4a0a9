import type { TableModel } from "../table-model";

/** Statuses whose slot is free again: they never double-book anyone. */
const SLOT_FREED = new Set(["Canceled", "Late Cancel", "No Show", "Rescheduled"]);

export interface Slot {
  /** Minutes since midnight. */
  readonly start: number;
  readonly end: number;
}

/** The booked slot of an appointment, or null when it is not booked (freed, or date/time unreadable). */
export function bookedSlot(model: TableModel<"Appointments">, row: number): Slot | null {
  const status = model.text("status", row);
  if (status !== null && SLOT_FREED.has(status)) return null;
  const start = model.num("start", row);
  const duration = model.num("durationMin", row);
  if (start === null || duration === null || duration <= 0 || model.num("date", row) === null) return null;
  const minutes = Math.round(start * 1440);
  return { start: minutes, end: minutes + duration };
}

export function overlaps(a: Slot, b: Slot): boolean {
  return a.start < b.end && b.start < a.end;
}

export function shownSlot(slot: Slot): string {
  return `${clock(slot.start)}-${clock(slot.end)}`;
}

function clock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  const h = Math.floor(m / 60);
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m % 60).padStart(2, "0")} ${h < 12 ? "AM" : "PM"}`;
}
