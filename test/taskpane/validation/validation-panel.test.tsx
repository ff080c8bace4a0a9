/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TABLE_NAMES } from "../../../src/domain/catalog";
import type { ExcelRunner } from "../../../src/excel/runner";
import type { ExcelHost } from "../../../src/host";
import { PaneEnvironmentProvider } from "../../../src/taskpane/environment";
import { ValidationPanel } from "../../../src/taskpane/validation/ValidationPanel";
import {
  fakeTodayAsOf,
  practiceWith,
  t,
  toWorkbook,
  validPractice,
  type Practice,
} from "../../domain/rules/fixture";
import { hostWith, marksOf } from "../../excel/validation/workbook";

// "Today" for the rules is the fixture's Monday 2026-03-02.
beforeAll(() => fakeTodayAsOf());
afterAll(() => jest.useRealTimers());

// jsdom has no ResizeObserver; Fluent's MessageBar uses one to reflow its actions.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

function renderPanel(run: ExcelRunner) {
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneEnvironmentProvider environment={{ run, kind: "standalone" }}>
        <ValidationPanel />
      </PaneEnvironmentProvider>
    </FluentProvider>,
  );
}

async function validated(
  practice: Practice,
): Promise<{ host: ExcelHost; user: ReturnType<typeof userEvent.setup> }> {
  const host = await hostWith(toWorkbook(practice));
  const user = userEvent.setup();
  renderPanel(host.run);
  await user.click(screen.getByRole("button", { name: "Validate" }));
  await screen.findByText(/errors? and \d+ warnings? in|No problems found/);
  return { host, user };
}

describe("ValidationPanel", () => {
  it("shows counts per table, then problems grouped by table with errors first, and jumps to a cell", async () => {
    const practice = practiceWith("Providers", 0, { NPI: "1234567890" });
    practiceWith("Inventory", 0, { "Expires On": "2026-03-20", "Reorder Point": 25 }, practice);
    const { host, user } = await validated(practice);

    expect(screen.getByText("2 errors and 1 warning in 2 tables")).toBeTruthy();
    const counts = screen.getByRole("list", { name: "Problems per table" });
    expect(
      within(counts)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Providers: 1 error, 0 warnings", "Inventory: 1 error, 1 warning"]);
    const inventory = screen.getByRole("region", { name: /Inventory/ });
    const problems = within(inventory)
      .getAllByRole("button")
      .map((b) => b.textContent ?? "");
    expect(problems[0]).toContain("Reorder Point 25 is above Par Level 20");
    expect(problems[0]).toContain("Inventory!F2 · Reorder Point · 25");
    expect(problems[1]).toContain("expires on 2026-03-20");
    expect(problems[1]).toContain("Inventory!K2 · Expires On · 2026-03-20"); // the date, not its serial number

    const npi = screen.getByRole("button", { name: /NPI 1234567890 fails the check digit/ });
    await user.click(npi);
    await waitFor(() =>
      expect(host.workbook.getSelection()).toMatchObject({ sheet: "Providers", address: "Providers!C2" }),
    );
    const lot = within(inventory).getAllByRole("button")[1]!;
    lot.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(host.workbook.getSelection()).toMatchObject({ address: "Inventory!K2" }));
  });

  it("follows a co-author's edit live and clears only its own marks", async () => {
    const { host, user } = await validated(validPractice());
    expect(screen.getByText(`No problems found in ${TABLE_NAMES.length} tables`)).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>("switch", { name: "Live validation" }).checked).toBe(true);

    await act(() => host.edit("Appointments", "C3", [[t("9:15")]], "Remote"));
    await screen.findByText("4 errors and 0 warnings in 1 table");
    expect(screen.getAllByRole("button", { name: /Provider P001 is double-booked/ })).toHaveLength(2);
    expect(marksOf(host)).toHaveLength(2);

    await user.click(screen.getByRole("button", { name: "Clear marks" }));
    await screen.findByText("Cleared 2 marks.");
    expect(marksOf(host)).toEqual([]);
  });

  it("shows the first 50 problems of a table and more on request", async () => {
    const practice = validPractice();
    for (let i = 0; i < 120; i++) practice.Vendors.push({ "Vendor ID": `X${i}`, Name: "", Email: "" }); // Name is required
    const { user } = await validated(practice);
    const vendors = screen.getByRole("region", { name: /Vendors/ });
    expect(within(vendors).getAllByRole("listitem")).toHaveLength(50);
    await user.click(within(vendors).getByRole("button", { name: "Show more (70 more in Vendors)" }));
    expect(within(vendors).getAllByRole("listitem")).toHaveLength(120);
  });

  it("shows the Office error code when validation fails", async () => {
    const failing: ExcelRunner = () =>
      Promise.reject(Object.assign(new Error("The request failed."), { code: "GeneralException" }));
    const user = userEvent.setup();
    renderPanel(failing);
    await user.click(screen.getByRole("button", { name: "Validate" }));
    const alert = await screen.findByText("Validation failed");
    expect(alert.closest(".fui-MessageBar")?.textContent).toContain("GeneralException");
  });
});
