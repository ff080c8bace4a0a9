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
): { payerId: string; match: PayerMatch } | null {
  const originator = remittance.traceOriginator;
  const ids = [remittance.payer.id, ...remittance.payer.otherIds, originator, originator.replace(/^1/, "")]
    .map(normalizeId)
    .filter((id) => id !== "");
  const byId = payers.filter((p) => p.payerId !== null && ids.includes(normalizeId(p.x12PayerId)));
  const first = byId[0]?.payerId;
  if (first && byId.every((p) => sameId(p.payerId, first))) return { payerId: first, match: "x12-id" };
  const name = normalizeName(remittance.payer.name);
  const byName = payers.filter((p) => p.payerId !== null && name !== "" && normalizeName(p.name) === name);
  const named = byName[0]?.payerId;
  if (byName.length === 1 && named) return { payerId: named, match: "name" };
  const claimPayers = new Set(matchedClaims.map((c) => normalizeId(c.payerId)).filter((id) => id !== ""));
  if (claimPayers.size === 1) {
    const only = matchedClaims.find((c) => normalizeId(c.payerId) !== "")?.payerId;
    if (only) return { payerId: only, match: "claims" };
  }
  return null;
}

/** A Payers row for a payer no row knows: ID from its X12 id (else name), unique among `existing`. */
export function newPayerRow(remittance: Remittance, existing: readonly PayerRow[]): PayerRow {
  const x12 = remittance.payer.id || remittance.payer.otherIds[0] || "";
  const base =
    normalizeId(x12 || remittance.payer.name)
      .replace(/[^A-Z0-9]/g, "")
      .slice(0, 12) || "PAYER";
  const taken = new Set(existing.map((p) => normalizeId(p.payerId)));
  let payerId = base;
  for (let n = 2; taken.has(payerId); n++) payerId = `${base}-${n}`;
  return {
    payerId,
    name: remittance.payer.name || payerId,
    type: null,
    timelyFilingDays: null,
    x12PayerId: x12 === "" ? null : x12,
    appealWindowDays: null,
  };
}

function normalizeName(name: string | null): string {
  return (name ?? "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim();
}
