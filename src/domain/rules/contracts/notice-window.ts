import { isoFromSerial } from "../../dates/excel-dates";
import { shownRaw } from "../display";
import { rowRule, type Rule } from "../rule";

/** Contracts that no longer need a decision. */
const CLOSED = new Set(["Expired", "Terminated"]);

/**
 * A live contract inside its notice window (End Date - Notice days .. End Date): the last chance to give
 * notice before it ends, or renews by itself when Auto Renew is Yes.
 */
export const noticeWindow: Rule = rowRule({
  id: "contracts.notice-window",
  table: "Contracts",
  check(workbook, row, out) {
    const contracts = workbook.table("Contracts");
    const end = contracts?.num("endDate", row) ?? null;
    const notice = contracts?.num("noticeDays", row) ?? null;
    const status = contracts?.text("status", row) ?? null;
    if (
      !contracts ||
      end === null ||
      notice === null ||
      notice <= 0 ||
      (status !== null && CLOSED.has(status))
    )
      return;
    const noticeBy = end - notice;
    const asOf = workbook.asOf;
    if (asOf < noticeBy || asOf > end) return;
    const renews = contracts.text("autoRenew", row) === "Yes";
    const counterparty = shownRaw(contracts.text("counterparty", row) ?? "the counterparty");
    const message = renews
      ? `Notice window: the contract with ${counterparty} renews by itself on ${isoFromSerial(end)} unless notice was given by ${isoFromSerial(noticeBy)}`
      : `Notice window: the contract with ${counterparty} ends on ${isoFromSerial(end)}; notice was due by ${isoFromSerial(noticeBy)}`;
    out.push(contracts.finding("endDate", row, "warning", "contracts.notice-window", message));
  },
});
