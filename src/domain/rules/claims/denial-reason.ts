import { rowRule, type Rule } from "../rule";

/** A Denied claim says why, so it can be appealed or written off. */
export const denialReason: Rule = rowRule({
  id: "claims.denial-reason",
  table: "Claims",
  check(workbook, row, out) {
    const claims = workbook.table("Claims");
    if (!claims || claims.text("status", row) !== "Denied" || !claims.has("denialReason")) return;
    if (claims.text("denialReason", row) !== null) return;
    out.push(
      claims.finding(
        "denialReason",
        row,
        "error",
        "claims.denial-reason",
        "The claim is Denied but has no Denial Reason: enter the reason code and text (e.g. CO-29 timely filing)",
      ),
    );
  },
});
