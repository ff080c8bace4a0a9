/**
 * Work several summary sheets share, done in steps before any sheet is built (issue 12: a refresh
 * never freezes the page for long): each sheet then finds it done instead of doing it in one go.
 */
import type { Breathe } from "../slices";
import { openClaimsInSteps } from "./figures/receivables";
import { rowsOf, type SummaryInput } from "./inputs";

export async function prepareSummaries(input: SummaryInput, breathe: Breathe): Promise<void> {
  const t = input.tables;
  // The dashboard, A/R Aging, the work queue and patient balances all start from the open claims.
  await openClaimsInSteps(
    rowsOf(t, "Claims"),
    rowsOf(t, "Payments"),
    rowsOf(t, "Payers"),
    input.asOf,
    breathe,
  );
}
