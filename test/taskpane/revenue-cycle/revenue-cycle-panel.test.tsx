/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CATALOG } from "../../../src/domain/catalog";
import { serialFromLocalDate } from "../../../src/domain/dates/excel-dates";
import { readUnbilledAfterDays } from "../../../src/excel/revenue-cycle/settings";
import { setupWorkbook } from "../../../src/excel/setup";
import { appendRows, readTable } from "../../../src/excel/table-io";
import { createExcelHost, type ExcelHost } from "../../../src/host";
import { PaneEnvironmentProvider } from "../../../src/taskpane/environment";
import { RevenueCyclePanel } from "../../../src/taskpane/revenue-cycle/RevenueCyclePanel";

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
});

async function practice(): Promise<ExcelHost> {
  const host = createExcelHost();
  await setupWorkbook(host.run);
  const today = serialFromLocalDate(new Date());
  await host.run(async (context) => {
    await appendRows(context, "Claims", [
      {
        "Claim ID": "C7",
        "Patient Ref": "MRN1",
        "Payer ID": "AETNA",
        "Provider ID": "P1",
        "Service Date": today - 40,
        "Total Charge": 100,
        Status: "Denied",
      },
    ]);
    await appendRows(context, "Appointments", [
      {
        "Appointment ID": "A1",
        Date: today - 10,
        "Provider ID": "P1",
        "Patient Ref": "MRN1",
        Status: "Completed",
      },
    ]);
  });
  return host;
}

function renderPanel(host: ExcelHost) {
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneEnvironmentProvider environment={{ run: host.run, kind: "standalone" }}>
        <RevenueCyclePanel />
      </PaneEnvironmentProvider>
    </FluentProvider>,
  );
}

describe("RevenueCyclePanel", () => {
  it("previews and creates draft claims, then logs a follow-up on the selected claim", async () => {
    const user = userEvent.setup();
    const host = await practice();
    renderPanel(host);
    await user.click(screen.getByRole("button", { name: "Preview draft claims" }));
    await user.click(await screen.findByRole("button", { name: "Create 1 draft claims" }));
    await screen.findByText("Added 1 Draft claims to Claims and linked each to its appointment.");

    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Claims").getRange("A2").select();
      await context.sync();
    });
    await user.click(screen.getByRole("button", { name: "Use selected claim" }));
    await screen.findByDisplayValue("C7");
    await user.selectOptions(screen.getByRole("combobox", { name: "Action" }), "Called Payer");
    await user.type(screen.getByRole("textbox", { name: "By (owner)" }), "KM");
    await user.type(screen.getByRole("textbox", { name: "Note" }), "Payer wants records");
    await user.click(screen.getByRole("button", { name: "Log follow-up" }));
    await screen.findByText('Logged "Called Payer" for C7 in Claim Activity.');
    const [activity, claims] = await host.run(async (context) => [
      (await readTable(context, "ClaimActivity"))?.typedRows(CATALOG.ClaimActivity) ?? [],
      (await readTable(context, "Claims"))?.typedRows(CATALOG.Claims) ?? [],
    ]);
    expect(activity).toEqual([
      expect.objectContaining({ claimId: "C7", by: "KM", note: "Payer wants records" }),
    ]);
    expect(claims[0]).toMatchObject({ owner: "KM", followUpOn: serialFromLocalDate(new Date()) + 14 });
    expect(claims[1]).toMatchObject({ status: "Draft", serviceDate: serialFromLocalDate(new Date()) - 10 });
  });
});

describe("RevenueCyclePanel: unbilled-after setting", () => {
  it("saves the days in the workbook, and a wrong value says why", async () => {
    const user = userEvent.setup();
    const host = await practice();
    renderPanel(host);
    const days = screen.getByRole("textbox", { name: "Unbilled after (days)" });
    await user.type(days, "5");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByText("Kept visits are unbilled after 5 days in this workbook.");
    expect(await readUnbilledAfterDays(host.run)).toBe(5);
    await user.clear(days);
    await user.type(days, "-1");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByText(/the days must be a whole number from 0 to 365/);
    expect(await readUnbilledAfterDays(host.run)).toBe(5);
  });
});
