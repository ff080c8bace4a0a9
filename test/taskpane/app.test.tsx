/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { clearNotice, postNotice } from "../../src/commands/notices";
import { App } from "../../src/taskpane/App";
import { PaneEnvironmentProvider } from "../../src/taskpane/environment";
import { createExcelHost } from "../../src/host";

function renderApp() {
  const host = createExcelHost();
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneEnvironmentProvider environment={{ run: host.run, kind: "standalone" }}>
        <App />
      </PaneEnvironmentProvider>
    </FluentProvider>,
  );
}

afterEach(() => clearNotice());

describe("App", () => {
  it("has one h1 and a labelled section per panel, starting with Workbook", () => {
    renderApp();
    expect(screen.getAllByRole("heading", { level: 1 }).map((h) => h.textContent)).toEqual([
      "Practice Manager",
    ]);
    const workbook = screen.getByRole("region", { name: "Workbook" });
    expect(workbook.querySelector("button")?.textContent).toBe("Set up workbook");
    expect(screen.getByRole("main")).toBeTruthy();
  });

  it("reaches the setup button with the keyboard", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Set up workbook" }));
  });

  it("shows a notice a ribbon command posted before the pane rendered, until dismissed", async () => {
    const user = userEvent.setup();
    postNotice({ intent: "info", title: "Validate", message: "Validate is coming soon." });
    renderApp();
    expect(screen.getByText("Validate is coming soon.")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText("Validate is coming soon.")).toBeNull();
  });

  it("shows notices posted while the pane is open", () => {
    renderApp();
    expect(screen.queryByText(/coming soon/)).toBeNull();
    act(() => postNotice({ intent: "error", title: "Refresh summaries failed", message: "Excel is busy." }));
    expect(screen.getByText("Refresh summaries failed")).toBeTruthy();
  });
});
