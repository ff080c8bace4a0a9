import { SUMMARIES } from "../../../src/domain/summaries";
import { refreshSummaries as ribbonRefresh } from "../../../src/commands/handlers";
import { clearNotice, subscribeNotices, type Notice } from "../../../src/commands/notices";
import { refreshSummaries } from "../../../src/excel/summaries/refresh";
import type { ExcelHost } from "../../../src/host";
import { AS_OF, practiceTables } from "../../domain/summaries/fixtures";
import { workbookWith } from "./practice-workbook";

/** The ribbon button in Excel: Office.addin for the pane, Excel.run backed by the in-memory host. */
function installOffice(host: ExcelHost) {
  const showAsTaskpane = jest.fn(() => Promise.resolve());
  Object.assign(globalThis, { Office: { addin: { showAsTaskpane } }, Excel: { run: host.run } });
  const notices: Notice[] = [];
  const unsubscribe = subscribeNotices((n) => notices.push(n));
  const completed = jest.fn();
  return {
    showAsTaskpane,
    notices,
    unsubscribe,
    event: { completed } as unknown as Office.AddinCommands.Event,
    completed,
  };
}

afterEach(() => {
  clearNotice();
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe("Refresh summaries from the ribbon", () => {
  it("refreshes every summary sheet and reports it", async () => {
    const host = await workbookWith(practiceTables());
    const office = installOffice(host);
    await ribbonRefresh(office.event);
    office.unsubscribe();
    expect(office.completed).toHaveBeenCalledTimes(1);
    expect(office.notices.at(-1)).toMatchObject({ intent: "success", title: "Summaries refreshed" });
    expect(office.notices.at(-1)?.message).toMatch(
      new RegExp(`^${SUMMARIES.length} summary sheets refreshed\\.`),
    );
    expect(office.showAsTaskpane).not.toHaveBeenCalled();
    expect(host.workbook.sheetNames()).toContain("Dashboard");
  });

  it("never replaces an edited sheet: it opens the pane to ask", async () => {
    const host = await workbookWith(practiceTables());
    await refreshSummaries(host.run, { asOf: AS_OF });
    await host.edit("Dashboard", "C1", [["note"]]);
    const before = host.snapshot();
    const office = installOffice(host);
    await ribbonRefresh(office.event);
    office.unsubscribe();
    expect(office.completed).toHaveBeenCalledTimes(1);
    expect(office.notices.at(-1)).toMatchObject({ intent: "warning" });
    expect(office.notices.at(-1)?.message).toMatch(/Dashboard changed since the add-in generated it/);
    expect(office.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(host.snapshot()).toBe(before);
  });
});
