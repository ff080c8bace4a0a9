/**
 * Entry of the commands bundle, loaded by taskpane.html (the shared runtime). Registers the ribbon's
 * ExecuteFunction handlers once Office is ready.
 */
import { COMMAND_HANDLERS } from "./handlers";

export function registerCommands(): void {
  for (const [name, handler] of Object.entries(COMMAND_HANDLERS)) {
    // Handlers never reject (runCommand reports failures and completes the event), so nothing is lost.
    Office.actions.associate(name, (event: Office.AddinCommands.Event) => void handler(event));
  }
}

// Outside Office (standalone app, tests, the page opened in a plain browser) there is nothing to register.
if (typeof Office !== "undefined") {
  Office.onReady()
    .then((info) => {
      if (info.host) registerCommands();
    })
    .catch((error: unknown) => console.error("Registering the ribbon commands failed", error));
}
