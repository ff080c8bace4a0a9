import { isoFromSerial } from "../../dates/excel-dates";
import { rowRule, type Rule } from "../rule";

/** Days a request may take when Due On is left blank (HIPAA right of access: 30 days). */
export const RECORDS_DUE_DAYS = 30;
const OPEN = new Set(["Open", "In Progress"]);

/** The date a request must be answered by: Due On, or Received On + 30 days when Due On is blank. */
export function recordsDueOn(dueOn: number | null, receivedOn: number | null): number | null {
  if (dueOn !== null) return dueOn;
  return receivedOn === null ? null : receivedOn + RECORDS_DUE_DAYS;
}

/** A request still open after its due date. */
export const recordsOverdue: Rule = rowRule({
  id: "records-requests.overdue",
  table: "RecordsRequests",
  check(workbook, row, out) {
    const requests = workbook.table("RecordsRequests");
    const status = requests?.text("status", row) ?? null;
    if (!requests || status === null || !OPEN.has(status)) return;
    const due = recordsDueOn(requests.num("dueOn", row), requests.num("receivedOn", row));
    if (due === null || workbook.asOf <= due) return;
    const late = workbook.asOf - due;
    const defaulted = requests.num("dueOn", row) === null ? ` (Received On + ${RECORDS_DUE_DAYS} days)` : "";
    out.push(
      requests.finding(
        requests.num("dueOn", row) === null ? "receivedOn" : "dueOn",
        row,
        "error",
        "records-requests.overdue",
        `The request is still ${status} ${late} day${late === 1 ? "" : "s"} after it was due on ${isoFromSerial(due)}${defaulted}`,
      ),
    );
  },
});
