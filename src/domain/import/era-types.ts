/**
 * An 835 (Health Care Claim Payment/Advice, "ERA") as the practice needs it: one Remittance per
 * ST..SE transaction. Amounts are dollars as written in the file; dates are Excel serials.
 */

/** Where in the file a piece came from, for messages. */
export interface SegmentRef {
  readonly segmentNumber: number;
  readonly offset: number;
}

export interface Adjustment {
  /** CAS01: CO, PR, OA or PI; CR (corrections and reversals) in 4010 files. */
  readonly group: string;
  /** CARC, e.g. "45". */
  readonly reason: string;
  readonly amount: number;
  readonly quantity: number | null;
}

export interface ProcedureRef {
  /** Code list qualifier: HC (CPT/HCPCS), NU (revenue code), N4 (NDC), ... */
  readonly qualifier: string;
  readonly code: string;
  readonly modifiers: readonly string[];
}

export interface ServicePayment {
  readonly at: SegmentRef;
  /** SVC01: the procedure as adjudicated. */
  readonly procedure: ProcedureRef;
  /** SVC06: the procedure as submitted, when the payer changed it. */
  readonly submittedProcedure: ProcedureRef | null;
  readonly charge: number;
  readonly paid: number;
  /** SVC05; 1 when absent. */
  readonly units: number;
  /** DTM*472 (or DTM*150 start of a period). */
  readonly serviceDate: number | null;
  /** AMT*B6. */
  readonly allowedAmount: number | null;
  /** REF*6R: the line item control number the practice sent (our line number when we sent one). */
  readonly lineControl: string | null;
  readonly adjustments: readonly Adjustment[];
  /** LQ*HE remark codes. */
  readonly remarks: readonly string[];
}

export interface PatientName {
  readonly last: string;
  readonly first: string;
  /** NM109, the member id. */
  readonly id: string;
}

export interface ClaimPayment {
  readonly at: SegmentRef;
  /** CLP01: the practice's claim id. */
  readonly claimId: string;
  /** CLP02: 1/2/3 processed as primary/secondary/tertiary, 4 denied, 22 reversal, ... */
  readonly statusCode: string;
  readonly charge: number;
  readonly paid: number;
  /** CLP05; 0 when absent. */
  readonly patientResponsibility: number;
  /** CLP07: payer's claim control number. */
  readonly payerClaimNumber: string;
  /** CLP09 claim frequency (1 original, 7 replacement, 8 void). */
  readonly frequency: string;
  readonly patient: PatientName | null;
  /** DTM*232 statement from. */
  readonly statementFrom: number | null;
  /** DTM*233 statement to. */
  readonly statementTo: number | null;
  /** AMT*AU coverage amount. */
  readonly coverageAmount: number | null;
  /** Claim-level CAS. */
  readonly adjustments: readonly Adjustment[];
  readonly lines: readonly ServicePayment[];
}

export interface ProviderAdjustment {
  readonly at: SegmentRef;
  /** PLB01 provider identifier. */
  readonly provider: string;
  /** PLB03-1 reason, e.g. WO (overpayment recovery), L6 (interest), FB (forwarding balance). */
  readonly reason: string;
  /** PLB03-2 reference. */
  readonly reference: string;
  /** Positive reduces the payment, negative increases it (X12 sign convention). */
  readonly amount: number;
}

/** A claim the file holds but that cannot be posted (a missing or malformed element): listed, left out. */
export interface UnpostableClaim {
  readonly at: SegmentRef;
  /** CLP01, or "(no claim ID)" when the CLP is cut before it. */
  readonly claimId: string;
  /** What is wrong, with the segment it is in. */
  readonly reason: string;
  /** CLP04 when it could be read (the payment total still counts it), else null. */
  readonly paid: number | null;
}

export interface Party {
  readonly name: string;
  /** N103 qualifier of the id. */
  readonly idQualifier: string;
  /** N104. */
  readonly id: string;
  /** REF*2U (payer) or REF*TJ / REF*PQ (payee) additional ids. */
  readonly otherIds: readonly string[];
}

export interface Remittance {
  readonly at: SegmentRef;
  /** File-wide 1-based number of the transaction (ST) in its file. */
  readonly transactionNumber: number;
  readonly controlNumber: string;
  readonly interchangeControl: string;
  readonly isTest: boolean;
  /** BPR01: C payment with advice, I advice only, H notification only, ... */
  readonly handling: string;
  /** BPR02: total actual provider payment. */
  readonly totalPaid: number;
  /** BPR03 C credit / D debit. */
  readonly creditDebit: string;
  /** BPR04: ACH, CHK, FWT, BOP or NON. */
  readonly methodCode: string;
  /** BPR16: check issue or EFT effective date. */
  readonly paymentDate: number | null;
  /** TRN02: check number or EFT trace number. */
  readonly traceNumber: string;
  /** TRN03: payer identifier (usually "1" + tax id). */
  readonly traceOriginator: string;
  /** DTM*405. */
  readonly productionDate: number | null;
  readonly payer: Party;
  readonly payee: Party | null;
  readonly claims: readonly ClaimPayment[];
  readonly providerAdjustments: readonly ProviderAdjustment[];
  /** Claims left out because they cannot be read; the rest of the file can still be posted. */
  readonly unpostable?: readonly UnpostableClaim[];
}
