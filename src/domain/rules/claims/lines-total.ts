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
  check(workbook, row, out) {
    const claims = workbook.table("Claims");
    const lines = workbook.table("ClaimLines");
    const total = claims?.num("totalCharge", row) ?? null;
    if (!claims || !lines || total === null) return;
    const lineRows = workbook.rowsWith("ClaimLines", CLAIM_ID, groupKeyPart(claims.value("claimId", row)));
    if (lineRows.length === 0) return;
    let sum = 0;
    for (const line of lineRows) {
      const charge = lines.num("charge", line);
      if (charge === null) return; // an unreadable charge is reported on the line itself
      sum += cents(charge);
    }
    if (sum === cents(total)) return;
    const n = lineRows.length;
    out.push(
      claims.finding(
        "totalCharge",
        row,
        "error",
        "claims.lines-total",
        `Total Charge ${money(total)} does not equal the sum of its ${n} service line${n === 1 ? "" : "s"} (${money(sum / 100)})`,
      ),
    );
  },
  related(workbook, changed, row) {
    if (changed !== "ClaimLines") return [];
    return workbook.rowsWith(
      "Claims",
      CLAIM_ID,
      groupKeyPart(workbook.table("ClaimLines")?.valueOf("claimId", row) ?? null),
    );
  },
};
