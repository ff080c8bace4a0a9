/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { ErrorMessage } from "../../src/taskpane/components/ErrorMessage";
import { OperationProgress, progressText } from "../../src/taskpane/components/OperationProgress";
import { usePaneEnvironment } from "../../src/taskpane/environment";

const inTheme = (ui: ReactNode) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe("OperationProgress", () => {
  it("names the current step with its count and fills the bar to done/total", () => {
    inTheme(<OperationProgress progress={{ done: 3, total: 12, label: "Creating Claims" }} />);
    expect(screen.getByRole("status").textContent).toContain("Creating Claims (3 of 12)");
    const bar = screen.getByRole("progressbar");
    expect(Number(bar.getAttribute("aria-valuenow"))).toBeCloseTo(0.25, 6);
    expect(bar.getAttribute("aria-valuemax")).toBe("1");
  });

  it("is indeterminate, with the fallback label, before the first report", () => {
    inTheme(<OperationProgress progress={null} label="Setting up…" />);
    expect(screen.getByRole("status").textContent).toContain("Setting up…");
    expect(screen.getByRole("progressbar").hasAttribute("aria-valuenow")).toBe(false);
  });

  it("words progress without a total or label", () => {
    expect(progressText({ done: 0, total: 0, label: "" }, "Working…")).toBe("Working…");
    expect(progressText({ done: 2, total: 5, label: "" }, "Working…")).toBe("Working… (2 of 5)");
  });
});

describe("ErrorMessage", () => {
  it("shows the title, Excel's message and the Office error code", () => {
    const officeError = Object.assign(new Error("Cannot change part of a table."), {
      code: "InsertDeleteConflict",
    });
    inTheme(<ErrorMessage title="Import failed" error={officeError} />);
    const text = screen.getByText("Import failed").closest(".fui-MessageBar")?.textContent ?? "";
    expect(text).toContain("Cannot change part of a table.");
    expect(text).toContain("InsertDeleteConflict");
  });
});

describe("usePaneEnvironment", () => {
  it("fails loudly when a panel is rendered without an environment", () => {
    function Panel() {
      usePaneEnvironment();
      return null;
    }
    jest.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<Panel />)).toThrow(/PaneEnvironmentProvider/);
  });
});
