/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ExcelRunner } from "../../../src/excel/runner";
import { PaneEnvironmentProvider } from "../../../src/taskpane/environment";
import { SummariesPanel } from "../../../src/taskpane/summaries/SummariesPanel";
import { practiceTables } from "../../domain/summaries/fixtures";
import { workbookWith } from "../../excel/summaries/practice-workbook";

// jsdom has no ResizeObserver; Fluent's MessageBar uses one to reflow its actions.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
});

function renderPanel(run: ExcelRunner) {
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneEnvironmentProvider environment={{ run, kind: "standalone" }}>
        <SummariesPanel />
      </PaneEnvironmentProvider>
    </FluentProvider>,
  );
}

describe("SummariesPanel", () => {
  it("refreshes the summaries with progress and lists what it created", async () => {
    const user = userEvent.setup();
    const host = await workbookWith(practiceTables());
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const run: ExcelRunner = async (batch) => {
      await gate;
      return host.run(batch);
    };
    renderPanel(run);
    await user.click(screen.getByRole("button", { name: "Refresh summaries" }));
    expect(screen.getByRole("status").textContent).toMatch(/Refreshing summaries/);
    release();
    await screen.findByText("Summaries refreshed", {}, { timeout: 10_000 });
    expect(screen.getByText("Dashboard: created")).toBeTruthy();
    expect(screen.getByText("Marketing: created")).toBeTruthy();
    expect(host.workbook.sheetNames()).toContain("Schedule Summary");
  }, 20_000);

  it("asks before replacing an edited sheet and keeps a copy when told", async () => {
    const user = userEvent.setup();
    const host = await workbookWith(practiceTables());
    renderPanel(host.run);
    await user.click(screen.getByRole("button", { name: "Refresh summaries" }));
    await screen.findByText("Summaries refreshed", {}, { timeout: 10_000 });
    await host.edit("Compliance", "A30", [["checked by Ann"]]);

    await user.click(screen.getByRole("button", { name: "Refresh summaries" }));
    await screen.findByText("Changed since generated", {}, { timeout: 10_000 });
    expect(screen.getByText(/Someone edited this sheet: Compliance/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Keep a copy" }));
    await screen.findByText(
      /your edited version is kept as "Compliance \(edited\)"/,
      {},
      { timeout: 10_000 },
    );
    expect(host.workbook.cellAt("Compliance (edited)", "A30").value).toBe("checked by Ann");
  }, 30_000);

  it("cancel leaves the workbook as it was", async () => {
    const user = userEvent.setup();
    const host = await workbookWith(practiceTables());
    renderPanel(host.run);
    await user.click(screen.getByRole("button", { name: "Refresh summaries" }));
    await screen.findByText("Summaries refreshed", {}, { timeout: 10_000 });
    await host.edit("Dashboard", "H1", [["mine"]]);
    await user.click(screen.getByRole("button", { name: "Refresh summaries" }));
    await screen.findByText("Changed since generated", {}, { timeout: 10_000 });
    const before = host.snapshot();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.getByText("Nothing was changed.")).toBeTruthy();
    expect(host.snapshot()).toBe(before);
  }, 30_000);

  it("previews purchase orders and creates them", async () => {
    const user = userEvent.setup();
    const host = await workbookWith(practiceTables());
    renderPanel(host.run);
    await user.click(screen.getByRole("button", { name: "Preview purchase orders" }));
    const table = await screen.findByRole("table", { name: "Purchase orders to create" });
    expect(within(table).getByText("Alcohol pads")).toBeTruthy();
    expect(within(table).getByText("18")).toBeTruthy();
    expect(screen.getByText(/Not included: I4 \(no Vendor ID in Inventory\)/)).toBeTruthy();
    expect(host.workbook.table("PurchaseOrders")?.rowCount).toBe(2);
    await user.click(screen.getByRole("button", { name: "Create 2 purchase order rows" }));
    await screen.findByText(/Added 2 Draft rows \(1 purchase orders\)/);
    expect(host.workbook.table("PurchaseOrders")?.rowCount).toBe(4);
  }, 20_000);

  it("shows an Office error with its code", async () => {
    const user = userEvent.setup();
    const logged = jest.spyOn(console, "error").mockImplementation(() => {});
    const run: ExcelRunner = () =>
      Promise.reject(Object.assign(new Error("Busy"), { code: "ActivityLimitReached" }));
    renderPanel(run);
    await user.click(screen.getByRole("button", { name: "Refresh summaries" }));
    await screen.findByText("Refresh failed");
    await waitFor(() => expect(screen.getByText(/error code: ActivityLimitReached/)).toBeTruthy());
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});
