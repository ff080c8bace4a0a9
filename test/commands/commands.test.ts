import { refreshSummaries, runCommand, validateWorkbook } from "../../src/commands/handlers";
import { clearNotice, subscribeNotices, type Notice } from "../../src/commands/notices";

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

function eventMock() {
  return { completed: jest.fn() } as unknown as Office.AddinCommands.Event & { completed: jest.Mock };
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
  it("registers validateWorkbook and refreshSummaries with Office.actions.associate once Office is ready", async () => {
    const office = installOfficeMock(() => Promise.resolve());
    await jest.isolateModulesAsync(async () => {
      await import("../../src/commands/commands");
    });
    await Promise.resolve(); // let the onReady().then(...) registration run
    expect(office.actions.associate.mock.calls.map(([name]) => name as string)).toEqual([
      "validateWorkbook",
      "refreshSummaries",
    ]);
  });

  it.each([
    ["Validate", validateWorkbook],
    ["Refresh summaries", refreshSummaries],
  ])("%s shows a coming-soon notice in the pane and completes the event", async (title, handler) => {
    const office = installOfficeMock(() => Promise.resolve());
    const notices = recordNotices();
    const event = eventMock();
    await handler(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(office.addin.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(notices).toEqual([{ intent: "info", title, message: expect.stringContaining("coming soon") }]);
  });

  it("completes the event and reports the Office error when the command fails", async () => {
    installOfficeMock(() =>
      Promise.reject(Object.assign(new Error("Not supported here."), { code: "ApiNotFound" })),
    );
    jest.spyOn(console, "error").mockImplementation(() => {});
    const notices = recordNotices();
    const event = eventMock();
    await validateWorkbook(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(notices.at(-1)).toEqual({
      intent: "error",
      title: "Validate failed",
      message: "ApiNotFound: Not supported here.",
    });
  });

  it("completes the event when an action rejects with a non-Error value", async () => {
    jest.spyOn(console, "error").mockImplementation(() => {});
    const notices = recordNotices();
    const event = eventMock();
    await runCommand(event, "Import", () => Promise.reject("disk full"));
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(notices.at(-1)).toMatchObject({ intent: "error", message: "disk full" });
  });
});
