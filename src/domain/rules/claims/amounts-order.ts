import { money } from "../display";
import type { Rule } from "../rule";

const cents = (amount: number) => Math.round(amount * 100);

/** Paid <= Allowed <= charge: a payer never allows more than was billed nor pays more than it allowed. */
function amountsOrderRule(
  table: "Claims" | "ClaimLines",
  chargeKey: "totalCharge" | "charge",
  id: string,
): Rule {
  return {
    id,
    table,
    reads: [],
    checker(workbook) {
      const model = workbook.table(table);
      if (!model) return null;
      const charges = model.columnValues(chargeKey);
      const alloweds = model.columnValues("allowed");
      const paids = model.columnValues("paid");
      const chargeHeader = model.column(chargeKey)?.header ?? chargeKey;
      return (row, out) => {
        const charge = charges?.[row];
        const allowed = alloweds?.[row];
        const paid = paids?.[row];
        if (typeof allowed === "number" && typeof charge === "number" && cents(allowed) > cents(charge)) {
          out.push(
            model.finding(
              "allowed",
              row,
              "error",
              id,
              `Allowed ${money(allowed)} is more than ${chargeHeader} ${money(charge)}`,
            ),
          );
        }
        if (typeof paid !== "number") return;
        if (typeof allowed === "number") {
          if (cents(paid) > cents(allowed)) {
            out.push(
              model.finding(
                "paid",
                row,
                "error",
                id,
                `Paid ${money(paid)} is more than Allowed ${money(allowed)}`,
              ),
            );
          }
        } else if (typeof charge === "number" && cents(paid) > cents(charge)) {
          out.push(
            model.finding(
              "paid",
              row,
              "error",
              id,
              `Paid ${money(paid)} is more than ${chargeHeader} ${money(charge)}`,
            ),
          );
        }
      };
    },
  };
}

export const claimAmountsOrder = amountsOrderRule("Claims", "totalCharge", "claims.amounts-order");
export const lineAmountsOrder = amountsOrderRule("ClaimLines", "charge", "claims.line-amounts-order");

export const amountsOrder: readonly Rule[] = [claimAmountsOrder, lineAmountsOrder];
