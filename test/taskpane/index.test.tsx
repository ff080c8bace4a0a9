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

function start(waitMs?: number) {
  const container = document.createElement("div");
  document.body.append(container);
  started = startTaskpane(container, waitMs);
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

  it("says office.js could not load, and to open it from Excel, without any Office global", async () => {
    const container = start();
    await waitFor(() => expect(container.textContent).toContain("could not load office.js"));
    expect(container.textContent).toContain("runs inside Excel");
  });

  it("says what it waits for when Office.onReady is slow, then still opens the pane", async () => {
    jest.useFakeTimers();
    try {
      const office = installOffice("Excel", "#ffffff");
      const container = start(8_000);
      await actOn(() => jest.advanceTimersByTime(7_999));
      expect(container.textContent).toBe("");
      await actOn(() => jest.advanceTimersByTime(1));
      expect(container.textContent).toContain("Waiting for Excel");
      expect(container.textContent).toContain("runs inside Excel");
      await actOn(office.ready);
    } finally {
      jest.useRealTimers();
    }
    expect(await screen.findByRole("heading", { level: 1, name: "Practice Manager" })).toBeTruthy();
  });
});
