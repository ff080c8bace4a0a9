import { TABLE_NAMES } from "../../../src/domain/catalog";
import { validateWorkbook } from "../../../src/excel/validation";
import { AS_OF, d, practiceWith, toWorkbook, validPractice } from "../../domain/rules/fixture";
import { allValues, hostWith, marksOf } from "./workbook";

describe("validateWorkbook on the in-memory host", () => {
  it("finds nothing and marks nothing in a valid practice", async () => {
    const host = await hostWith(toWorkbook(validPractice()));
    const { report } = await validateWorkbook(host.run, { asOf: AS_OF });
    expect(report.findings).toEqual([]);
    expect(report.checked).toHaveLength(TABLE_NAMES.length);
    expect(report.missing).toEqual([]);
    expect(marksOf(host)).toEqual([]);
  });

  it("lists problems with their cells, marks them, and changes no value", async () => {
    const practice = practiceWith("Providers", 0, { NPI: "1234567890" });
    practiceWith("ClaimLines", 1, { Charge: 45, Allowed: 40, Paid: 30 }, practice);
    practiceWith("Inventory", 0, { "Expires On": d("2026-03-20") }, practice);
    const host = await hostWith(toWorkbook(practice));
    const before = allValues(host);
    const { report } = await validateWorkbook(host.run, { asOf: AS_OF });
    expect(report.findings.map((f) => `${f.table} ${f.rowIndex} ${f.header} ${f.severity}`)).toEqual([
      "Providers 0 NPI error",
      "Claims 0 Total Charge error",
      "Inventory 0 Expires On warning",
    ]);
    expect(report.findings[0]?.message).toBe("NPI 1234567890 fails the check digit (a digit is mistyped)");
    expect(report.counts).toEqual([
      { table: "Providers", errors: 1, warnings: 0 },
      { table: "Claims", errors: 1, warnings: 0 },
      { table: "Inventory", errors: 0, warnings: 1 },
    ]);
    // NPI is column C of Providers, Total Charge column G of Claims, Expires On column K of Inventory; data from row 2.
    expect(marksOf(host)).toEqual([
      "Claims!G2 error #FFC7CE",
      "Inventory!K2 warning #FFEB9C",
      "Providers!C2 error #FFC7CE",
    ]);
    expect(report.markedRanges).toBe(3);
    expect(allValues(host)).toBe(before);
  });

  it("reports Excel error values computed by formulas instead of crashing", async () => {
    const practice = practiceWith("ClaimLines", 0, { Charge: "=1/0" });
    const host = await hostWith(toWorkbook(practice));
    const { report } = await validateWorkbook(host.run, { asOf: AS_OF });
    const errorFinding = report.findings.find((f) => f.ruleId === "cell.error-value");
    expect(errorFinding).toMatchObject({
      table: "ClaimLines",
      rowIndex: 0,
      header: "Charge",
      value: "#DIV/0!",
    });
  });

  it("reads and marks a table whose columns were reordered and extended by the user", async () => {
    const wb = toWorkbook(practiceWith("Vendors", 0, { Email: "not-an-email" }));
    const vendors = wb.Vendors!;
    const order = [5, 4, 3, 2, 1, 0]; // Category, Phone, Email, Contact, Name, Vendor ID
    const headers = ["My notes", ...order.map((i) => vendors.headers[i]!)];
    const rows = vendors.rows.map((r) => ["keep me", ...order.map((i) => r[i]!)]);
    const host = await hostWith({ ...wb, Vendors: { headers, rows } });
    const { report } = await validateWorkbook(host.run, { asOf: AS_OF });
    expect(report.findings.map((f) => `${f.table} ${f.header} ${f.columnIndex}`)).toEqual([
      "Vendors Email 3",
    ]);
    expect(marksOf(host)).toEqual(["Vendors!D2 error #FFC7CE"]);
  });

  it("reports the catalog tables the workbook does not have", async () => {
    const { Budget: _b, Expenses: _e, ...rest } = toWorkbook(validPractice());
    const host = await hostWith(rest);
    const { report } = await validateWorkbook(host.run, { asOf: AS_OF });
    expect(report.missing).toEqual(["Budget", "Expenses"]);
    expect(report.findings).toEqual([]); // Contracts' Budget Account cannot be checked without Budget
  });
});
