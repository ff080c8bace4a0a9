/**
 * Entry of the task pane bundle (taskpane.html). Inside Office it waits for Office.onReady, then renders
 * the pane with Office's theme. Opened in a plain browser (no Office host) it says where to go instead.
 */
import { createRoot, type Root } from "react-dom/client";
import { officeEnvironment } from "./environment";
import { PaneRoot } from "./PaneRoot";
import { currentOfficeTheme, watchOfficeTheme } from "./theme";

const OUTSIDE_EXCEL = "Practice Manager runs inside Excel: open it from Home > Practice Manager > Open pane.";
const NO_OFFICE_JS =
  "Practice Manager could not load office.js. Inside Excel: the network may block Microsoft's Office CDN " +
  "(appsforoffice.microsoft.com); ask whoever deployed the add-in for the self-hosted build. " +
  OUTSIDE_EXCEL;
const STILL_WAITING =
  "Waiting for Excel… If you opened this page in a browser, it does nothing there. " + OUTSIDE_EXCEL;
/** After this long without Office.onReady the page says what it waits for (and keeps waiting). */
export const OFFICE_WAIT_MS = 8_000;

/** Renders the pane into container once Office is ready; returns the React root (null outside Excel). */
export async function startTaskpane(container: HTMLElement, waitMs = OFFICE_WAIT_MS): Promise<Root | null> {
  if (typeof Office === "undefined") {
    container.textContent = NO_OFFICE_JS;
    return null;
  }
  // Outside Office, office.js settles onReady with host null, but only when its host files load; a page
  // opened from a blocked or partial copy would wait forever with an empty pane.
  const waiting = setTimeout(() => (container.textContent = STILL_WAITING), waitMs);
  let info: { host: Office.HostType | null };
  try {
    info = await Office.onReady();
  } finally {
    clearTimeout(waiting);
  }
  if (info.host !== Office.HostType.Excel) {
    container.textContent = OUTSIDE_EXCEL;
    return null;
  }
  container.textContent = "";
  const root = createRoot(container);
  root.render(
    <PaneRoot environment={officeEnvironment} theme={currentOfficeTheme()} watchTheme={watchOfficeTheme} />,
  );
  return root;
}

const container = document.getElementById("root");
if (container) {
  startTaskpane(container).catch((error: unknown) => {
    console.error("Starting the task pane failed", error);
    container.textContent = `Practice Manager could not start: ${String(error)}`;
  });
}
