/** @jest-environment jsdom */
import { act, screen, waitFor } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Root } from "react-dom/client";
import { startTaskpane } from "../../src/taskpane/index";
import { providerToken } from "./fluent-theme";

/** The Office global as the task pane entry uses it: onReady, HostType and the theme. */
function installOffice(host: string, bodyBackgroundColor: string) {
  const officeTheme = { bodyBackgroundColor };
  let ready: (info: { host: string }) => void = () => {};
  const onReady = jest.fn(() => new Promise<{ host: string }>((resolve) => (ready = resolve)));
  (globalThis as { Office?: unknown }).Office = {
    onReady,
    HostType: { Excel: "Excel", Word: "Word" },
    context: { officeTheme },
  };
  return { onReady, officeTheme, ready: () => ready({ host }) };
}

let started: Promise<Root | null> = Promise.resolve(null);

/** Runs fn inside act and lets the promises it resolves settle. */
const actOn = (fn: () => void) =>
  act(async () => {
    fn();
    await Promise.resolve();
  });

function start() {
  const container = document.createElement("div");
  document.body.append(container);
  started = startTaskpane(container);
  return container;
}

afterEach(async () => {
  const root = await started;
  act(() => root?.unmount());
  delete (globalThis as { Office?: unknown }).Office;
  document.body.innerHTML = "";
});

describe("task pane entry (index.tsx)", () => {
  it("waits for Office.onReady, then renders the pane in Office's dark theme", async () => {
    const office = installOffice("Excel", "#262626");
    start();
    expect(office.onReady).toHaveBeenCalledTimes(1);
    await actOn(() => {}); // give a premature render every chance to happen
    expect(screen.queryByRole("heading", { name: "Practice Manager" })).toBeNull();

    await actOn(office.ready);
    expect(await screen.findByRole("heading", { level: 1, name: "Practice Manager" })).toBeTruthy();
    expect(providerToken("colorNeutralBackground1")).toBe(webDarkTheme.colorNeutralBackground1);
  });

  it("follows a theme change when the pane gets focus again", async () => {
    const office = installOffice("Excel", "#ffffff");
    start();
    await actOn(office.ready);
    await screen.findByRole("heading", { level: 1, name: "Practice Manager" });
    expect(providerToken("colorNeutralBackground1")).toBe(webLightTheme.colorNeutralBackground1);

    office.officeTheme.bodyBackgroundColor = "#000000";
    await actOn(() => window.dispatchEvent(new Event("focus")));
    expect(providerToken("colorNeutralBackground1")).toBe(webDarkTheme.colorNeutralBackground1);
  });

  it("says to open it from Excel when the page is loaded outside Excel", async () => {
    const office = installOffice("Word", "#ffffff");
    const container = start();
    await actOn(office.ready);
    await waitFor(() => expect(container.textContent).toContain("runs inside Excel"));
    expect(screen.queryByRole("heading", { name: "Practice Manager" })).toBeNull();
  });

  it("says the same without any Office global (plain browser)", async () => {
    const container = start();
    await waitFor(() => expect(container.textContent).toContain("runs inside Excel"));
  });
});
