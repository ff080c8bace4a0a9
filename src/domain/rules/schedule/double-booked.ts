import { shownRaw } from "../display";
import type { Rule } from "../rule";
import type { KeyOf } from "../table-model";
import { bookedSlot, overlaps, shownSlot } from "./appointment-time";

function doubleBookedRule(id: string, by: KeyOf<"Appointments">, who: (value: string) => string): Rule {
  const keys = [by, "date"];
  return {
    id,
    table: "Appointments",
    reads: [],
    check(workbook, row, out) {
      const model = workbook.table("Appointments");
      const value = model?.text(by, row) ?? null;
      if (!model || value === null) return;
      const slot = bookedSlot(model, row);
      if (!slot) return;
      for (const other of workbook.rowsLike("Appointments", keys, row)) {
        if (other === row) continue;
        const otherSlot = bookedSlot(model, other);
        if (!otherSlot || !overlaps(slot, otherSlot)) continue;
        const otherId = model.text("appointmentId", other);
        const shownId = otherId === null ? null : shownRaw(otherId);
        out.push(
          model.finding(
            by,
            row,
            "error",
            id,
            `${who(shownRaw(value))} is double-booked: ${shownSlot(slot)} overlaps ${shownId ? `appointment ${shownId}` : "the appointment"} in row ${model.sheetRow(other)} (${shownSlot(otherSlot)})`,
          ),
        );
        return;
      }
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
  (p) => `Provider ${p}`,
);

/** A room holds one appointment at a time. */
export const roomDoubleBooked = doubleBookedRule("schedule.room-double-booked", "room", (r) => `Room ${r}`);
