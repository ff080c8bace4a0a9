/**
 * What "Post payments" did, in plain words: payment rows and money, claims by their new status, claim
 * payments that matched no claim, payers added, remittances skipped, and that the summary sheets are
 * refreshed separately.
 * Props: outcome of postRemittances that wrote something or found nothing to write.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { RemittancePlan } from "../../domain/import";
import type { PostOutcome } from "../../excel/remittance";
import { formatMoney, plural } from "./format";

/** "2 Paid, 1 Denied": the posted claims by the status posting gave them, most frequent first. */
export function statusTally(plan: RemittancePlan): string {
  const counts = new Map<string, number>();
  for (const r of plan.remittances) {
    if (r.state.kind !== "new") continue;
    for (const c of r.claims) {
      if (c.statusAfter !== null) counts.set(c.statusAfter, (counts.get(c.statusAfter) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([status, n]) => `${n} ${status}`)
    .join(", ");
}

function unmatchedCount(plan: RemittancePlan): number {
  return plan.remittances
    .filter((r) => r.state.kind === "new")
    .reduce((n, r) => n + r.claims.filter((c) => c.claimIndex === null).length, 0);
}

export function PostResult({ outcome }: { outcome: PostOutcome }) {
  if (outcome.kind === "nothing-to-post") {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Nothing posted</MessageBarTitle>
          Every remittance in these files was posted before.
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (outcome.kind !== "posted") return null;
  const { plan } = outcome;
  const skipped = plan.remittances.length - plan.remittancesToPost;
  const unmatched = unmatchedCount(plan);
  const tally = statusTally(plan);
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Payments posted</MessageBarTitle>
        <ul>
          <li>
            {plural(plan.remittancesToPost, "remittance")} posted:{" "}
            {plural(outcome.paymentsAdded, "payment row")} added to Payments ({formatMoney(plan.amountToPost)}
            ).
          </li>
          <li>
            {outcome.claimsUpdated === 0
              ? "No claim updated."
              : `${plural(outcome.claimsUpdated, "claim")}${tally ? ` (${tally})` : ""} and ` +
                `${plural(outcome.linesUpdated, "claim line")} updated.`}
          </li>
          {unmatched > 0 && (
            <li>
              {plural(unmatched, "claim payment")} matched no claim: recorded in Payments only, with the Claim
              ID the payer sent.
            </li>
          )}
          {outcome.payersAdded > 0 && (
            <li>
              {plural(outcome.payersAdded, "payer")} added to Payers:{" "}
              {plan.newPayers.map((p) => p.payerId).join(", ")}.
            </li>
          )}
          {skipped > 0 && <li>{plural(skipped, "remittance")} skipped: posted before or repeated.</li>}
          <li>Refresh summaries to see these payments on the Dashboard and AR Aging sheets.</li>
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
