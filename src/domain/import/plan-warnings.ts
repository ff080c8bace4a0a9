import type { BalanceProblem } from "./era-balance";
import type { Remittance } from "./era-types";
import type { ClaimPreview, PlanWarning } from "./plan-types";
import type { PayerRow } from "./workbook-rows";

/**
 * What the user must confirm before a remittance is posted. Keys depend only on the file and what
 * the warning is about, so the post (which recomputes everything) can check the user confirmed these.
 */
const MAX_LISTED = 8;

/** "C1, C2 ×3": each ID once with how often it repeats (test files reuse one Claim ID for every claim). */
function listed(ids: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const unique = [...counts].map(([id, n]) => (n > 1 ? `${id} ×${n}` : id));
  const shown = unique.slice(0, MAX_LISTED).join(", ");
  return unique.length > MAX_LISTED ? `${shown} and ${unique.length - MAX_LISTED} more` : shown;
}

export function remittanceWarnings(
  remittance: Remittance,
  where: string,
  addedPayer: PayerRow | null,
  claims: readonly ClaimPreview[],
  problems: readonly BalanceProblem[],
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
  const unpostable = remittance.unpostable ?? [];
  if (unpostable.length > 0) {
    const shown = unpostable
      .slice(0, MAX_LISTED)
      .map((u) => `${u.claimId}: ${u.reason}`)
      .join("; ");
    const more = unpostable.length > MAX_LISTED ? `; and ${unpostable.length - MAX_LISTED} more` : "";
    warnings.push({
      key: `unpostable|${base}|${unpostable.map((u) => u.at.segmentNumber).join(",")}`,
      message:
        `${where}: ${unpostable.length} claim${unpostable.length === 1 ? "" : "s"} cannot be posted and ` +
        `${unpostable.length === 1 ? "is" : "are"} left out (${shown}${more}). The other claims can be posted; ` +
        "post the ones left out by hand or ask the payer for a corrected file.",
    });
  }
  for (const p of problems) {
    warnings.push({
      key: `balance|${base}|${p.at.segmentNumber}|${p.claimId ?? ""}|${p.difference}`,
      message: `${where}: ${p.message} (segment ${p.at.segmentNumber})`,
    });
  }
  return warnings;
}
