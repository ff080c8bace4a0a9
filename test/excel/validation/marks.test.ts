import { clearMarks, planMarks, validateWorkbook } from "../../../src/excel/validation";
import type { Finding } from "../../../src/domain/rules";
import { AS_OF, practiceWith, toWorkbook } from "../../domain/rules/fixture";
import { allValues, hostWith, marksOf } from "./workbook";

const cell = (rowIndex: number, columnIndex: number, severity: "error" | "warning" = "error"): Finding => ({
  table: "Claims",
  rowIndex,
  columnIndex,
  header: "h",
  value: "",
  severity,
  ruleId: "r",
  message: "m",
});

describe("planMarks", () => {
  it("joins consecutive rows and same-row blocks of adjacent columns; an error outranks a warning", () => {
    const findings = [
      cell(0, 1),
      cell(1, 1),
      cell(2, 1),
      cell(0, 2),
      cell(1, 2),
      cell(2, 2),
      cell(5, 1, "warning"),
      cell(5, 1),
      cell(7, 4, "warning"),
      cell(-1, -1),
    ];
    expect(planMarks(findings)).toEqual([
      { row: 0, column: 1, rowCount: 3, columnCount: 2, severity: "error" },
      { row: 5, column: 1, rowCount: 1, columnCount: 1, severity: "error" },
      { row: 7, column: 4, rowCount: 1, columnCount: 1, severity: "warning" },
    ]);
  });
});

describe("marks in the workbook", () => {
  async function markedHost() {
    const practice = practiceWith("Claims", 0, { Status: "Denied" }); // Denial Reason (column O) must be given
    practiceWith("Budget", 0, { Amount: -5 }, practice); // Amount is column D
    const host = await hostWith(toWorkbook(practice));
    // The user's own formatting on those very cells.
    await host.run(async (context) => {
      const claims = context.workbook.worksheets.getItem("Claims");
      claims.getRange("O2").format.fill.color = "#00FF00";
      const cf = claims.getRange("A2:P3").conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=$H2="Denied"';
      cf.custom.format.font.color = "#0000FF";
      await context.sync();
    });
    return host;
  }

  it("clear marks removes only ours: the user's fill and conditional format stay", async () => {
    const host = await markedHost();
    const before = allValues(host);
    await validateWorkbook(host.run, { asOf: AS_OF });
    expect(marksOf(host)).toEqual(["Budget!D2 error #FFC7CE", "Claims!O2 error #FFC7CE"]);
    expect(await clearMarks(host.run)).toBe(2);
    expect(marksOf(host)).toEqual([]);
    const claims = host.workbook.getSheet("Claims")!;
    expect(claims.conditionalFormats.map((cf) => cf.rule["formula"])).toEqual(['=$H2="Denied"']);
    expect(host.workbook.cellAt("Claims", "O2").format.fillColor).toBe("#00FF00");
    expect(allValues(host)).toBe(before);
    expect(await clearMarks(host.run)).toBe(0);
  });

  it("a fixed cell loses its mark on the next validation, and validating twice does not stack marks", async () => {
    const host = await markedHost();
    await validateWorkbook(host.run, { asOf: AS_OF });
    await validateWorkbook(host.run, { asOf: AS_OF });
    expect(marksOf(host)).toEqual(["Budget!D2 error #FFC7CE", "Claims!O2 error #FFC7CE"]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Budget").getRange("D2").values = [[500]];
      await context.sync();
    });
    const { report } = await validateWorkbook(host.run, { asOf: AS_OF });
    expect(report.findings.map((f) => f.table)).toEqual(["Claims"]);
    expect(marksOf(host)).toEqual(["Claims!O2 error #FFC7CE"]);
    expect(host.workbook.getSheet("Claims")!.conditionalFormats).toHaveLength(2); // the user's and ours
  });

  it("validates without marking when asked", async () => {
    const host = await markedHost();
    const { report } = await validateWorkbook(host.run, { asOf: AS_OF, marks: false });
    expect(report.findings).toHaveLength(2);
    expect(marksOf(host)).toEqual([]);
  });
});

// Excel.ConditionalFormat.id is the priority within ONE collection and a fetched item is a position in it
// (learn.microsoft.com/javascript/api/excel/excel.conditionalformat: id, priority). Marks are found per
// sheet and deleted from the last position up, so a user's format added above ours never shifts a delete
// onto the wrong format, and two sheets' formats both numbered 0 are both found.
describe("marks with Excel's per-collection conditional format ids", () => {
  it("re-validating after the user added a format above our marks removes exactly the fixed mark", async () => {
    const practice = practiceWith("Claims", 0, { Status: "Denied" }); // Claims!O2
    practiceWith("Budget", 0, { Amount: -5 }, practice); // Budget!D2
    practiceWith("Budget", 1, { Amount: -7, Account: "" }, practice);
    const host = await hostWith(toWorkbook(practice));
    await validateWorkbook(host.run, { asOf: AS_OF });
    const first = marksOf(host);
    expect(first.filter((m) => m.startsWith("Budget!")).length).toBeGreaterThanOrEqual(2);
    expect(first).toContain("Claims!O2 error #FFC7CE");

    // The user's own rule over the Budget rows: added last, so it has priority 0 there, above our marks.
    await host.run(async (context) => {
      const cf = context.workbook.worksheets
        .getItem("Budget")
        .getRange("A2:D3")
        .conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=$D2<0";
      cf.custom.format.font.color = "#0000FF";
      await context.sync();
    });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Claims").getRange("O2").values = [["Not covered"]];
      context.workbook.worksheets.getItem("Budget").getRange("A3:D3").values = [["Rent", null, null, 1000]];
      await context.sync();
    });
    await validateWorkbook(host.run, { asOf: AS_OF });
    expect(marksOf(host)).toEqual(["Budget!D2 error #FFC7CE"]);
    const budget = host.workbook.getSheet("Budget")!;
    expect(budget.conditionalFormats.filter((cf) => cf.rule["formula"] === "=$D2<0")).toHaveLength(1);
    expect(await clearMarks(host.run)).toBe(1);
    expect(budget.conditionalFormats.map((cf) => cf.rule["formula"])).toEqual(["=$D2<0"]);
  });
});
