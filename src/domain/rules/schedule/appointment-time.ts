import type { Typed } from "../cell-reader";
import type { WorkbookModel } from "../workbook-model";

/** Statuses whose slot is free again: they never double-book anyone. */
export const SLOT_FREED: ReadonlySet<string> = new Set(["Canceled", "Late Cancel", "No Show", "Rescheduled"]);

export interface Slot {
  /** Minutes since midnight. */
  readonly start: number;
  readonly end: number;
}

/** The booked slot of an appointment, or null when it is not booked (freed, or date/time unreadable). */
export function slotOf(status: Typed, date: Typed, start: Typed, duration: Typed): Slot | null {
  if (typeof status === "string" && SLOT_FREED.has(status)) return null;
  if (typeof start !== "number" || typeof duration !== "number" || duration <= 0 || typeof date !== "number")
    return null;
  const minutes = Math.round(start * 1440);
  return { start: minutes, end: minutes + duration };
}

const SLOTS = {};

/**
 * Every appointment's booked slot, computed once and patched for the rows an edit or append touches
 * (a typed cell re-reads its row, not 100k).
 */
export function bookedSlots(workbook: WorkbookModel): readonly (Slot | null)[] {
  const fill = (slots: (Slot | null)[], first: number, count: number) => {
    const model = workbook.table("Appointments");
    if (!model) return;
    const status = model.columnValues("status");
    const date = model.columnValues("date");
    const start = model.columnValues("start");
    const duration = model.columnValues("durationMin");
    for (let r = first; r < first + count; r++) {
      slots[r] = slotOf(status?.[r] ?? null, date?.[r] ?? null, start?.[r] ?? null, duration?.[r] ?? null);
    }
  };
  return workbook.derive(
    "Appointments",
    SLOTS,
    () => {
      const slots: (Slot | null)[] = [];
      fill(slots, 0, workbook.table("Appointments")?.rowCount ?? 0);
      return slots;
    },
    fill,
  );
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
