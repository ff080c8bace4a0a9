import { shownTime } from "../display";
import { rowRule } from "../rule";

/** Checked In <= Roomed <= Checked Out, for the times that are filled in (a later step cannot come first). */
export const visitTimesOrder = rowRule({
  id: "schedule.visit-times",
  table: "Appointments",
  check(workbook, row, out) {
    const model = workbook.table("Appointments");
    if (!model) return;
    const steps = [
      { key: "checkedIn", label: "Checked In", at: model.num("checkedIn", row) },
      { key: "roomed", label: "Roomed", at: model.num("roomed", row) },
      { key: "checkedOut", label: "Checked Out", at: model.num("checkedOut", row) },
    ] as const;
    let previous: (typeof steps)[number] | null = null;
    for (const step of steps) {
      if (step.at === null) continue;
      if (previous !== null && previous.at !== null && step.at < previous.at) {
        const message = `${step.label} ${shownTime(step.at)} is before ${previous.label} ${shownTime(previous.at)}`;
        out.push(model.finding(step.key, row, "error", "schedule.visit-times", message));
        return;
      }
      previous = step;
    }
  },
});
