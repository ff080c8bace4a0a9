/** Importing X12 835 remittances: parse, check, match to the workbook and plan the posting. Pure. */
import { parse835 } from "./era-parser";
import type { RemittanceFile } from "./plan-types";
import { X12ParseError } from "./x12-error";
import type { X12Text } from "./x12-segments";

export { X12ParseError, isX12ParseError } from "./x12-error";
export { splitSegments, type X12Delimiters, type X12Segment, type X12Text } from "./x12-segments";
export { readEnvelopes, type X12Transaction } from "./x12-envelope";
export { parse835 } from "./era-parser";
export * from "./era-types";
export { balanceProblems, type BalanceProblem } from "./era-balance";
export { CLAIM_STATUS_CODES, describeClaimStatus, paymentMethod } from "./claim-status";
export { findUnderpayments, contractedRate, type Underpayment } from "./underpayments";
export { planRemittancePosting, type PlanOptions } from "./posting-plan";
export * from "./plan-types";
export type { NewPaymentRows } from "./new-payments";
export * from "./workbook-rows";
export { formatMoney } from "./money";

/** File extensions offered by the file picker. */
export const REMITTANCE_FILE_TYPES = [".835", ".edi", ".txt", ".x12", ".era"] as const;

/** Reads one file, given whole or as chunks of text (see parse835). */
export function readRemittanceFile(name: string, text: X12Text): RemittanceFile {
  return { name, remittances: parse835(text) };
}

export interface FileProblem {
  readonly name: string;
  readonly error: X12ParseError;
}

/** Parses every file; any file that is not a readable 835 is reported (and blocks posting). */
export function readRemittanceFiles(inputs: readonly { readonly name: string; readonly text: string }[]): {
  files: RemittanceFile[];
  problems: FileProblem[];
} {
  const files: RemittanceFile[] = [];
  const problems: FileProblem[] = [];
  for (const input of inputs) {
    try {
      files.push(readRemittanceFile(input.name, input.text));
    } catch (error) {
      if (!(error instanceof X12ParseError)) throw error;
      problems.push({ name: input.name, error });
    }
  }
  return { files, problems };
}
