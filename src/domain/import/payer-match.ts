import type { Remittance } from "./era-types";
import type { PayerMatch } from "./plan-types";
import { normalizeId, sameId, type ClaimRow, type PayerRow } from "./workbook-rows";

/**
 * The Payers row a remittance comes from: N1*PR's id, REF*2U or the TRN03 originator against
 * Payers[X12 Payer ID], else the payer's name; failing both, the one payer all matched claims
 * were billed to.
 */
export function matchPayer(
  remittance: Remittance,
  payers: readonly PayerRow[],
  matchedClaims: readonly ClaimRow[],
): { payerId: string | null; match: PayerMatch } {
  const originator = remittance.traceOriginator;
  const ids = [remittance.payer.id, ...remittance.payer.otherIds, originator, originator.replace(/^1/, "")]
    .map(normalizeId)
    .filter((id) => id !== "");
  const byId = payers.filter((p) => p.payerId !== null && ids.includes(normalizeId(p.x12PayerId)));
  if (byId.length >= 1 && byId.every((p) => sameId(p.payerId, byId[0]?.payerId))) {
    return { payerId: byId[0]?.payerId ?? null, match: "x12-id" };
  }
  const name = normalizeName(remittance.payer.name);
  const byName = payers.filter((p) => p.payerId !== null && name !== "" && normalizeName(p.name) === name);
  if (byName.length === 1) return { payerId: byName[0]?.payerId ?? null, match: "name" };
  const claimPayers = new Set(matchedClaims.map((c) => normalizeId(c.payerId)).filter((id) => id !== ""));
  if (claimPayers.size === 1) {
    const only = matchedClaims.find((c) => normalizeId(c.payerId) !== "");
    return { payerId: only?.payerId ?? null, match: "claims" };
  }
  return { payerId: null, match: "none" };
}

function normalizeName(name: string | null): string {
  return (name ?? "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim();
}
