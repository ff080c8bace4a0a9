/**
 * The preview of an import, before anything is written: per remittance the payer, payment method,
 * trace number, date and total; per claim the matched Claim ID, status change, amounts and adjustments;
 * then claims that match nothing, balancing problems and underpayments. Claims are listed a page at a
 * time (Show more): a 20 MB remittance has 200,000 of them, which no pane can draw at once.
 * Props: plan (from previewRemittances or postRemittances).
 */
import { Badge, Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ClaimPreview, RemittancePlan, RemittancePreview as Remittance } from "../../domain/import";
import { adjustmentLabel, adjustmentTitle, claimIdList, formatDate, formatMoney, plural } from "./format";

const useStyles = makeStyles({
  remittance: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  facts: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
  },
  term: { color: tokens.colorNeutralForeground3 },
  detail: { margin: 0 },
  more: { alignSelf: "flex-start" },
});

function stateBadge(r: Remittance) {
  switch (r.state.kind) {
    case "new":
      return (
        <Badge appearance="tint" color="brand">
          To post
        </Badge>
      );
    case "posted":
      return (
        <Badge appearance="tint" color="warning">
          Already posted
        </Badge>
      );
    case "repeated":
      return (
        <Badge appearance="tint" color="warning">
          Repeated in this import
        </Badge>
      );
  }
}

function stateText(r: Remittance): string | null {
  switch (r.state.kind) {
    case "new":
      return null;
    case "posted":
      return `Posted before (Received On ${formatDate(r.state.receivedOn)}): it will not be posted again.`;
    case "repeated":
      return `The same remittance as ${r.state.fileName} #${r.state.transactionNumber}: it is posted once.`;
  }
}

function payerText(r: Remittance): string {
  switch (r.payerMatch) {
    case "x12-id":
    case "name":
      return `${r.payerName} (${r.payerId})`;
    case "claims":
      return `${r.payerName} (${r.payerId}, from the claims)`;
    case "new":
      return `${r.payerName} (new payer ${r.payerId})`;
  }
}

function ClaimLine({ claim }: { claim: ClaimPreview }) {
  const styles = useStyles();
  const status =
    claim.claimIndex === null
      ? "no matching claim"
      : claim.statusAfter === null
        ? `${claim.statusBefore ?? "no status"} (unchanged)`
        : `${claim.statusBefore ?? "no status"} → ${claim.statusAfter}`;
  return (
    <li>
      <Body1>
        <strong>{claim.claimId}</strong>: {status}
      </Body1>
      <Caption1 block className={styles.detail}>
        {claim.statusText}. Charge {formatMoney(claim.charge)} · Allowed {formatMoney(claim.allowed)} · Paid{" "}
        {formatMoney(claim.paid)} · Patient {formatMoney(claim.patientResponsibility)}
      </Caption1>
      {claim.adjustments.length > 0 && (
        <Caption1 block className={styles.detail}>
          Adjustments:{" "}
          {claim.adjustments.map((a, i) => (
            <span key={`${a.group}-${a.reason}`} title={adjustmentTitle(a)}>
              {i > 0 ? ", " : ""}
              {adjustmentLabel(a)}
            </span>
          ))}
        </Caption1>
      )}
      {claim.notes.map((note, i) => (
        <Caption1 block key={i} className={styles.detail}>
          {note}
        </Caption1>
      ))}
    </li>
  );
}

/** Claims listed per page of a remittance's claim list. */
export const CLAIMS_PAGE = 200;

function RemittanceCard({ remittance: r }: { remittance: Remittance }) {
  const styles = useStyles();
  const [shown, setShown] = useState(CLAIMS_PAGE);
  const hidden = r.claims.length - shown;
  const unmatched = r.claims.filter((c) => c.claimIndex === null);
  const note = stateText(r);
  return (
    <article className={styles.remittance} aria-label={`Remittance ${r.traceNumber} from ${r.payerName}`}>
      <Subtitle2 as="h3" className={styles.heading}>
        {r.fileName} #{r.transactionNumber} {stateBadge(r)}
      </Subtitle2>
      {note && <Body1>{note}</Body1>}
      <dl className={styles.facts}>
        <dt className={styles.term}>Payer</dt>
        <dd className={styles.detail}>{payerText(r)}</dd>
        <dt className={styles.term}>Payment</dt>
        <dd className={styles.detail}>
          {r.method} ({r.methodCode || "no method"}) {formatMoney(r.totalPaid)}
        </dd>
        <dt className={styles.term}>Check / EFT trace</dt>
        <dd className={styles.detail}>{r.traceNumber}</dd>
        <dt className={styles.term}>Payment date</dt>
        <dd className={styles.detail}>{formatDate(r.paymentDate)}</dd>
      </dl>
      <Caption1>{plural(r.claims.length, "claim")}</Caption1>
      <ul className={styles.list} aria-label="Claims">
        {r.claims.slice(0, shown).map((claim, i) => (
          <ClaimLine key={i} claim={claim} />
        ))}
      </ul>
      {hidden > 0 && (
        <Button appearance="subtle" className={styles.more} onClick={() => setShown((n) => n + CLAIMS_PAGE)}>
          Show {Math.min(hidden, CLAIMS_PAGE)} more ({hidden} not shown)
        </Button>
      )}
      {unmatched.length > 0 && (
        <Body1>
          {unmatched.length === 1 ? "Matches" : "Match"} no claim in Claims (recorded in Payments only):{" "}
          {claimIdList(unmatched.map((c) => c.claimId))}
        </Body1>
      )}
      {r.providerAdjustments.length > 0 && (
        <section aria-label="Provider adjustments">
          <Caption1>Provider adjustments (PLB):</Caption1>
          <ul className={styles.list}>
            {r.providerAdjustments.map((p, i) => (
              <li key={i}>
                {p.reason} {p.reference} {formatMoney(-p.amount)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {r.problems.length > 0 && (
        <section aria-label="Balancing problems">
          <Caption1>Balancing problems:</Caption1>
          <ul className={styles.list}>
            {r.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </section>
      )}
      {r.underpayments.length > 0 && (
        <section aria-label="Underpayments">
          <Caption1>Paid below the contracted rate (FeeSchedule):</Caption1>
          <ul className={styles.list}>
            {r.underpayments.map((u, i) => (
              <li key={i}>
                {u.claimId} {u.code}
                {u.modifiers.length > 0 ? `-${u.modifiers.join("-")}` : ""} × {u.units}: allowed{" "}
                {formatMoney(u.allowed)}, contract {formatMoney(u.expected)} (short {formatMoney(u.shortfall)}
                )
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** What posting will do, in one sentence (shown above the Post payments button). */
export function postingSummary(plan: RemittancePlan): string {
  if (plan.remittancesToPost === 0) return "Nothing to post: every remittance here was posted before.";
  const adds = `Posting adds ${plural(plan.newPayments.length, "payment row")} (${formatMoney(plan.amountToPost)}) to Payments`;
  if (plan.claimUpdates.length === 0) return `${adds}; it updates no claims.`;
  const lines = plan.lineUpdates.length > 0 ? ` and ${plural(plan.lineUpdates.length, "claim line")}` : "";
  return `${adds} and updates ${plural(plan.claimUpdates.length, "claim")}${lines}.`;
}

/** One card per remittance (transaction) of the files. */
export function RemittancePreview({ plan }: { plan: RemittancePlan }) {
  return (
    <>
      {plan.remittances.map((r, i) => (
        <RemittanceCard key={i} remittance={r} />
      ))}
    </>
  );
}
