import { isoFromSerial } from "../../dates/excel-dates";
import { rowRule, type Rule } from "../rule";

/** An order cannot arrive before it was placed. */
export const receivedBeforeOrdered: Rule = rowRule({
  id: "purchase-orders.received-before-ordered",
  table: "PurchaseOrders",
  check(workbook, row, out) {
    const orders = workbook.table("PurchaseOrders");
    const ordered = orders?.num("orderedOn", row) ?? null;
    const received = orders?.num("receivedOn", row) ?? null;
    if (!orders || ordered === null || received === null || received >= ordered) return;
    out.push(
      orders.finding(
        "receivedOn",
        row,
        "error",
        "purchase-orders.received-before-ordered",
        `Received On ${isoFromSerial(received)} is before Ordered On ${isoFromSerial(ordered)}`,
      ),
    );
  },
});
