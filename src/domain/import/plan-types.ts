import type { BalanceProblem } from "./era-balance";
import type { Adjustment, ProviderAdjustment, Remittance, SegmentRef } from "./era-types";
import type { ActivityRow } from "./follow-ups";
import type { NewPaymentRows } from "./new-payments";
import type { Underpayment } from "./underpayments";
import type { ClaimLineRow, ClaimRow, PayerRow, RowUpdate } from "./workbook-rows";

/** What the preview shows and what posting writes, computed in one pass over the files. */

export interface RemittanceFile {
  readonly name: string;
  readonly remittances: readonly Remittance[];
}

export type RemittanceState =
  | { readonly kind: "new" }
  /** Payments already holds ERA rows with this trace number and payer. */
  | { readonly kind: "posted"; readonly receivedOn: number | null }
  /** The same trace number and payer appear earlier in this import. */
  | { readonly kind: "repeated"; readonly fileName: string; readonly transactionNumber: number };

/** How the payer was found; "new": in no row of Payers, so posting adds it. */
export type PayerMatch = "x12-id" | "name" | "claims" | "new";

export interface ClaimPreview {
  readonly at: SegmentRef;
  readonly claimId: string;
  /** Index of the Claims row, null when no (or more than one) claim has this Claim ID. */
  readonly claimIndex: number | null;
  readonly unmatchedReason: string | null;
  readonly statusCode: string;
  readonly statusText: string;
  readonly statusBefore: string | null;
  /** Claims[Status] after posting; null when nothing changes it (unmatched, or not posted). */
  readonly statusAfter: string | null;
  readonly charge: number;
  readonly allowed: number;
  readonly paid: number;
  readonly patientResponsibility: number;
  /** Per group and reason, claim and line level together. */
  readonly adjustments: readonly Adjustment[];
  readonly lineCount: number;
  readonly notes: readonly string[];
}

export interface RemittancePreview {
  readonly fileName: string;
  readonly transactionNumber: number;
  readonly at: SegmentRef;
  readonly payerName: string;
  /** Payers[Payer ID] the payments are recorded under. */
  readonly payerId: string;
  readonly payerMatch: PayerMatch;
  /** EFT / Check / Other, and the BPR04 code behind it. */
  readonly method: string;
  readonly methodCode: string;
  readonly traceNumber: string;
  readonly paymentDate: number | null;
  readonly totalPaid: number;
  readonly isTest: boolean;
  readonly state: RemittanceState;
  readonly claims: readonly ClaimPreview[];
  readonly providerAdjustments: readonly ProviderAdjustment[];
  readonly problems: readonly BalanceProblem[];
  readonly underpayments: readonly Underpayment[];
}

/** Something the user must confirm before posting. Keys stay the same while file and workbook do. */
export interface PlanWarning {
  readonly key: string;
  readonly message: string;
}

export interface RemittancePlan {
  readonly remittances: readonly RemittancePreview[];
  readonly warnings: readonly PlanWarning[];
  /** Payers the files name that Payers lacks (added with the X12 id so the next import finds them). */
  readonly newPayers: readonly PayerRow[];
  /** Made when read (new-payments.ts): 200,000 claims make 400,000 rows. */
  readonly newPayments: NewPaymentRows;
  /** Underpayments stored for follow-up as ClaimActivity rows (follow-ups.ts). */
  readonly newActivity: readonly ActivityRow[];
  readonly claimUpdates: readonly RowUpdate<ClaimRow>[];
  readonly lineUpdates: readonly RowUpdate<ClaimLineRow>[];
  /** Sum of the Amount of newPayments. */
  readonly amountToPost: number;
  readonly remittancesToPost: number;
}
