/**
 * What "Post payments" did, in plain words.
 * Props: outcome of postRemittances that wrote something or found nothing to write.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { PostOutcome } from "../../excel/remittance";
import { formatMoney, plural } from "./format";

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
            {plural(outcome.claimsUpdated, "claim")} and {plural(outcome.linesUpdated, "claim line")} updated.
          </li>
          {outcome.payersAdded > 0 && (
            <li>
              {plural(outcome.payersAdded, "payer")} added to Payers:{" "}
              {plan.newPayers.map((p) => p.payerId).join(", ")}.
            </li>
          )}
          {skipped > 0 && <li>{plural(skipped, "remittance")} skipped: posted before or repeated.</li>}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
