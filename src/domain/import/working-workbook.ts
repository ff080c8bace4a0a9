import type { ClaimPayment, Remittance } from "./era-types";
import { matchServiceLines, postToClaim, postToLine } from "./claim-posting";
import { matchPayer, newPayerRow } from "./payer-match";
import type { PayerMatch } from "./plan-types";
import {
  normalizeId,
  type ClaimLineRow,
  type ClaimRow,
  type PayerRow,
  type RemittanceWorkbook,
  type RowUpdate,
} from "./workbook-rows";

/**
 * The workbook as posting changes it, remittance after remittance of one import, without touching
 * the rows read: claims and lines are copied when first changed, so a reversal and its correction
 * (or two remittances paying one claim) build on each other; the copies become the row updates.
 */
export class WorkingWorkbook {
  private readonly claimsById: Map<string, number[]>;
  private readonly linesByClaim: Map<string, number[]>;
  private readonly claims = new Map<number, ClaimRow>();
  private readonly lines = new Map<number, ClaimLineRow>();
  /** Payment IDs the workbook has (normalized). */
  private readonly paymentIds: Set<string>;
  /** Last sequence number given per trace (normalized) in this import. */
  private readonly lastSequence = new Map<string, number>();
  private readonly payers: PayerRow[];
  readonly newPayers: PayerRow[] = [];

  constructor(private readonly workbook: RemittanceWorkbook) {
    this.claimsById = indexBy(workbook.claims, (r) => r.claimId);
    this.linesByClaim = indexBy(workbook.claimLines, (r) => r.claimId);
    this.paymentIds = new Set(workbook.payments.map((p) => normalizeId(p.paymentId)));
    this.payers = [...workbook.payers];
  }

  claim(index: number): ClaimRow | undefined {
    return this.claims.get(index) ?? this.workbook.claims[index];
  }

  /** The one Claims row with CLP01 as its Claim ID, or why there is none. */
  matchClaim(claim: ClaimPayment): { index: number | null; reason: string | null } {
    const index = this.claimIndexOf(claim);
    return { index, reason: index === null ? this.unmatchedReason(claim) : null };
  }

  /** Index of the one Claims row with CLP01 as its Claim ID; null when none or several have it. */
  claimIndexOf(claim: ClaimPayment): number | null {
    const found = this.claimsById.get(normalizeId(claim.claimId));
    return found?.length === 1 ? (found[0] ?? null) : null;
  }

  /** Why a claim matches no row (claimIndexOf gave null). */
  unmatchedReason(claim: ClaimPayment): string {
    const found = this.claimsById.get(normalizeId(claim.claimId))?.length ?? 0;
    if (found > 1) return `Claim ID ${claim.claimId} is on ${found} rows of Claims.`;
    return `No row of Claims has Claim ID ${claim.claimId}.`;
  }

  /** The payer's row, or a new one (remembered, so later remittances of the import find it). */
  resolvePayer(
    remittance: Remittance,
    matchedClaims: readonly ClaimRow[],
  ): { payerId: string; match: PayerMatch; added: PayerRow | null } {
    const known = matchPayer(remittance, this.payers, matchedClaims);
    if (known) return { ...known, added: null };
    const added = newPayerRow(remittance, this.payers);
    this.payers.push(added);
    this.newPayers.push(added);
    return { payerId: added.payerId ?? "", match: "new", added };
  }

  /** Applies one CLP to its claim and lines; returns the claim's new status and what to tell the user. */
  post(index: number, claim: ClaimPayment, activityDate: number): { status: string | null; notes: string[] } {
    const before = this.claim(index);
    if (!before) return { status: null, notes: [] };
    const outcome = postToClaim(before, claim, activityDate);
    this.claims.set(index, outcome.after);
    return { status: outcome.after.status, notes: [...outcome.notes, ...this.postLines(claim)] };
  }

  private postLines(claim: ClaimPayment): string[] {
    const notes: string[] = [];
    const candidates = (this.linesByClaim.get(normalizeId(claim.claimId)) ?? []).flatMap((index) => {
      const row = this.lines.get(index) ?? this.workbook.claimLines[index];
      return row ? [{ index, row }] : [];
    });
    matchServiceLines(claim.lines, candidates).forEach((index, n) => {
      const service = claim.lines[n];
      const row = index === null ? undefined : candidates.find((c) => c.index === index)?.row;
      if (!service) return;
      if (index === null || !row) {
        notes.push(
          `Service line ${n + 1} (${service.procedure.code}) has no row in Claim Lines; only the claim is updated.`,
        );
        return;
      }
      const outcome = postToLine(row, service, claim.statusCode);
      this.lines.set(index, outcome.after);
      notes.push(...outcome.notes);
    });
    return notes;
  }

  /**
   * Payment IDs "ERA-<trace>-1", "-2", ... skipping any the workbook already has. A later remittance of
   * the import with the same trace goes on after the IDs the earlier ones took (one counter per trace,
   * rather than every new ID remembered: 200,000 claims make 400,000 of them).
   */
  paymentIdsFor(traceNumber: string): () => string {
    const next = this.paymentSequenceFor(traceNumber);
    return () => `ERA-${traceNumber}-${next()}`;
  }

  /** The numbers of paymentIdsFor's IDs ("ERA-<trace>-<number>"), without making the IDs. */
  paymentSequenceFor(traceNumber: string): () => number {
    const trace = normalizeId(traceNumber);
    return () => {
      let sequence = this.lastSequence.get(trace) ?? 0;
      do ++sequence;
      while (this.paymentIds.has(normalizeId(`ERA-${traceNumber}-${sequence}`)));
      this.lastSequence.set(trace, sequence);
      return sequence;
    };
  }

  claimUpdates(): RowUpdate<ClaimRow>[] {
    return updates(this.claims, this.workbook.claims);
  }

  lineUpdates(): RowUpdate<ClaimLineRow>[] {
    return updates(this.lines, this.workbook.claimLines);
  }
}

function indexBy<Row>(rows: readonly Row[], key: (row: Row) => string | null): Map<string, number[]> {
  const map = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const id = normalizeId(key(row));
    if (id === "") return;
    const list = map.get(id);
    if (list) list.push(index);
    else map.set(id, [index]);
  });
  return map;
}

/** The changed cells of each changed row, in row order. */
function updates<Row extends object>(changed: Map<number, Row>, original: readonly Row[]): RowUpdate<Row>[] {
  const result: RowUpdate<Row>[] = [];
  // Sorted indices, not [index, row] pairs: one pair per changed claim is MBs more at 200,000 claims.
  for (const index of [...changed.keys()].sort((a, b) => a - b)) {
    const before = original[index];
    const after = changed.get(index);
    if (!before || !after) continue;
    const values: Partial<Row> = {};
    for (const key of Object.keys(after) as (keyof Row)[]) {
      if (after[key] !== before[key]) values[key] = after[key];
    }
    if (Object.keys(values).length > 0) result.push({ index, values });
  }
  return result;
}
