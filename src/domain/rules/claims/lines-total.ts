import { money } from "../display";
import type { Rule } from "../rule";
import { groupKeyPart } from "../workbook-model";

const CLAIM_ID = ["claimId"];
const cents = (amount: number) => Math.round(amount * 100);

/** A claim's Total Charge is the sum of its service lines' charges. */
export const linesTotal: Rule = {
  id: "claims.lines-total",
  table: "Claims",
  reads: ["ClaimLines"],
  lookups: [
    { table: "Claims", keys: CLAIM_ID },
    { table: "ClaimLines", keys: CLAIM_ID },
  ],
  checker(workbook) {
    const claims = workbook.table("Claims");
    const lines = workbook.table("ClaimLines");
    const totals = claims?.columnValues("totalCharge");
    const charges = lines?.columnValues("charge");
    if (!claims || !lines || !totals || !charges) return null;
    const { rowKey } = workbook.index("Claims", CLAIM_ID);
    const linesByClaim = workbook.index("ClaimLines", CLAIM_ID);
    return (row, out) => {
      const total = totals[row];
      const key = rowKey[row];
      if (typeof total !== "number" || key === null || key === undefined || !linesByClaim.has(key)) return;
      const lineRows = linesByClaim.rows(key);
      let sum = 0;
      for (const line of lineRows) {
        const charge = charges[line];
        if (typeof charge !== "number") return; // an unreadable charge is reported on the line itself
        sum += cents(charge);
      }
      if (sum === cents(total)) return;
      const n = lineRows.length;
      const message = `Total Charge ${money(total)} does not equal the sum of its ${n} service line${n === 1 ? "" : "s"} (${money(sum / 100)})`;
      out.push(claims.finding("totalCharge", row, "error", "claims.lines-total", message));
    };
  },
  related(workbook, changed, row) {
    if (changed !== "ClaimLines") return [];
    const key = groupKeyPart(workbook.table("ClaimLines")?.valueOf("claimId", row) ?? null);
    return workbook.rowsWith("Claims", CLAIM_ID, key);
  },
};
