import { isoFromSerial } from "../../dates/excel-dates";
import { rowRule, type Rule } from "../rule";

/** A contract's End Date comes after its Start Date. */
export const endAfterStart: Rule = rowRule({
  id: "contracts.end-after-start",
  table: "Contracts",
  check(workbook, row, out) {
    const contracts = workbook.table("Contracts");
    const start = contracts?.num("startDate", row) ?? null;
    const end = contracts?.num("endDate", row) ?? null;
    if (!contracts || start === null || end === null || end > start) return;
    out.push(
      contracts.finding(
        "endDate",
        row,
        "error",
        "contracts.end-after-start",
        `End Date ${isoFromSerial(end)} is not after Start Date ${isoFromSerial(start)}`,
      ),
    );
  },
});
