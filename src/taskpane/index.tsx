/**
 * Entry of the task pane bundle (taskpane.html). Inside Office it waits for Office.onReady, then renders
 * the pane with Office's theme. Opened in a plain browser (no Office host) it says where to go instead.
 */
import { createRoot, type Root } from "react-dom/client";
import { officeEnvironment } from "./environment";
import { PaneRoot } from "./PaneRoot";
import { currentOfficeTheme, watchOfficeTheme } from "./theme";

const OUTSIDE_EXCEL = "Practice Manager runs inside Excel: open it from Home > Practice Manager > Open pane.";

/** Renders the pane into container once Office is ready; returns the React root (null outside Excel). */
export async function startTaskpane(container: HTMLElement): Promise<Root | null> {
  const inExcel = typeof Office !== "undefined" && (await Office.onReady()).host === Office.HostType.Excel;
  if (!inExcel) {
    container.textContent = OUTSIDE_EXCEL;
    return null;
  }
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
