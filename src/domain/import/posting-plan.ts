import { balanceProblems } from "./era-balance";
import type { Remittance } from "./era-types";
import { claimAllowed } from "./claim-posting";
import { describeClaimStatus, paymentMethod } from "./claim-status";
import { cents, dollars, formatMoney } from "./money";
import { NewPaymentRowsBuilder } from "./new-payments";
import { adjustmentTotals, type PaymentContext } from "./payment-rows";
import type {
  ClaimPreview,
  PlanWarning,
  RemittanceFile,
  RemittancePlan,
  RemittancePreview,
  RemittanceState,
} from "./plan-types";
import { remittanceWarnings } from "./plan-warnings";
import { findUnderpayments } from "./underpayments";
import { mergeClaimUpdates, planFollowUps, type PostedRemittance } from "./follow-ups";
import { WorkingWorkbook } from "./working-workbook";
import { normalizeId, type ClaimRow, type PaymentRow, type RemittanceWorkbook } from "./workbook-rows";

/**
 * Everything an import would do, computed before anything is written: the preview, the warnings
 * the user must confirm, and the exact rows to append and update. Pure: the same files and
 * workbook always give the same plan, so posting recomputes it from a fresh read.
 */
export interface PlanOptions {
  /** Today's date (serial): Received On when the file carries no payment date. */
  readonly today: number;
}

/** A remittance is known by its payer and trace number (TRN02), as Payments records it. */
function remittanceKey(payerId: string | null, trace: string): string {
  return `${normalizeId(payerId)}|${normalizeId(trace)}`;
}

/** Remittances already in Payments: ERA rows by payer and reference, with the first Received On. */
function postedRemittances(payments: readonly PaymentRow[]): Map<string, number | null> {
  const posted = new Map<string, number | null>();
  for (const p of payments) {
    if (normalizeId(p.source) !== "ERA" || normalizeId(p.reference) === "") continue;
    const key = remittanceKey(p.payerId, p.reference ?? "");
    if (!posted.has(key)) posted.set(key, p.receivedOn);
  }
  return posted;
}

/** The notes of a claim without any, shared by all of them. */
const NO_NOTES: readonly string[] = Object.freeze([]);

export function planRemittancePosting(
  files: readonly RemittanceFile[],
  workbook: RemittanceWorkbook,
  options: PlanOptions,
): RemittancePlan {
  const working = new WorkingWorkbook(workbook);
  const posted = postedRemittances(workbook.payments);
  const seen = new Map<string, { fileName: string; transactionNumber: number; totalPaid: number }>();
  const previews: RemittancePreview[] = [];
  const warnings: PlanWarning[] = [];
  const newPayments = new NewPaymentRowsBuilder();
  let amountCents = 0;
  let remittancesToPost = 0;
  const posting: PostedRemittance[] = [];

  for (const file of files) {
    for (const remittance of file.remittances) {
      // Row indices only (a reason is made for the few unmatched): one object per claim adds up.
      const matches = remittance.claims.map((claim) => working.claimIndexOf(claim));
      const matchedRows = matches.flatMap((m) => (m === null ? [] : [workbook.claims[m]]));
      const payer = working.resolvePayer(
        remittance,
        matchedRows.filter((r): r is ClaimRow => r !== undefined),
      );
      const key = remittanceKey(payer.payerId, remittance.traceNumber);
      const earlier = seen.get(key);
      // The same trace and payer with another amount is not the same payment sent twice: post it only
      // after the user confirms (a warning below), never skip it silently.
      const sameAgain = earlier !== undefined && cents(earlier.totalPaid) === cents(remittance.totalPaid);
      const state: RemittanceState =
        earlier && sameAgain
          ? { kind: "repeated", fileName: earlier.fileName, transactionNumber: earlier.transactionNumber }
          : posted.has(key)
            ? { kind: "posted", receivedOn: posted.get(key) ?? null }
            : { kind: "new" };
      if (!earlier) {
        seen.set(key, {
          fileName: file.name,
          transactionNumber: remittance.transactionNumber,
          totalPaid: remittance.totalPaid,
        });
      }

      const receivedOn = remittance.paymentDate ?? remittance.productionDate ?? options.today;
      const context: PaymentContext = {
        payerId: payer.payerId,
        receivedOn,
        method: paymentMethod(remittance.methodCode),
        reference: remittance.traceNumber,
      };
      // The workbook's spelling of matched Claim IDs where it differs from CLP01 (Payments rows use it).
      const claimIds = new Map<number, string>();
      const isNew = state.kind === "new";

      const claims: ClaimPreview[] = remittance.claims.map((claim, i) => {
        const match = { index: matches[i] ?? null };
        const before = match.index === null ? undefined : working.claim(match.index);
        let posting: { status: string | null; notes: string[] } = { status: null, notes: [] };
        if (isNew) {
          if (before?.claimId != null && before.claimId !== claim.claimId) claimIds.set(i, before.claimId);
          amountCents += cents(claim.paid);
          if (match.index !== null) posting = working.post(match.index, claim, receivedOn);
        }
        return {
          at: claim.at,
          claimId: claim.claimId,
          claimIndex: match.index,
          unmatchedReason: match.index === null ? working.unmatchedReason(claim) : null,
          statusCode: claim.statusCode,
          statusText: describeClaimStatus(claim.statusCode),
          statusBefore: before?.status ?? null,
          statusAfter: posting.status,
          charge: claim.charge,
          allowed: claimAllowed(claim),
          paid: claim.paid,
          patientResponsibility: claim.patientResponsibility,
          adjustments: adjustmentTotals(claim),
          lineCount: claim.lines.length,
          notes: posting.notes.length === 0 ? NO_NOTES : posting.notes, // most claims have none
        };
      });

      const problems = balanceProblems(remittance);
      if (isNew) {
        for (const plb of remittance.providerAdjustments) amountCents -= cents(plb.amount);
        newPayments.add(remittance, context, claimIds, working.paymentSequenceFor(remittance.traceNumber));
        remittancesToPost++;
        const where = `${file.name}, remittance ${remittance.transactionNumber}`;
        warnings.push(...remittanceWarnings(remittance, where, payer.added, claims, problems));
        if (earlier && !sameAgain) {
          warnings.push({
            key: `same-trace|${where}|${remittance.traceNumber}|${remittance.totalPaid}`,
            message:
              `${where} has the same trace number ${remittance.traceNumber} and payer as ` +
              `${earlier.fileName}, remittance ${earlier.transactionNumber}, but pays ${formatMoney(remittance.totalPaid)} ` +
              `instead of ${formatMoney(earlier.totalPaid)}. Post both only if both are real payments.`,
          });
        }
      }
      const underpayments = underpaymentsOf(remittance, matches, payer.payerId);
      if (isNew)
        posting.push({
          payerId: payer.payerId,
          traceNumber: remittance.traceNumber,
          receivedOn,
          claims,
          underpayments,
        });
      previews.push(preview(file.name, remittance, payer, state, claims, problems, underpayments));
    }
  }

  /** Lines paid below the contract of the payer who sent the remittance. */
  function underpaymentsOf(remittance: Remittance, matches: readonly (number | null)[], payerId: string) {
    return remittance.claims.flatMap((claim, i) => {
      const index = matches[i] ?? null;
      const row = index === null ? undefined : workbook.claims[index];
      return findUnderpayments(claim, payerId, workbook.feeSchedule, row?.serviceDate ?? null);
    });
  }

  const followUps = planFollowUps(posting, [...workbook.payers, ...working.newPayers], workbook.claims);
  return {
    remittances: previews,
    warnings,
    newPayers: working.newPayers,
    newPayments: newPayments.build(),
    newActivity: followUps.activity,
    claimUpdates: mergeClaimUpdates(working.claimUpdates(), followUps.claimUpdates),
    lineUpdates: working.lineUpdates(),
    amountToPost: dollars(amountCents),
    remittancesToPost,
  };
}

function preview(
  fileName: string,
  remittance: Remittance,
  payer: { payerId: string; match: RemittancePreview["payerMatch"] },
  state: RemittanceState,
  claims: readonly ClaimPreview[],
  problems: RemittancePreview["problems"],
  underpayments: RemittancePreview["underpayments"],
): RemittancePreview {
  return {
    fileName,
    transactionNumber: remittance.transactionNumber,
    at: remittance.at,
    payerName: remittance.payer.name,
    payerId: payer.payerId,
    payerMatch: payer.match,
    method: paymentMethod(remittance.methodCode),
    methodCode: remittance.methodCode,
    traceNumber: remittance.traceNumber,
    paymentDate: remittance.paymentDate,
    // BPR03 D (debit): the provider owes the payer; shown as a negative payment.
    totalPaid: remittance.creditDebit.toUpperCase() === "D" ? -remittance.totalPaid : remittance.totalPaid,
    isTest: remittance.isTest,
    state,
    claims,
    providerAdjustments: remittance.providerAdjustments,
    problems,
    underpayments,
  };
}
