/**
 * Entry of the commands bundle, loaded by taskpane.html (the shared runtime). Registers the ribbon's
 * ExecuteFunction handlers at the top level of the script, before Office.onReady, as the add-in commands
 * docs and the yo office commands template do (learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands):
 * a button pressed while onReady is still pending (or in a runtime where it settles late) already has
 * its handler.
 */
import { COMMAND_HANDLERS } from "./handlers";

export function registerCommands(): void {
  for (const [name, handler] of Object.entries(COMMAND_HANDLERS)) {
    // Handlers never reject (runCommand reports failures and completes the event), so nothing is lost.
    Office.actions.associate(name, (event: Office.AddinCommands.Event) => void handler(event));
  }
}

// Outside Office (standalone app, tests, the page opened in a plain browser) there is nothing to register:
// office.js is absent, or present without the actions API (a plain browser).
if (typeof Office !== "undefined" && typeof Office.actions?.associate === "function") {
  registerCommands();
}
