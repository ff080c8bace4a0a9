/**
 * Refresh summaries from the ribbon: no dialog is possible there, so edited generated sheets are never
 * replaced from the ribbon; the pane opens and asks instead.
 */
import type { ExcelRunner } from "../runner";
import { describeRefresh } from "./describe";
import { refreshSummaries } from "./refresh";

export interface RibbonOutcome {
  readonly notice: {
    readonly intent: "success" | "warning";
    readonly title: string;
    readonly message: string;
  };
  /** Open the task pane so the user can answer. */
  readonly showPane: boolean;
}

export async function refreshFromRibbon(run: ExcelRunner): Promise<RibbonOutcome> {
  const result = await refreshSummaries(run);
  if (result.status === "needsDecision") {
    return {
      notice: {
        intent: "warning",
        title: "Refresh summaries: nothing changed yet",
        message: `${describeRefresh(result)} Press Refresh summaries in the Summaries section to choose.`,
      },
      showPane: true,
    };
  }
  return {
    notice: { intent: "success", title: "Summaries refreshed", message: describeRefresh(result) },
    showPane: false,
  };
}
