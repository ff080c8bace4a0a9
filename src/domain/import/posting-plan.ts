import { balanceProblems } from "./era-balance";
import type { ClaimPayment, Remittance } from "./era-types";
import { claimAllowed, matchServiceLines, postToClaim, postToLine } from "./claim-posting";
import { describeClaimStatus, paymentMethod } from "./claim-status";
import { cents, dollars } from "./money";
import { matchPayer, newPayerRow } from "./payer-match";
import {
  adjustmentTotals,
  claimPaymentRows,
  providerAdjustmentRow,
  type PaymentContext,
} from "./payment-rows";
import type {
  ClaimPreview,
  PlanWarning,
  RemittanceFile,
  RemittancePlan,
  RemittancePreview,
  RemittanceState,
} from "./plan-types";
import { findUnderpayments } from "./underpayments";
import {
  normalizeId,
  type ClaimLineRow,
  type ClaimRow,
  type PayerRow,
  type PaymentRow,
  type RemittanceWorkbook,
  type RowUpdate,
} from "./workbook-rows";

/**
 * Everything an import would do, computed before anything is written: the preview, the warnings
 * the user must confirm, and the exact rows to append and update. Pure: the same files and
 * workbook always give the same plan, so posting recomputes it from a fresh read.
 */
export interface PlanOptions {
  /** Today's date (serial): Received On when the file carries no payment date. */
  readonly today: number;
}

const MAX_LISTED = 8;

function indexBy<Row>(rows: readonly Row[], key: (row: Row) => string | null): Map<string, number[]> {
  const map = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const id = normalizeId(key(row));
    if (id === "") return;
    map.set(id, [...(map.get(id) ?? []), index]);
  });
  return map;
}

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

function changedValues<Row extends object>(before: Row, after: Row): Partial<Row> {
  const values: Partial<Row> = {};
  for (const key of Object.keys(after) as (keyof Row)[]) {
    if (after[key] !== before[key]) values[key] = after[key];
  }
  return values;
}

function listed(ids: readonly string[]): string {
  const shown = ids.slice(0, MAX_LISTED).join(", ");
  return ids.length > MAX_LISTED ? `${shown} and ${ids.length - MAX_LISTED} more` : shown;
}

export function planRemittancePosting(
  files: readonly RemittanceFile[],
  workbook: RemittanceWorkbook,
  options: PlanOptions,
): RemittancePlan {
  const claimsById = indexBy(workbook.claims, (r) => r.claimId);
  const linesByClaim = indexBy(workbook.claimLines, (r) => r.claimId);
  const claims = new Map<number, ClaimRow>();
  const lines = new Map<number, ClaimLineRow>();
  const usedIds = new Set(workbook.payments.map((p) => normalizeId(p.paymentId)));
  const posted = postedRemittances(workbook.payments);
  const seen = new Map<string, { fileName: string; transactionNumber: number }>();
  const previews: RemittancePreview[] = [];
  const warnings: PlanWarning[] = [];
  const newPayments: PaymentRow[] = [];
  const payers = [...workbook.payers];
  const newPayers: PayerRow[] = [];
  let remittancesToPost = 0;

  const claimRow = (index: number): ClaimRow | undefined => claims.get(index) ?? workbook.claims[index];
  const lineRow = (index: number): ClaimLineRow | undefined => lines.get(index) ?? workbook.claimLines[index];

  function matchClaim(claim: ClaimPayment): { index: number | null; reason: string | null } {
    const found = claimsById.get(normalizeId(claim.claimId)) ?? [];
    if (found.length === 1) return { index: found[0] ?? null, reason: null };
    if (found.length > 1)
      return { index: null, reason: `Claim ID ${claim.claimId} is on ${found.length} rows of Claims.` };
    return { index: null, reason: `No row of Claims has Claim ID ${claim.claimId}.` };
  }

  for (const file of files) {
    for (const remittance of file.remittances) {
      const where = `${file.name}, remittance ${remittance.transactionNumber}`;
      const matches = remittance.claims.map(matchClaim);
      const matchedRows = matches.flatMap((m) =>
        m.index === null ? [] : [workbook.claims[m.index]].filter((r) => r !== undefined),
      );
      const known = matchPayer(remittance, payers, matchedRows);
      const added = known ? null : newPayerRow(remittance, payers);
      if (added) {
        payers.push(added);
        newPayers.push(added);
      }
      const payer = known ?? { payerId: added?.payerId ?? "", match: "new" as const };
      const key = remittanceKey(payer.payerId, remittance.traceNumber);
      const earlier = seen.get(key);
      const state: RemittanceState = earlier
        ? { kind: "repeated", ...earlier }
        : posted.has(key)
          ? { kind: "posted", receivedOn: posted.get(key) ?? null }
          : { kind: "new" };
      if (!earlier) seen.set(key, { fileName: file.name, transactionNumber: remittance.transactionNumber });
      const isNew = state.kind === "new";
      const problems = balanceProblems(remittance);
      const receivedOn = remittance.paymentDate ?? remittance.productionDate ?? options.today;
      const context: PaymentContext = {
        payerId: payer.payerId,
        receivedOn,
        method: paymentMethod(remittance.methodCode),
        reference: remittance.traceNumber,
      };
      let sequence = 0;
      const nextId = () => {
        let id: string;
        do id = `ERA-${remittance.traceNumber}-${++sequence}`;
        while (usedIds.has(normalizeId(id)));
        usedIds.add(normalizeId(id));
        return id;
      };

      const claimPreviews: ClaimPreview[] = remittance.claims.map((claim, i) => {
        const match = matches[i] ?? { index: null, reason: null };
        const notes: string[] = [];
        const before = match.index === null ? undefined : claimRow(match.index);
        let statusAfter: string | null = null;
        if (isNew) {
          newPayments.push(...claimPaymentRows(claim, before?.claimId ?? claim.claimId, context, nextId));
          if (match.index !== null && before) {
            const outcome = postToClaim(before, claim, receivedOn);
            claims.set(match.index, outcome.after);
            statusAfter = outcome.after.status;
            notes.push(...outcome.notes);
            notes.push(...postLines(claim));
          }
        }
        return {
          at: claim.at,
          claimId: claim.claimId,
          claimIndex: match.index,
          unmatchedReason: match.reason,
          statusCode: claim.statusCode,
          statusText: describeClaimStatus(claim.statusCode),
          statusBefore: before?.status ?? null,
          statusAfter,
          charge: claim.charge,
          allowed: claimAllowed(claim),
          paid: claim.paid,
          patientResponsibility: claim.patientResponsibility,
          adjustments: adjustmentTotals(claim),
          lineCount: claim.lines.length,
          notes,
        };
      });

      function postLines(claim: ClaimPayment): string[] {
        const notes: string[] = [];
        const candidates = (linesByClaim.get(normalizeId(claim.claimId)) ?? []).flatMap((index) => {
          const row = lineRow(index);
          return row ? [{ index, row }] : [];
        });
        matchServiceLines(claim.lines, candidates).forEach((index, n) => {
          const service = claim.lines[n];
          if (!service) return;
          const row = index === null ? undefined : lineRow(index);
          if (index === null || !row) {
            notes.push(
              `Service line ${n + 1} (${service.procedure.code}) has no row in Claim Lines; only the claim is updated.`,
            );
            return;
          }
          const outcome = postToLine(row, service, claim.statusCode);
          lines.set(index, outcome.after);
          notes.push(...outcome.notes);
        });
        return notes;
      }

      if (isNew) {
        for (const plb of remittance.providerAdjustments)
          newPayments.push(providerAdjustmentRow(plb, context, nextId()));
        remittancesToPost++;
        warnings.push(...remittanceWarnings(remittance, where, added, claimPreviews));
        problems.forEach((p) =>
          warnings.push({
            key: `balance|${file.name}|${remittance.transactionNumber}|${p.at.segmentNumber}|${p.claimId ?? ""}|${p.difference}`,
            message: `${where}: ${p.message} (segment ${p.at.segmentNumber})`,
          }),
        );
      }

      previews.push({
        fileName: file.name,
        transactionNumber: remittance.transactionNumber,
        at: remittance.at,
        payerName: remittance.payer.name,
        payerId: payer.payerId,
        payerMatch: payer.match,
        method: paymentMethod(remittance.methodCode),
        methodCode: remittance.methodCode,
        traceNumber: remittance.traceNumber,
        paymentDate: remittance.paymentDate,
        totalPaid: remittance.totalPaid,
        isTest: remittance.isTest,
        state,
        claims: claimPreviews,
        providerAdjustments: remittance.providerAdjustments,
        problems,
        underpayments: remittance.claims.flatMap((claim, i) => {
          const index = matches[i]?.index ?? null;
          const row = index === null ? undefined : workbook.claims[index];
          return findUnderpayments(
            claim,
            payer.payerId ?? row?.payerId ?? null,
            workbook.feeSchedule,
            row?.serviceDate ?? null,
          );
        }),
      });
    }
  }

  const claimUpdates: RowUpdate<ClaimRow>[] = [];
  for (const [index, after] of [...claims].sort((a, b) => a[0] - b[0])) {
    const before = workbook.claims[index];
    if (before) claimUpdates.push({ index, values: changedValues(before, after) });
  }
  const lineUpdates: RowUpdate<ClaimLineRow>[] = [];
  for (const [index, after] of [...lines].sort((a, b) => a[0] - b[0])) {
    const before = workbook.claimLines[index];
    if (before) lineUpdates.push({ index, values: changedValues(before, after) });
  }
  return {
    remittances: previews,
    warnings,
    newPayers,
    newPayments,
    claimUpdates: claimUpdates.filter((u) => Object.keys(u.values).length > 0),
    lineUpdates: lineUpdates.filter((u) => Object.keys(u.values).length > 0),
    amountToPost: dollars(newPayments.reduce((t, p) => t + cents(p.amount ?? 0), 0)),
    remittancesToPost,
  };
}

function remittanceWarnings(
  remittance: Remittance,
  where: string,
  addedPayer: PayerRow | null,
  claims: readonly ClaimPreview[],
): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const base = `${where}|${remittance.traceNumber}`;
  if (remittance.isTest) {
    warnings.push({
      key: `test|${base}`,
      message: `${where} is marked as a test file (ISA15 = T). Post it only if it holds real payments.`,
    });
  }
  if (addedPayer) {
    warnings.push({
      key: `payer|${base}`,
      message:
        `${where}: the payer "${remittance.payer.name}" matches no row of Payers (by X12 Payer ID or name). ` +
        `Posting adds it to Payers as ${addedPayer.payerId}.`,
    });
  }
  const unmatched = claims.filter((c) => c.claimIndex === null).map((c) => c.claimId);
  if (unmatched.length > 0) {
    warnings.push({
      key: `unmatched|${base}|${unmatched.length}`,
      message:
        `${where}: ${unmatched.length} claim${unmatched.length === 1 ? "" : "s"} match no single row of Claims ` +
        `(${listed(unmatched)}). Their payments are recorded in Payments, but no claim is updated.`,
    });
  }
  return warnings;
}
