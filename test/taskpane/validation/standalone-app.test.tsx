/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StandaloneApp } from "../../../src/app/StandaloneApp";
import { fakeTodayAsOf, practiceWith, toWorkbook } from "../../domain/rules/fixture";
import { hostWith } from "../../excel/validation/workbook";

beforeAll(() => fakeTodayAsOf());
afterAll(() => jest.useRealTimers());

// jsdom has neither ResizeObserver (Fluent's MessageBar, the grid's sizing) nor layout.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

describe("validation in the standalone app", () => {
  it("clicking a problem moves the grid's selection to its cell", async () => {
    const host = await hostWith(toWorkbook(practiceWith("Providers", 1, { NPI: "1234567890" })));
    const user = userEvent.setup();
    render(<StandaloneApp initialHost={host} />);
    const pane = screen.getByRole("region", { name: "Validation" });
    await user.click(within(pane).getByRole("button", { name: "Validate" }));
    const problem = await within(pane).findByRole("button", { name: /NPI 1234567890 fails the check digit/ });
    await act(() => user.click(problem));
    await waitFor(() => {
      const grid = screen.getByRole("grid");
      expect([grid.getAttribute("data-sheet"), grid.getAttribute("data-selection")]).toEqual([
        "Providers",
        "C3",
      ]);
    });
  });
});
