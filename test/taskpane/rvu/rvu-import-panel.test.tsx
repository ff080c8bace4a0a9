/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setupWorkbook } from "../../../src/excel/setup";
import { readTable } from "../../../src/excel/table-io";
import { createExcelHost, type ExcelHost } from "../../../src/host";
import { PaneEnvironmentProvider } from "../../../src/taskpane/environment";
import { RvuImportPanel } from "../../../src/taskpane/rvu/RvuImportPanel";

// jsdom has no ResizeObserver; Fluent's MessageBar uses one to reflow its actions.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver;

function renderPanel(host: ExcelHost) {
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneEnvironmentProvider environment={{ run: host.run, kind: "standalone" }}>
        <RvuImportPanel />
      </PaneEnvironmentProvider>
    </FluentProvider>,
  );
  return screen.getByLabelText<HTMLInputElement>("RVU file (CMS PPRRVU or CSV)");
}

const CMS_LIKE = [
  '"2026 National Physician Fee Schedule Relative Value File January Release",,,,,,,,,,,,',
  ",,,STATUS,NOT USED FOR MEDICARE,WORK,NON-FAC,NON-FAC NA,FACILITY,FACILITY NA,MP,NON-FACILITY,FACILITY",
  "HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,PE RVU,INDICATOR,PE RVU,INDICATOR,RVU,TOTAL,TOTAL",
  "99213,,Office visit,A,,1.30,1.26,,0.55,,0.10,2.66,1.95",
  "99214,,Office visit,A,,1.92,1.62,,0.80,,0.14,3.68,2.86",
].join("\n");

async function rvuRows(host: ExcelHost) {
  return host.run(async (context) =>
    ((await readTable(context, "RVU"))?.typed() ?? []).map((r) => [r.code, r.year, r.workRvu]),
  );
}

describe("RvuImportPanel", () => {
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => {}));
  afterEach(() => jest.restoreAllMocks());

  it("previews a CMS file with its year, then imports it and says what it did", async () => {
    const user = userEvent.setup();
    const host = createExcelHost();
    await setupWorkbook(host.run);
    const input = renderPanel(host);
    const before = host.snapshot();

    await user.upload(input, new File([CMS_LIKE], "PPRRVU26_JAN.csv", { type: "text/csv" }));
    expect(await screen.findByText("PPRRVU26_JAN.csv: 2 rows (CMS PPRRVU).")).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: /Fee schedule year/ }).value).toBe("2026");
    await user.click(screen.getByRole("checkbox", { name: "Only codes on the practice's claim lines" }));
    expect(await screen.findByText(/The RVU table has 0 rows for 2026\./)).toBeTruthy();
    expect(screen.getByRole("radio", { name: "Add the codes 2026 does not have yet (2 rows)" })).toBeTruthy();
    expect(host.snapshot()).toBe(before); // the preview wrote nothing

    await user.click(screen.getByRole("button", { name: "Import RVUs" }));
    expect(await screen.findByText("RVUs for 2026 imported")).toBeTruthy();
    expect(
      screen.getByText(/2 rows added\. Refresh summaries to update the Productivity sheet\./),
    ).toBeTruthy();
    expect(await rvuRows(host)).toEqual([
      ["99213", 2026, 1.3],
      ["99214", 2026, 1.92],
    ]);
  });

  it("refuses a file of another shape, saying what was expected, and writes nothing", async () => {
    const user = userEvent.setup();
    const host = createExcelHost();
    await setupWorkbook(host.run);
    const before = host.snapshot();
    const input = renderPanel(host);
    await user.upload(input, new File(["ISA*00*~ST*835*1~"], "remit.txt", { type: "text/plain" }));
    expect(await screen.findByText("This file cannot be imported")).toBeTruthy();
    expect(screen.getByText(/Expected CMS's PPRRVU file .* Nothing was imported\./)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Import RVUs" })).toBeNull();
    expect(host.snapshot()).toBe(before);
  });

  it("asks for the year when the file does not name it", async () => {
    const user = userEvent.setup();
    const host = createExcelHost();
    await setupWorkbook(host.run);
    const input = renderPanel(host);
    await user.upload(input, new File(["Code,Work RVU\n99213,1.3\n"], "rvus.csv", { type: "text/csv" }));
    expect(await screen.findByText("The file does not name its year: type it (e.g. 2026).")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Import RVUs" })).toBeNull();
    await user.type(screen.getByRole("textbox", { name: /Fee schedule year/ }), "2025");
    expect(await screen.findByRole("button", { name: "Import RVUs" })).toBeTruthy();
  });

  it("says to run Set up when the workbook has no RVU table", async () => {
    const user = userEvent.setup();
    const host = createExcelHost();
    const input = renderPanel(host);
    await user.upload(input, new File([CMS_LIKE], "PPRRVU26_JAN.csv", { type: "text/csv" }));
    expect(await screen.findByText(/The workbook has no RVU table\. Run Set up workbook first/)).toBeTruthy();
  });
});
