/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { isoFromSerial } from "../../../src/domain/dates/excel-dates";
import { readTables } from "../../../src/excel/table-io";
import type { ExcelHost } from "../../../src/host";
import { PaneEnvironmentProvider } from "../../../src/taskpane/environment";
import { CloseDayPanel } from "../../../src/taskpane/schedule/CloseDayPanel";
import { deskDay, MON } from "../../excel/front-desk/desk-day";

jest.setTimeout(30_000);

function renderPanel(host: ExcelHost) {
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneEnvironmentProvider environment={{ run: host.run, kind: "standalone" }}>
        <CloseDayPanel />
      </PaneEnvironmentProvider>
    </FluentProvider>,
  );
}

describe("Close the day section", () => {
  it("shows expected money per method and the exceptions, checks the counts, writes DailyClose", async () => {
    const user = userEvent.setup();
    const host = await deskDay();
    renderPanel(host);
    fireEvent.change(screen.getByLabelText("Day to close"), { target: { value: isoFromSerial(MON) } });
    await user.click(screen.getByRole("button", { name: "Show the day" }));
    const cash = await screen.findByLabelText("Cash counted (expected $70.00)", {}, { timeout: 10_000 });
    expect(screen.getByText("Exceptions (5):")).toBeTruthy();
    expect(screen.getByText("A2 (MRN2, P001) was completed but has no claim for that date")).toBeTruthy();

    await user.type(cash, "65");
    await user.type(screen.getByLabelText("Card counted (expected $25.00)"), "25");
    await user.click(screen.getByRole("button", { name: "Close the day" }));
    expect(await screen.findByText("Type the amount counted, e.g. 125.50.")).toBeTruthy(); // Check is blank
    await user.type(screen.getByLabelText("Check counted (expected $100.00)"), "100");
    await user.type(screen.getByLabelText("Closed by"), "Jo");
    await user.click(screen.getByRole("button", { name: "Close the day" }));
    const done = await screen.findByText(/^Closed 2026-03-16: 3 row\(s\) added/, {}, { timeout: 10_000 });
    expect(done.textContent).toContain("Variance: Cash -$5.00.");
    const rows = await host.run(
      async (context) =>
        (await readTables(context, ["DailyClose"] as const)).get("DailyClose")?.typed() ?? [],
    );
    expect(rows.map((r) => [r.method, r.counted, r.variance, r.closedBy])).toEqual([
      ["Check", 100, 0, "Jo"],
      ["Card", 25, 0, "Jo"],
      ["Cash", 65, -5, "Jo"],
    ]);
  });
});
