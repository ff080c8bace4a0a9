import { createTableData, type CellProblem } from "../../../src/excel/table-io/table-data";
import { CATALOG } from "../../../src/domain/catalog";
import { serialFromYmd } from "../../../src/domain/dates/excel-dates";

describe("TableData", () => {
  // Providers with columns shuffled, a header retyped with odd spacing/case, a user column, a missing column.
  const data = createTableData({
    name: "Providers",
    sheet: "Providers",
    headers: ["Name", "My Notes", "provider  id", "Active", "Day Start", "NPI", "Specialty", "Work Days"],
    rows: [
      ["Dr. Ada", "likes mornings", "P001", "yes", 0.375, "1234567893", "Family Medicine", "Mon,Tue"],
      ["Dr. Bo", "", 1002, "Maybe", "#N/A", "", "", ""],
    ],
    firstRow: 4, // header on row 4 (0-based 3)
    firstColumn: 1, // table starts in column B
  });

  test("columnIndex matches headers like normalizeHeader", () => {
    expect(data.columnIndex("Provider ID")).toBe(2);
    expect(data.columnIndex(" ACTIVE ")).toBe(3);
    expect(data.columnIndex("Day End")).toBe(-1);
    expect(data.value(0, "Provider ID")).toBe("P001");
    expect(data.value(0, "Day End")).toBeUndefined();
  });

  test("typed rows read by header name, keep user columns in extra, null for unreadable, flagged values used", () => {
    const problems: CellProblem[] = [];
    const rows = data.typed(problems);
    expect(rows[0]).toEqual({
      providerId: "P001",
      name: "Dr. Ada",
      npi: "1234567893",
      specialty: "Family Medicine",
      workDays: "Mon,Tue",
      dayStart: 0.375,
      dayEnd: null, // column missing from the workbook
      active: "Yes", // catalog spelling
      extra: { "My Notes": "likes mornings" },
    });
    expect(rows[1]?.providerId).toBe("1002");
    // Not in the Yes/No list but still what the user typed: used as such (Validation flags it).
    expect(rows[1]?.active).toBe("Maybe");
    expect(rows[1]?.dayStart).toBeNull();
    expect(problems.map((p) => [p.rowIndex, p.header, p.address, p.usable])).toEqual([
      [1, "Day Start", "Providers!F6", false], // catalog column order
      [1, "Active", "Providers!E6", true],
    ]);
  });

  test("addresses map (row, header) to sheet cells", () => {
    expect(data.cellAddress(0, "Name")).toBe("Providers!B5");
    expect(data.cellAddress(1, "Work Days")).toBe("Providers!I6");
    expect(data.cellAddress(1, "nope")).toBeNull();
    expect(data.rowAddress(1)).toBe("Providers!B6:I6");
  });

  test("typedRows works with any spec and dates read as serials", () => {
    const budget = createTableData({
      name: "Budget",
      sheet: "Budget",
      headers: ["Account", "Month", "Amount"],
      rows: [["Rent", "2024-03-01", "$1,200.50"]],
      firstRow: 1,
      firstColumn: 0,
    });
    const [row] = budget.typedRows(CATALOG.Budget);
    expect(row).toEqual({
      account: "Rent",
      category: null,
      month: serialFromYmd(2024, 3, 1),
      amount: 1200.5,
      extra: {},
    });
  });
});
