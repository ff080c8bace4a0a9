/** @jest-environment jsdom */
/**
 * Work is never lost (issue 12): leaving the page with unsaved changes asks first, the toolbar says
 * there are some, saving clears it, and Save waits for the task pane's running batches.
 */
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StandaloneApp } from "../../src/app/StandaloneApp";
import { RunTracker } from "../../src/app/work-guard";
import { saveWorkbookFile } from "../../src/app/workbook-files";
import { createExcelHost } from "../../src/host";

// Saving builds a download, which jsdom cannot: the save itself is replaced, the app's flow is real.
jest.mock("../../src/app/workbook-files", () => ({
  ...jest.requireActual<object>("../../src/app/workbook-files"),
  saveWorkbookFile: jest.fn(() => Promise.resolve([])),
}));

// jsdom has neither ResizeObserver (Fluent's MessageBar, the grid's sizing) nor layout.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

/** Whether leaving the page now would ask first (the handler cancels beforeunload). */
function leavingAsks(): boolean {
  const event = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe("unsaved changes", () => {
  it("leaving asks only once the workbook changed, and no more once it is saved", async () => {
    const host = createExcelHost();
    const user = userEvent.setup();
    render(<StandaloneApp initialHost={host} />);
    expect(leavingAsks()).toBe(false);
    expect(screen.queryByText("(unsaved changes)")).toBeNull();
    // Moving the selection is not a change to save.
    await act(() =>
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("C3").select();
        await context.sync();
      }),
    );
    expect(leavingAsks()).toBe(false);

    await act(() => host.edit("Sheet1", "A1", [["typed by the user"]]));
    await waitFor(() => expect(screen.getByText("(unsaved changes)")).toBeTruthy());
    expect(leavingAsks()).toBe(true);

    await user.click(screen.getByRole("button", { name: "Save .xlsx" }));
    await waitFor(() => expect(screen.queryByText("(unsaved changes)")).toBeNull());
    expect(saveWorkbookFile).toHaveBeenCalledTimes(1);
    expect(leavingAsks()).toBe(false);
  }, 30_000); // the whole app renders (grid and task pane): slow on a busy machine
});

describe("replacing a workbook with unsaved changes", () => {
  it("asks first: Keep leaves the workbook as it is, Replace it loads the new one", async () => {
    const host = createExcelHost();
    const user = userEvent.setup();
    render(<StandaloneApp initialHost={host} />);
    await act(() => host.edit("Sheet1", "A1", [["my work"]]));
    await user.click(screen.getByRole("button", { name: "Load sample practice" }));
    const dialog = await screen.findByRole("dialog", {}, { timeout: 60_000 });
    expect(dialog.textContent).toContain("has changes that are not saved");
    await user.click(screen.getByRole("button", { name: /^Keep / }));
    await screen.findByText(/Nothing was replaced/);
    expect(host.workbook.cell("Sheet1", 0, 0).value).toBe("my work");
    expect(screen.queryByRole("tab", { name: "Claims" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Load sample practice" }));
    await screen.findByRole("dialog", {}, { timeout: 60_000 });
    await user.click(screen.getByRole("button", { name: "Replace it" }));
    await screen.findByRole("tab", { name: "Claims" }, { timeout: 30_000 });
  }, 150_000); // builds the sample practice twice in jsdom
});

describe("RunTracker (Save waits for the task pane)", () => {
  it("counts running batches and resolves whenIdle only once the last one ends", async () => {
    const tracker = new RunTracker();
    const host = createExcelHost();
    const run = tracker.wrap(host.run);
    let finish = () => {};
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const first = run(async (context) => {
      await gate;
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    });
    const second = run(() => Promise.resolve());
    expect(tracker.busy).toBe(true);
    let idle = false;
    const waiting = tracker.whenIdle().then(() => (idle = true));
    await second;
    await Promise.resolve();
    expect(idle).toBe(false); // the first batch still runs
    finish();
    await first;
    await waiting;
    expect(idle).toBe(true);
    expect(tracker.busy).toBe(false);
    // A failing batch is counted out too.
    await expect(run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(tracker.busy).toBe(false);
  });
});
