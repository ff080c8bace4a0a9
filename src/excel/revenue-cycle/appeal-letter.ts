/**
 * Appeal letter for one claim: generated through the summaries' refresh, so it gets the same care:
 * only the sheet the add-in made is replaced, and one the user edited since is replaced or kept as a
 * copy only when the caller says so (status "needsDecision" otherwise).
 */
import type { SummaryDefinition } from "../../domain/summaries";
import { APPEAL_LETTER, APPEAL_TABLES, appealLetterSheet } from "../../domain/summaries/sheets/appeal-letter";
import type { ExcelRunner } from "../runner";
import { refreshSummaries, type EditedChoice, type RefreshResult } from "../summaries/refresh";

export function appealLetterDefinition(claimId: string): SummaryDefinition {
  return { ...APPEAL_LETTER, tables: APPEAL_TABLES, build: (input) => appealLetterSheet(input, claimId) };
}

export function generateAppealLetter(
  run: ExcelRunner,
  claimId: string,
  options: { readonly asOf?: number; readonly edited?: EditedChoice } = {},
): Promise<RefreshResult> {
  if (claimId.trim() === "")
    throw new Error("Choose a claim first: type its Claim ID or select it in the workbook.");
  return refreshSummaries(run, {
    summaries: [appealLetterDefinition(claimId.trim())],
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    ...(options.edited === undefined ? {} : { edited: options.edited }),
  });
}
