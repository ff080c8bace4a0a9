/**
 * "Open this pane with the workbook": the document setting Office.AutoShowTaskpaneWithDocument. Office
 * opens the task pane whose manifest TaskpaneId is Office.AutoShowTaskpaneWithDocument when the file
 * carries this setting set to true ("Automatically open a task pane with a document",
 * learn.microsoft.com/office/dev/add-ins/design/automatically-open-a-task-pane-with-a-document; the
 * setting is written through the add-in's document settings, which workbook.settings is in Excel).
 * Off is stored as false rather than removed, so that Set up, which turns it on for a new workbook,
 * keeps the user's choice.
 */
import type { ExcelRunner } from "../runner";
import { AUTO_SHOW_TASKPANE } from "./settings";

/** Whether the pane opens with this workbook. */
export async function readAutoOpen(run: ExcelRunner): Promise<boolean> {
  return await run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(AUTO_SHOW_TASKPANE);
    setting.load("value");
    await context.sync();
    return !setting.isNullObject && setting.value === true;
  });
}

/** Turns opening the pane with this workbook on or off (one Excel.run, one sync). */
export async function writeAutoOpen(run: ExcelRunner, on: boolean): Promise<void> {
  await run(async (context) => {
    context.workbook.settings.add(AUTO_SHOW_TASKPANE, on);
    await context.sync();
  });
}
