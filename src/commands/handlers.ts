/**
 * Ribbon command handlers (ExecuteFunction actions in manifest.xml). Each one reports through a notice in
 * the task pane and always calls event.completed(): Office waits for it and shows the button as busy
 * until then.
 */
import { officeErrorText } from "../excel/errors";
import { officeRunner } from "../excel/runner";
import { refreshFromRibbon } from "../excel/summaries/ribbon";
import { postNotice } from "./notices";

export type CommandAction = () => Promise<void>;

/** Runs a command's work, turns a failure into an error notice, and completes the event no matter what. */
export async function runCommand(event: Office.AddinCommands.Event, title: string, action: CommandAction) {
  try {
    await action();
  } catch (error) {
    console.error(`${title} failed`, error);
    postNotice({ intent: "error", title: `${title} failed`, message: officeErrorText(error) });
  } finally {
    event.completed();
  }
}

/** Shows the task pane with a notice that a feature is not available yet. */
function comingSoon(title: string): CommandAction {
  return async () => {
    postNotice({
      intent: "info",
      title,
      message: `${title} from the ribbon is coming soon; this pane has what is available now.`,
    });
    await Office.addin.showAsTaskpane();
  };
}

export const validateWorkbook = (event: Office.AddinCommands.Event) =>
  runCommand(event, "Validate", comingSoon("Validate"));

export const refreshSummaries = (event: Office.AddinCommands.Event) =>
  runCommand(event, "Refresh summaries", async () => {
    const outcome = await refreshFromRibbon(officeRunner);
    postNotice(outcome.notice);
    if (outcome.showPane) await Office.addin.showAsTaskpane();
  });

/** FunctionName in manifest.xml -> handler. */
export const COMMAND_HANDLERS = {
  validateWorkbook,
  refreshSummaries,
} as const satisfies Record<string, (event: Office.AddinCommands.Event) => Promise<void>>;
