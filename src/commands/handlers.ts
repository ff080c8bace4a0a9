/**
 * Ribbon command handlers (ExecuteFunction actions in manifest.xml). Each one reports through a notice in
 * the task pane and always calls event.completed(): Office waits for it and shows the button as busy
 * until then.
 */
import { officeErrorText } from "../excel/errors";
import { officeRunner } from "../excel/runner";
import { refreshFromRibbon } from "../excel/summaries/ribbon";
import { validateFromRibbon } from "../excel/validation/ribbon";
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

/** Opens the pane (it shows the progress and then the problem list), validates, and posts the summary. */
export const validateWorkbook = (event: Office.AddinCommands.Event) =>
  runCommand(event, "Validate", async () => {
    await Office.addin.showAsTaskpane();
    const outcome = await validateFromRibbon(officeRunner);
    postNotice(outcome.notice);
  });

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
