import { runCommand, validateWorkbook } from "../../src/commands/handlers";
import { clearNotice, subscribeNotices, type Notice } from "../../src/commands/notices";
import { createExcelHost } from "../../src/host";

/** A stand-in for the Office global: just what the command handlers and their registration touch. */
function installOfficeMock(showAsTaskpane: () => Promise<void>) {
  const associate = jest.fn();
  const office = {
    actions: { associate },
    addin: { showAsTaskpane: jest.fn(showAsTaskpane) },
    onReady: jest.fn(() => Promise.resolve({ host: "Excel", platform: "OfficeOnline" })),
  };
  (globalThis as { Office?: unknown }).Office = office;
  return office;
}

/** An add-in command event whose completed() is recorded in `completed`. */
function eventMock() {
  const completed = jest.fn();
  return { event: { completed } as unknown as Office.AddinCommands.Event, completed };
}

function recordNotices(): Notice[] {
  const seen: Notice[] = [];
  unsubscribe = subscribeNotices((notice) => seen.push(notice));
  return seen;
}

let unsubscribe = () => {};
afterEach(() => {
  unsubscribe();
  clearNotice();
  delete (globalThis as { Office?: unknown }).Office;
  jest.restoreAllMocks();
});

describe("ribbon commands", () => {
  it("registers validateWorkbook and refreshSummaries with Office.actions.associate at load, before Office.onReady settles", async () => {
    // The shared-runtime docs ("Configure your Office Add-in to use a shared runtime", "Add-in commands"):
    // associate at the top level of the script, right after office.js loads, not inside Office.onReady.
    // Here onReady never settles: the handlers must be registered anyway.
    const office = installOfficeMock(() => Promise.resolve());
    office.onReady.mockImplementation(() => new Promise(() => {}));
    await jest.isolateModulesAsync(async () => {
      await import("../../src/commands/commands");
    });
    const registered = new Map(
      office.actions.associate.mock.calls.map(([name, fn]) => [
        name as string,
        fn as (event: unknown) => void,
      ]),
    );
    expect([...registered.keys()]).toEqual(["validateWorkbook", "refreshSummaries"]);
    // What Office calls when the button is pressed completes the event.
    const { event, completed } = eventMock();
    registered.get("refreshSummaries")?.(event);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("Validate opens the pane, validates the workbook and posts what it found", async () => {
    const office = installOfficeMock(() => Promise.resolve());
    const host = createExcelHost();
    const holder = globalThis as { Excel?: object | undefined };
    const excel = holder.Excel;
    holder.Excel = { ...excel, run: host.run }; // officeRunner calls Excel.run
    const notices = recordNotices();
    const { event, completed } = eventMock();
    try {
      await validateWorkbook(event);
    } finally {
      holder.Excel = excel;
    }
    expect(completed).toHaveBeenCalledTimes(1);
    expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(notices).toEqual([
      {
        intent: "warning",
        title: "Validation",
        message: "This workbook has no practice tables yet: press Set up workbook in the pane first.",
      },
    ]);
  });

  it("completes the event and reports the Office error when the command fails", async () => {
    installOfficeMock(() =>
      Promise.reject(Object.assign(new Error("Not supported here."), { code: "ApiNotFound" })),
    );
    jest.spyOn(console, "error").mockImplementation(() => {});
    const notices = recordNotices();
    const { event, completed } = eventMock();
    await validateWorkbook(event);
    expect(completed).toHaveBeenCalledTimes(1);
    const notice = notices.at(-1);
    expect(notice).toMatchObject({ intent: "error", title: "Validate failed" });
    // The user sees Excel's own text and the Office error code.
    expect(notice?.message).toContain("Not supported here.");
    expect(notice?.message).toContain("[ApiNotFound]");
  });

  it("completes the event when an action rejects with a non-Error value", async () => {
    jest.spyOn(console, "error").mockImplementation(() => {});
    const notices = recordNotices();
    const { event, completed } = eventMock();
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the case under test
    await runCommand(event, "Import", () => Promise.reject("disk full"));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(notices.at(-1)).toMatchObject({ intent: "error", title: "Import failed" });
    expect(notices.at(-1)?.message).toContain("disk full");
  });
});
