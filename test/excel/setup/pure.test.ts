import { CATALOG, TABLE_SPECS, columnSpec, type TableSpec } from "../../../src/domain/catalog";
import { candidateSheets, chooseSheet, type SheetState } from "../../../src/excel/setup/choose-sheet";
import { columnWidthPoints } from "../../../src/excel/setup/column-format";
import { columnValidation, referenceListSource } from "../../../src/excel/setup/validation-rules";

function col(table: TableSpec, header: string) {
  const c = columnSpec(table, header);
  if (!c) throw new Error(`no ${header}`);
  return c;
}

describe("column validation", () => {
  test("fixed lists become inline dropdowns that stop other values", () => {
    const v = columnValidation(col(CATALOG.Claims, "Status"));
    expect(v?.rule).toEqual({
      list: {
        inCellDropDown: true,
        source: "Draft,Submitted,Accepted,Rejected,Denied,Partially Paid,Paid,Appealed,Closed",
      },
    });
    expect(v?.errorAlert.style).toBe("Stop");
    expect(v?.errorAlert.message).toContain("Status must be one of: Draft, Submitted");
    expect(v?.prompt).toEqual({ showPrompt: true, title: "Status", message: "Where the claim stands." });
  });

  test("yes/no columns offer Yes,No", () => {
    expect(columnValidation(col(CATALOG.Providers, "Active"))?.rule).toEqual({
      list: { inCellDropDown: true, source: "Yes,No" },
    });
  });

  test("references list the other table's column through INDIRECT and only warn", () => {
    const v = columnValidation(col(CATALOG.Claims, "Provider ID"));
    expect(v?.rule).toEqual({
      list: { inCellDropDown: true, source: '=INDIRECT("Providers[Provider ID]")' },
    });
    expect(v?.errorAlert.style).toBe("Warning");
    expect(referenceListSource("Budget", "Account")).toBe('=INDIRECT("Budget[Account]")');
  });

  test("dates must be dates, amounts and quantities at least their minimum", () => {
    expect(columnValidation(col(CATALOG.Claims, "Service Date"))?.rule).toEqual({
      date: { operator: "GreaterThanOrEqualTo", formula1: "1900-01-01" },
    });
    expect(columnValidation(col(CATALOG.Claims, "Total Charge"))?.rule).toEqual({
      decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 },
    });
    expect(columnValidation(col(CATALOG.ClaimLines, "Units"))?.rule).toEqual({
      wholeNumber: { operator: "GreaterThanOrEqualTo", formula1: 1 },
    });
    // Payments can be negative (reversals): only "a number"
    const amount = columnValidation(col(CATALOG.Payments, "Amount"));
    expect(amount?.rule.decimal?.operator).toBe("Between");
    expect(amount?.errorAlert.message).toBe("Amount must be a number.");
  });

  test("free text and calculated columns get no rule", () => {
    expect(columnValidation(col(CATALOG.Claims, "Claim ID"))).toBeNull();
    expect(columnValidation(col(CATALOG.Claims, "Balance"))).toBeNull();
    expect(columnValidation(col(CATALOG.Appointments, "Notes"))).toBeNull();
  });

  test("every message fits Excel's limits", () => {
    for (const spec of TABLE_SPECS) {
      for (const c of spec.columns) {
        const v = columnValidation(c);
        if (!v) continue;
        expect(v.errorAlert.title.length).toBeLessThanOrEqual(32);
        expect(v.errorAlert.message.length).toBeLessThanOrEqual(225);
        expect(v.prompt.title.length).toBeLessThanOrEqual(32);
        expect(v.prompt.message.length).toBeLessThanOrEqual(255);
        const source = v.rule.list?.source;
        if (typeof source === "string") expect(source.length).toBeLessThanOrEqual(255);
      }
    }
  });
});

describe("column width", () => {
  test("characters to points as Excel sizes columns", () => {
    // Claims Status is 14 characters wide: (14 * 7 + 5) px * 0.75 = 77.25 pt
    expect(columnWidthPoints(col(CATALOG.Claims, "Status"))).toBe(((14 * 7 + 5) * 3) / 4);
    expect(columnWidthPoints(col(CATALOG.ClaimLines, "Units"))).toBe(((7 * 7 + 5) * 3) / 4);
  });
});

describe("chooseSheet", () => {
  const sheets = (list: [string, boolean][]) =>
    new Map<string, SheetState>(list.map(([name, empty]) => [name.toLowerCase(), { name, empty }]));

  test("missing sheet is created; empty sheet is used", () => {
    expect(chooseSheet("Claims", sheets([]), new Set())).toEqual({ name: "Claims", create: true });
    expect(chooseSheet("Claims", sheets([["claims", true]]), new Set())).toEqual({
      name: "claims",
      create: false,
    });
  });

  test("a sheet with user content is left alone: the next free '(n)' is used", () => {
    expect(chooseSheet("Claims", sheets([["Claims", false]]), new Set())).toEqual({
      name: "Claims (2)",
      create: true,
    });
    expect(
      chooseSheet(
        "Claims",
        sheets([
          ["Claims", false],
          ["Claims (2)", false],
          ["Claims (3)", true],
        ]),
        new Set(),
      ),
    ).toEqual({ name: "Claims (3)", create: false });
    expect(chooseSheet("Claims", sheets([["Claims", true]]), new Set(["claims"]))).toEqual({
      name: "Claims (2)",
      create: true,
    });
  });

  test("candidateSheets lists the sheet and its numbered variants only", () => {
    expect(
      candidateSheets("Claims", [
        "Claims",
        "Claims (2)",
        "Claims (x)",
        "Claims 2",
        "Claim Lines",
        "CLAIMS (10)",
      ]),
    ).toEqual(["Claims", "Claims (2)", "CLAIMS (10)"]);
  });
});
