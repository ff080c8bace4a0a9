/**
 * A practice workbook typed by hand: dates, times and months typed as text, amounts typed as "$1,000.00"
 * text, list values in lower case, plus the cases that used to drop out silently: negative stock, a
 * channel not in the list, a stock count that is not a number, an expense dated in September as text.
 * Every summary sheet is checked against figures computed by hand, and Validation (the same reader)
 * flags the same cells the summaries use.
 */
import {
  CATALOG,
  TABLE_NAMES,
  type CellValue,
  type ColumnSpec,
  type TableName,
} from "../../../src/domain/catalog";
import { isoFromSerial } from "../../../src/domain/dates/excel-dates";
import { shownTime } from "../../../src/domain/rules/display";
import type { SummaryTables } from "../../../src/domain/summaries/inputs";
import { refreshSummaries } from "../../../src/excel/summaries/refresh";
import { validateWorkbook } from "../../../src/excel/validation/validate";
import { createExcelHost, type ExcelHost } from "../../../src/host";
import { AS_OF, d, practiceTables } from "../../domain/summaries/fixtures";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** What a person types: the quote prefix keeps it text, as a text-formatted or pasted cell does. */
function typedByHand(column: ColumnSpec, value: string | number | null): CellValue {
  if (value === null) return "";
  if (typeof value === "string")
    return column.kind === "list" || column.kind === "yesno" ? value.toLowerCase() : value;
  switch (column.kind) {
    case "date":
      return `'${isoFromSerial(value)}`;
    case "month": {
      const iso = isoFromSerial(value);
      return `'${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
    }
    case "time":
      return `'${shownTime(value)}`;
    case "currency":
      return `'$${value.toLocaleString("en-US", { minimumFractionDigits: 2 })}`;
    default:
      return `'${value}`;
  }
}

type Extra = Partial<Record<TableName, Record<string, CellValue>[]>>;

/** One sheet per table (header at A1): the fixture's rows typed by hand, then extra rows by header. */
async function handTypedWorkbook(tables: SummaryTables, extra: Extra): Promise<ExcelHost> {
  const host = createExcelHost();
  await host.run(async (context) => {
    for (const name of TABLE_NAMES) {
      const rows = tables[name];
      if (!rows) continue;
      const columns: readonly ColumnSpec[] = CATALOG[name].columns;
      const block: CellValue[][] = [
        columns.map((c) => c.header),
        ...rows.map((r) =>
          columns.map((c) =>
            c.formula === undefined
              ? typedByHand(c, (r as Record<string, string | number | null>)[c.key] ?? null)
              : "",
          ),
        ),
        ...(extra[name] ?? []).map((r) => columns.map((c) => r[c.header] ?? "")),
      ];
      const sheet = context.workbook.worksheets.add(CATALOG[name].sheet);
      sheet.getRangeByIndexes(0, 0, block.length, columns.length).values = block;
      sheet.tables.add(sheet.getRangeByIndexes(0, 0, block.length, columns.length), true).name = name;
    }
    await context.sync();
  });
  return host;
}

function rowOf(host: ExcelHost, sheet: string, label: string | number): number {
  const used = host.workbook.usedRange(sheet, true) ?? "";
  const rows = Number(/(\d+)$/.exec(used)?.[1] ?? 0);
  for (let r = 0; r < rows; r++) if (host.workbook.cell(sheet, r, 0).value === label) return r;
  throw new Error(`${sheet}: no row "${label}"`);
}

const cells = (host: ExcelHost, sheet: string, row: number, cols: number[]) =>
  cols.map((c) => host.workbook.cell(sheet, row, c).value);

function sheetText(host: ExcelHost, sheet: string): string[] {
  const out: string[] = [];
  host.workbook.getSheet(sheet)?.cells.forEach((cell) => {
    if (typeof cell.value === "string" && cell.value !== "") out.push(cell.value);
  });
  return out;
}

describe("a hand-typed practice workbook: every summary sheet, one reader with Validation", () => {
  let host: ExcelHost;
  beforeAll(async () => {
    host = await workbookWith();
    const result = await refreshSummaries(host.run, { asOf: AS_OF });
    expect(result.status).toBe("done");
  });

  async function workbookWith(): Promise<ExcelHost> {
    return handTypedWorkbook(practiceTables(), {
      Inventory: [
        // Negative stock (a count gone wrong) is still below its reorder point: listed, and flagged.
        {
          "Item ID": "I7",
          Name: "Syringes",
          Unit: "box",
          "On Hand": -3,
          "Reorder Point": 5,
          "Par Level": 20,
          "Unit Cost": 1,
          "Vendor ID": "V1",
        },
        // Not a number at all: cannot be used, so the sheets name it (sheet row 9, On Hand is column E).
        { "Item ID": "I8", Name: "Masks", "On Hand": "lots", "Reorder Point": 5, "Par Level": 10 },
      ],
      Campaigns: [
        // A channel not in the list is shown as typed; spend typed as text counts.
        {
          "Campaign ID": "CMP3",
          Name: "Mailer",
          Channel: "Mail",
          "Start Date": "'2026-03-01",
          Budget: "'200",
          Spend: "'$50.00",
        },
      ],
      // An expense dated as text: counted in February by the summaries and flagged by Validate.
      Expenses: [{ Date: "'2026-02-12", Account: "Rent", Amount: "'300" }],
    });
  }

  it("Dashboard: the hand-computed figures, with negative stock and text amounts counted", () => {
    const s = "Dashboard";
    expect(cells(host, s, rowOf(host, s, "Visits completed"), [1, 2, 3])).toEqual([2, 2, 4]);
    // Charges by service date: March C1 200 + C5 80; February C2 300; year 200+300+150+80.
    expect(cells(host, s, rowOf(host, s, "Charges"), [1, 2, 3])).toEqual([280, 300, 730]);
    expect(cells(host, s, rowOf(host, s, "Payments"), [1, 2, 3])).toEqual([115, 150, 315]);
    // Campaign spend: Spring Ads as before (150 / 280 / 430) plus Mailer's 50, all in March (1-15).
    expect(cells(host, s, rowOf(host, s, "Campaign spend"), [1, 2, 3])).toEqual([200, 280, 480]);
    expect(cells(host, s, rowOf(host, s, "A/R total"), [1])).toEqual([505]);
    // I1, I2, I4 as before plus I7 (-3 <= 5). I8's On Hand cannot be read: left out and named.
    expect(cells(host, s, rowOf(host, s, "Items at or below reorder point"), [1])).toEqual([4]);
    expect(cells(host, s, rowOf(host, s, "Contracts in their notice window"), [1])).toEqual([1]);
    expect(cells(host, s, rowOf(host, s, "Training expired or expiring within 60 days"), [1])).toEqual([2]);
    expect(cells(host, s, rowOf(host, s, "Records requests overdue"), [1])).toEqual([1]);
    // Complete months only (Jan-Feb): 1000 + 1000 + the text-dated 300 of 2026-02-12.
    expect(cells(host, s, rowOf(host, s, "Spent, Jan-Feb 2026"), [3])).toEqual([2300]);
  });

  it("each sheet reading Inventory names the row it could not use, not silently", () => {
    const note =
      '1 Inventory row left out or read in part, a cell that cannot be used counts as blank: E9 On Hand "lots" is not a number: type a whole number. See Validate workbook.';
    expect(sheetText(host, "Dashboard")).toContain(note);
    expect(sheetText(host, "Reorder List")).toContain(note);
    // Sheets that do not read Inventory say nothing about it.
    expect(sheetText(host, "Marketing").some((t) => t.includes("Inventory row"))).toBe(false);
  });

  it("Reorder List: the negative stock is listed with its suggested quantity", () => {
    const s = "Reorder List";
    const syringes = rowOf(host, s, "Acme Medical");
    // Sorted by vendor then item: I2 Alcohol pads, I1 Gauze, I7 Syringes.
    expect(cells(host, s, syringes + 2, [1, 2, 4, 5, 6, 7, 8, 9])).toEqual([
      "I7",
      "Syringes",
      -3,
      5,
      20,
      0,
      23,
      1,
    ]);
    // 18 x 3.50 + 15 x 2.00 + 23 x 1.00
    expect(host.workbook.cell(s, rowOf(host, s, "Acme Medical subtotal"), 10).value).toBe(116);
    expect(cells(host, s, rowOf(host, s, "(no vendor)"), [1, 8])).toEqual(["I4", 10]);
  });

  it("AR Aging: text dates and amounts age as the dates and amounts they say", () => {
    const s = "AR Aging";
    expect(cells(host, s, rowOf(host, s, "Total A/R"), [1, 2, 3, 4, 5, 6])).toEqual([
      105, 300, 0, 0, 100, 505,
    ]);
    expect(host.workbook.cell(s, rowOf(host, s, "Due Insurance"), 6).value).toBe(400);
  });

  it("Budget vs Actual: months typed as text; the expense dated as text is February's", () => {
    const s = "Budget vs Actual";
    // Jan-Feb: budget 2000, spent 1000 + 1000 + 300, 300 over.
    expect(cells(host, s, rowOf(host, s, "Rent"), [1, 2, 3])).toEqual([2000, 2300, 300]);
    expect(cells(host, s, rowOf(host, s, d(2026, 2, 1)), [1, 2, 3])).toEqual([1000, 1300, 300]);
    expect(cells(host, s, rowOf(host, s, d(2026, 3, 1)), [1, 2])).toEqual([1000, 1100]);
  });

  it("Schedule Summary: times typed as text give the same available hours", () => {
    const s = "Schedule Summary";
    // Dr. Adams works Mon, Wed, Fri 8:00-12:00 = 12 hours a week. Week of 2026-03-09: A8 (30 min) + A7
    // is the week after; week of 03-02: A1 30 min + A2 30 min (no-show) booked, 2 came due, 1 no-show.
    const week = rowOf(host, s, "Dr. Adams");
    expect(host.workbook.cell(s, week, 2).value).toBe(12);
    const rows = Array.from({ length: 13 }, (_, i) => cells(host, s, week + i, [1, 3, 5, 6, 7]));
    expect(rows.find((r) => r[0] === d(2026, 3, 2))).toEqual([d(2026, 3, 2), 1, 2, 1, 1]);
    expect(rows.find((r) => r[0] === d(2026, 2, 9))).toEqual([d(2026, 2, 9), 1.5, 2, 2, 0]);
  });

  it("Contract Renewals and Compliance: dates typed as text count", () => {
    const c = "Contract Renewals";
    // K1 ends 2026-04-14 with 30 days' notice: notice date 2026-03-15 = today.
    expect(cells(host, c, rowOf(host, c, "K1"), [3, 4, 5, 9])).toEqual([
      d(2026, 4, 14),
      d(2026, 3, 15),
      0,
      "Notice window",
    ]);
    expect(cells(host, c, rowOf(host, c, "K3"), [5])).toEqual([47]); // 2026-05-01 - 2026-03-15
    const p = "Compliance";
    expect(cells(host, p, rowOf(host, p, "Alma"), [3, 6, 7])).toEqual(["BLS/CPR", -14, "Expired"]);
    expect(cells(host, p, rowOf(host, p, "Beth"), [3, 6])).toEqual(["HIPAA Privacy", 17]);
    expect(cells(host, p, rowOf(host, p, "R1"), [5, 7])).toEqual([-12, "Overdue"]); // due 2026-03-03
  });

  it("Marketing: the channel not in the list shows as typed, its text amounts count", () => {
    const s = "Marketing";
    expect(cells(host, s, rowOf(host, s, "Mailer"), [1, 2, 3, 5, 6])).toEqual([
      "CMP3",
      "Mail",
      d(2026, 3, 1),
      200,
      50,
    ]);
    expect(cells(host, s, rowOf(host, s, "Spring Ads"), [2, 9])).toEqual(["Search Ads", 430]);
  });

  it("Validation flags exactly what the summaries used out of rule or could not use", async () => {
    const { report } = await validateWorkbook(host.run, { asOf: AS_OF, marks: false });
    const at = (table: TableName, rule: string) =>
      report.findings
        .filter((f) => f.table === table && f.ruleId === rule)
        .map((f) => `${f.header}#${f.rowIndex}`);
    expect(at("Inventory", "cell.min")).toEqual(["On Hand#6"]);
    expect(at("Inventory", "cell.type")).toEqual(["On Hand#7"]);
    expect(at("Campaigns", "cell.list")).toEqual(["Channel#2"]);
    // Every date and amount typed as text is a warning (Excel's own SUMIFS would skip it); still counted.
    expect(at("Expenses", "cell.text-value")).toEqual([
      "Date#0",
      "Amount#0",
      "Date#1",
      "Amount#1",
      "Date#2",
      "Amount#2",
      "Date#3",
      "Amount#3",
    ]);
    const textDate = report.findings.find(
      (f) => f.table === "Expenses" && f.rowIndex === 3 && f.header === "Date",
    );
    expect(textDate?.severity).toBe("warning");
    expect(textDate?.message).toContain('"2026-02-12" is a date stored as text');
  });
});
