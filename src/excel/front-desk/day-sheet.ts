/**
 * Generates the Day Sheet for a date through the summaries' machinery: the same identity name, the
 * same "edited since generated?" question, values and native formulas only, page setup by the renderer.
 */
import type { SummaryDefinition } from "../../domain/summaries";
import { DAY_SHEET, DAY_SHEET_TABLES, daySheet } from "../../domain/summaries/sheets/day-sheet";
import type { ExcelRunner } from "../runner";
import { refreshSummaries, type EditedChoice, type RefreshResult } from "../summaries/refresh";
import type { ProgressListener } from "../progress";

export function daySheetDefinition(day: number): SummaryDefinition {
  return { ...DAY_SHEET, tables: DAY_SHEET_TABLES, build: (input) => daySheet(input, day) };
}

export interface DaySheetOptions {
  readonly asOf?: number;
  readonly edited?: EditedChoice;
  readonly onProgress?: ProgressListener;
}

export function generateDaySheet(
  run: ExcelRunner,
  day: number,
  options: DaySheetOptions = {},
): Promise<RefreshResult> {
  return refreshSummaries(run, {
    summaries: [daySheetDefinition(Math.floor(day))],
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.edited !== undefined ? { edited: options.edited } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}
