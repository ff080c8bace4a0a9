import { shownRaw } from "../display";
import type { Rule } from "../rule";
import type { KeyOf } from "../table-model";
import { bookedSlots, overlaps, shownSlot } from "./appointment-time";

/** Appointments that need no room: a video visit does not occupy an exam room. */
const ROOMLESS_TYPES = new Set(["Telehealth"]);

/** `by` groups the appointments; `cell` is where the finding sits (the time for a provider, the room for a room). */
function doubleBookedRule(
  id: string,
  by: KeyOf<"Appointments">,
  cell: KeyOf<"Appointments">,
  who: (value: string) => string,
): Rule {
  const keys = [by, "date"];
  const roomCheck = by === "room";
  return {
    id,
    table: "Appointments",
    reads: [],
    lookups: [{ table: "Appointments", keys }],
    checker(workbook) {
      const model = workbook.table("Appointments");
      if (!model || !model.has(by)) return null;
      const slots = bookedSlots(workbook);
      const index = workbook.index("Appointments", keys);
      const types = model.columnValues("type");
      const counts = (r: number) => !(roomCheck && ROOMLESS_TYPES.has(String(types?.[r] ?? "")));
      return (row, out) => {
        const slot = slots[row];
        if (!slot || !index.isShared(row) || !counts(row)) return;
        for (const other of index.rowsLike(row)) {
          const otherSlot = slots[other];
          if (other === row || !otherSlot || !overlaps(slot, otherSlot) || !counts(other)) continue;
          const otherId = model.text("appointmentId", other);
          const value = shownRaw(model.text(by, row) ?? "");
          out.push(
            model.finding(
              cell,
              row,
              "error",
              id,
              `${who(value)} is double-booked: ${shownSlot(slot)} overlaps ${otherId === null ? "the appointment" : `appointment ${shownRaw(otherId)}`} in row ${model.sheetRow(other)} (${shownSlot(otherSlot)})`,
            ),
          );
          return;
        }
      };
    },
    related(workbook, changed, row) {
      return changed === "Appointments" ? workbook.rowsLike("Appointments", keys, row) : [];
    },
  };
}

/** A provider cannot see two patients at once (Start..Start+Duration, appointments that still hold their slot). */
export const providerDoubleBooked = doubleBookedRule(
  "schedule.provider-double-booked",
  "providerId",
  "start",
  (p) => `Provider ${p}`,
);

/** A room holds one appointment at a time (telehealth visits use no room). */
export const roomDoubleBooked = doubleBookedRule(
  "schedule.room-double-booked",
  "room",
  "room",
  (r) => `Room ${r}`,
);
