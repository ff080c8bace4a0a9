/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TABLE_NAMES } from "../../src/domain/catalog";
import type { ExcelRunner } from "../../src/excel/runner";
import { createExcelHost, type ExcelHost } from "../../src/host";
import { PaneEnvironmentProvider } from "../../src/taskpane/environment";
import { SetupPanel } from "../../src/taskpane/setup/SetupPanel";

function renderPanel(run: ExcelRunner) {
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneEnvironmentProvider environment={{ run, kind: "standalone" }}>
        <SetupPanel />
      </PaneEnvironmentProvider>
    </FluentProvider>,
  );
  return screen.getByRole("button", { name: "Set up workbook" });
}

/** The host's runner, held at the start of each run until release() is called. */
function gatedRunner(host: ExcelHost) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const run: ExcelRunner = async (batch) => {
    await gate;
    return host.run(batch);
  };
  return { run, release: () => release() };
}

const autoOpenSwitch = () =>
  screen.getByRole<HTMLInputElement>("switch", { name: "Open this pane with the workbook" });

async function autoOpenSetting(host: ExcelHost): Promise<unknown> {
  return host.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject("Office.AutoShowTaskpaneWithDocument");
    setting.load("value");
    await context.sync();
    return setting.isNullObject ? undefined : (setting.value as unknown);
  });
}

describe("SetupPanel", () => {
  it("shows progress while setting up, then what it created", async () => {
    const user = userEvent.setup();
    const host = createExcelHost();
    const { run, release } = gatedRunner(host);
    const button = renderPanel(run);

    await user.click(button);
    const status = await screen.findByRole("status");
    expect(status.textContent).toContain("Setting up the workbook");
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(button.getAttribute("aria-disabled")).toBe("true");
    await user.click(button); // ignored while running
    expect(host.stats.syncs).toBe(0);

    release();
    const done = await screen.findByText("The workbook is ready");
    const summary = done.closest("[role=group], .fui-MessageBar") ?? document.body;
    expect(summary.textContent).toContain(`Created (${TABLE_NAMES.length}): ${TABLE_NAMES.join(", ")}`);
    expect(summary.textContent).not.toContain("Already there");
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(button.getAttribute("aria-disabled")).not.toBe("true");
    // The tables really are in the workbook now.
    const created = await host.run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      return tables.items.map((t) => t.name).sort();
    });
    expect(created).toEqual([...TABLE_NAMES].sort());
  });

  it("reports tables that were already there when run again, and changes nothing", async () => {
    const user = userEvent.setup();
    const host = createExcelHost();
    const button = renderPanel(host.run);
    await user.click(button);
    await screen.findByText("The workbook is ready");
    const before = host.snapshot();

    await user.click(button);
    await waitFor(() => expect(document.body.textContent).toContain(`Already there (${TABLE_NAMES.length})`));
    expect(document.body.textContent).not.toContain("Created (");
    expect(host.snapshot()).toBe(before);
  });

  it("shows the Office error code and message when Excel refuses, and lets the user retry", async () => {
    const user = userEvent.setup();
    const host = createExcelHost();
    jest.spyOn(console, "error").mockImplementation(() => {});
    const button = renderPanel(host.run);
    // The pane switch reads its setting first; the failure is meant for setup's first sync.
    await waitFor(() => expect(autoOpenSwitch().disabled).toBe(false));
    host.failSync(1, { code: "AccessDenied", message: "The workbook is read-only." });

    await user.click(button);
    const title = await screen.findByText("Setup failed");
    const bar = title.closest(".fui-MessageBar");
    expect(bar?.textContent).toContain("AccessDenied");
    expect(bar?.textContent).toContain("The workbook is read-only.");
    expect(button.getAttribute("aria-disabled")).not.toBe("true");

    await user.click(button); // the next attempt succeeds
    expect(await screen.findByText("The workbook is ready")).toBeTruthy();
    expect(screen.queryByText("Setup failed")).toBeNull();
  });

  // "Automatically open a task pane with a document" (learn.microsoft.com/office/dev/add-ins/design/
  // automatically-open-a-task-pane-with-a-document): the document setting Office.AutoShowTaskpaneWithDocument
  // = true opens the pane; the user can turn it off from the pane, and Set up keeps that choice.
  it("has a switch 'Open this pane with the workbook' that Set up turns on and the user can turn off for good", async () => {
    const user = userEvent.setup();
    const host = createExcelHost();
    const button = renderPanel(host.run);
    await waitFor(() => expect(autoOpenSwitch().disabled).toBe(false));
    expect(autoOpenSwitch().checked).toBe(false); // a workbook never set up does not open the pane

    await user.click(button);
    await screen.findByText("The workbook is ready");
    await waitFor(() => expect(autoOpenSwitch().checked).toBe(true));
    expect(await autoOpenSetting(host)).toBe(true);

    await user.click(autoOpenSwitch());
    await waitFor(() => expect(autoOpenSwitch().checked).toBe(false));
    expect(await autoOpenSetting(host)).toBe(false);

    await user.click(button); // setup again: the user's choice stays
    await waitFor(() => expect(document.body.textContent).toContain("Already there"));
    expect(await autoOpenSetting(host)).toBe(false);
    await waitFor(() => expect(autoOpenSwitch().checked).toBe(false));
  });
});
