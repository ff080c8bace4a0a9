import { isoFromSerial } from "../../dates/excel-dates";
import { shownRaw } from "../display";
import { rowRule, type Rule } from "../rule";

/** Days ahead an expiring lot is flagged, so it is used first or returned. */
export const LOT_EXPIRY_WARN_DAYS = 30;

/** Stock on hand whose lot has expired (error) or expires within 30 days (warning). */
export const lotExpiry: Rule = rowRule({
  id: "inventory.lot-expiry",
  table: "Inventory",
  check(workbook, row, out) {
    const items = workbook.table("Inventory");
    const expires = items?.num("expiresOn", row) ?? null;
    if (!items || expires === null) return;
    if (items.num("onHand", row) === 0) return; // nothing left of the lot to pull
    const left = expires - workbook.asOf;
    const lot = items.text("lot", row);
    const what = lot === null ? "The stock on hand" : `Lot ${shownRaw(lot)}`;
    if (left < 0) {
      out.push(
        items.finding(
          "expiresOn",
          row,
          "error",
          "inventory.lot-expiry",
          `${what} expired on ${isoFromSerial(expires)}: pull it from stock`,
        ),
      );
    } else if (left <= LOT_EXPIRY_WARN_DAYS) {
      out.push(
        items.finding(
          "expiresOn",
          row,
          "warning",
          "inventory.lot-expiry",
          `${what} expires on ${isoFromSerial(expires)} (in ${left} day${left === 1 ? "" : "s"}): use it first`,
        ),
      );
    }
  },
});
