import { isoFromSerial } from "../../dates/excel-dates";
import { shownRaw } from "../display";
import { rowRule, type Rule } from "../rule";

const SAME_COURSE = ["staffId", "course"];
/** Days ahead an expiring required course is flagged. */
export const TRAINING_WARN_DAYS = 30;

/**
 * A Required course whose certificate has expired (error) or expires within 30 days (warning), unless the
 * same person has a newer row for the same course that is still valid (training history is kept).
 */
export const requiredExpired: Rule = rowRule({
  id: "training.required-expired",
  table: "Training",
  lookups: [{ table: "Training", keys: SAME_COURSE }],
  check(workbook, row, out) {
    const training = workbook.table("Training");
    const expires = training?.num("expiresOn", row) ?? null;
    if (!training || expires === null || training.text("required", row) !== "Yes") return;
    const left = expires - workbook.asOf;
    if (left > TRAINING_WARN_DAYS) return;
    const completed = training.num("completedOn", row);
    const renewed = workbook.rowsLike("Training", SAME_COURSE, row).some((other) => {
      if (other === row) return false;
      const otherExpires = training.num("expiresOn", other);
      if (otherExpires !== null)
        return otherExpires > expires && otherExpires - workbook.asOf > TRAINING_WARN_DAYS;
      // A newer completion without an expiry date replaces this certificate.
      const otherCompleted = training.num("completedOn", other);
      return otherCompleted !== null && (completed === null || otherCompleted > completed);
    });
    if (renewed) return;
    const who = shownRaw(training.text("staffId", row) ?? "This person");
    const course = shownRaw(training.text("course", row) ?? "the course");
    if (left < 0) {
      out.push(
        training.finding(
          "expiresOn",
          row,
          "error",
          "training.required-expired",
          `${who}'s required ${course} expired on ${isoFromSerial(expires)}: schedule the course`,
        ),
      );
    } else {
      out.push(
        training.finding(
          "expiresOn",
          row,
          "warning",
          "training.required-expired",
          `${who}'s required ${course} expires on ${isoFromSerial(expires)} (in ${left} day${left === 1 ? "" : "s"})`,
        ),
      );
    }
  },
  related(workbook, changed, row) {
    return changed === "Training" ? workbook.rowsLike("Training", SAME_COURSE, row) : [];
  },
});
