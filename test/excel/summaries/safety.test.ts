import { SUMMARIES } from "../../../src/domain/summaries";
import { refreshSummaries } from "../../../src/excel/summaries/refresh";
import { identityName } from "../../../src/excel/summaries/identity";
import { AS_OF, practiceTables } from "../../domain/summaries/fixtures";
import { snapshotExcept, workbookWith } from "./practice-workbook";

const NAMES = SUMMARIES.map((s) => s.name);
const only = (ids: string[]) => SUMMARIES.filter((s) => ids.includes(s.id));

describe("refresh never loses user data", () => {
  it("leaves a user's own sheet named Dashboard alone and generates 'Dashboard (PM)'", async () => {
    const host = await workbookWith(practiceTables());
    await host.run(async (context) => {
      context.workbook.worksheets.add("Dashboard").getRange("A1:B2").values = [
        ["My notes", 1],
        ["=1+1", "keep"],
      ];
      await context.sync();
    });
    const mine = snapshotExcept(
      host,
      NAMES.filter((n) => n !== "Dashboard"),
    );
    const result = await refreshSummaries(host.run, { asOf: AS_OF });
    const dashboard = result.status === "done" ? result.sheets.find((s) => s.id === "dashboard") : undefined;
    expect(dashboard).toEqual({
      id: "dashboard",
      title: "Practice Dashboard",
      sheet: "Dashboard (PM)",
      action: "created",
    });
    expect(host.workbook.cellAt("Dashboard (PM)", "A1").value).toBe("Practice Dashboard");
    await refreshSummaries(host.run, { asOf: AS_OF });
    expect(snapshotExcept(host, NAMES.filter((n) => n !== "Dashboard").concat("Dashboard (PM)"))).toBe(mine);
    expect(host.workbook.cellAt("Dashboard", "A2").formula).toBe("=1+1");
  });

  it("finds a generated sheet the user renamed and refreshes it under the new name", async () => {
    const host = await workbookWith(practiceTables());
    await refreshSummaries(host.run, { asOf: AS_OF, summaries: only(["dashboard"]) });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Dashboard").name = "Morning figures";
      await context.sync();
    });
    const result = await refreshSummaries(host.run, { asOf: AS_OF + 1, summaries: only(["dashboard"]) });
    expect(result).toEqual({
      status: "done",
      asOf: AS_OF + 1,
      sheets: [{ id: "dashboard", title: "Practice Dashboard", sheet: "Morning figures", action: "updated" }],
    });
    expect(host.workbook.sheetNames()).not.toContain("Dashboard");
    expect(host.workbook.cellAt("Morning figures", "B2").value).toBe(AS_OF + 1);
  });

  describe("a generated sheet edited since it was generated", () => {
    async function editedWorkbook() {
      const host = await workbookWith(practiceTables());
      await refreshSummaries(host.run, { asOf: AS_OF, summaries: only(["dashboard", "marketing"]) });
      await host.edit("Dashboard", "G10", [["my comment"]]);
      return host;
    }

    it("asks first and changes nothing until told", async () => {
      const host = await editedWorkbook();
      const before = host.snapshot();
      const result = await refreshSummaries(host.run, {
        asOf: AS_OF + 1,
        summaries: only(["dashboard", "marketing"]),
      });
      expect(result).toEqual({
        status: "needsDecision",
        edited: [{ id: "dashboard", title: "Practice Dashboard", sheet: "Dashboard" }],
      });
      expect(host.snapshot()).toBe(before);
    });

    it("overwrite replaces the edits in the same sheet", async () => {
      const host = await editedWorkbook();
      const result = await refreshSummaries(host.run, {
        asOf: AS_OF + 1,
        edited: { dashboard: "overwrite" },
        summaries: only(["dashboard", "marketing"]),
      });
      expect(result.status === "done" && result.sheets.map((s) => s.action)).toEqual([
        "overwritten",
        "updated",
      ]);
      expect(host.workbook.cellAt("Dashboard", "G10").value).toBe("");
      const again = await refreshSummaries(host.run, { asOf: AS_OF + 2, summaries: only(["dashboard"]) });
      expect(again.status).toBe("done"); // no longer counts as edited
    });

    it("keep a copy renames the edited sheet, leaves it to the user and generates a new one", async () => {
      const host = await editedWorkbook();
      const result = await refreshSummaries(host.run, {
        asOf: AS_OF + 1,
        edited: "keepCopy",
        summaries: only(["dashboard"]),
      });
      expect(result).toMatchObject({
        status: "done",
        sheets: [{ sheet: "Dashboard", action: "keptCopy", keptAs: "Dashboard (edited)" }],
      });
      expect(host.workbook.cellAt("Dashboard (edited)", "G10").value).toBe("my comment");
      expect(host.workbook.cellAt("Dashboard (edited)", "B2").value).toBe(AS_OF);
      expect(host.workbook.cellAt("Dashboard", "B2").value).toBe(AS_OF + 1);
      const copy = snapshotExcept(host, NAMES);
      await refreshSummaries(host.run, { asOf: AS_OF + 2, summaries: only(["dashboard"]) });
      expect(snapshotExcept(host, NAMES)).toBe(copy); // the kept copy is the user's now: never touched again
    });
  });

  it("re-creates a generated sheet the user deleted", async () => {
    const host = await workbookWith(practiceTables());
    await refreshSummaries(host.run, { asOf: AS_OF, summaries: only(["compliance"]) });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Compliance").delete();
      await context.sync();
    });
    const result = await refreshSummaries(host.run, { asOf: AS_OF, summaries: only(["compliance"]) });
    expect(result).toMatchObject({ status: "done", sheets: [{ sheet: "Compliance", action: "created" }] });
    expect(host.workbook.names().filter((n) => n.name === identityName("compliance"))).toHaveLength(1);
  });

  it("never clears a generated sheet that now holds a table: it is left to the user", async () => {
    const host = await workbookWith(practiceTables());
    await refreshSummaries(host.run, { asOf: AS_OF, summaries: only(["marketing"]) });
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Marketing").getRange("M1:N3");
      range.values = [
        ["Idea", "Cost"],
        ["Flyers", 50],
        ["Radio", 300],
      ];
      context.workbook.tables.add(range, true).name = "MyIdeas";
      await context.sync();
    });
    const theirs = snapshotExcept(host, ["Marketing (PM)"]);
    const result = await refreshSummaries(host.run, {
      asOf: AS_OF,
      edited: "overwrite",
      summaries: only(["marketing"]),
    });
    expect(result).toMatchObject({
      status: "done",
      sheets: [{ sheet: "Marketing (PM)", action: "replacedSheetWithTable", keptAs: "Marketing" }],
    });
    expect(snapshotExcept(host, ["Marketing (PM)"])).toBe(theirs);
    expect(host.workbook.table("MyIdeas")?.rowCount).toBe(2);
  });

  it("surfaces Excel errors instead of swallowing them", async () => {
    const host = await workbookWith(practiceTables());
    host.failSync(3, { code: "GeneralException", message: "Boom" });
    await expect(refreshSummaries(host.run, { asOf: AS_OF })).rejects.toMatchObject({
      code: "GeneralException",
    });
  });
});
