/** @jest-environment jsdom */
/**
 * `npm start` opens app.html?sample=small: the standalone app builds the sample practice at once, so a
 * newcomer lands on a workbook ready to use.
 */
import { render, screen, waitFor } from "@testing-library/react";
import { sampleFromQuery, StandaloneApp } from "../../src/app/StandaloneApp";

jest.setTimeout(120_000);

// jsdom has neither ResizeObserver (Fluent's MessageBar, the grid's sizing) nor layout.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

describe("app.html?sample=", () => {
  it("reads the sample size from the query, ignoring anything else", () => {
    expect(sampleFromQuery("?sample=small")).toBe("small");
    expect(sampleFromQuery("?x=1&sample=large")).toBe("large");
    expect(sampleFromQuery("")).toBeNull();
    expect(sampleFromQuery("?sample=huge")).toBeNull();
    expect(sampleFromQuery("?sample=toString")).toBeNull();
  });

  it("opens with the sample practice built, its first sheet in the grid", async () => {
    render(<StandaloneApp startWithSample="small" />);
    expect(await screen.findByText("Sample practice loaded", {}, { timeout: 100_000 })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole("grid").getAttribute("data-sheet")).toBe("Providers"));
  });

  it("opens with an empty workbook without it", () => {
    render(<StandaloneApp />);
    expect(screen.queryByText("Building the sample practice…")).toBeNull();
    expect(screen.queryByText("Sample practice loaded")).toBeNull();
  });
});
