import { CATALOG, type CellValue } from "../../../src/domain/catalog";
import { computeFrontDesk } from "../../../src/domain/summaries/figures/front-desk";
import { withTables, type SummaryTables } from "../../../src/domain/summaries/inputs";
import { scheduleSummarySheet } from "../../../src/domain/summaries/sheets/schedule-summary";
import { createTableData } from "../../../src/excel/table-io/table-data";

const MON = 46097; // 2026-03-16
const t = (h: number, m = 0) => (h * 60 + m) / 1440;
const HEADERS = [
  "Date",
  "Start",
  "Duration (min)",
  "Provider ID",
  "Patient Ref",
  "Status",
  "Checked In",
  "Roomed",
  "Checked Out",
  "Copay Due",
  "Copay Collected",
];

function tables(rows: CellValue[][]): SummaryTables {
  const typed = (name: "Providers" | "Appointments", headers: string[], data: CellValue[][]) =>
    createTableData({ name, sheet: name, headers, rows: data, firstRow: 1, firstColumn: 0 }).typedRows(
      CATALOG[name],
    );
  return withTables({
    Providers: typed(
      "Providers",
      ["Provider ID", "Name", "Active"],
      [
        ["P001", "Dr. Ada Park", "Yes"],
        ["P002", "Dr. Ben Cole", "Yes"],
      ],
    ),
    Appointments: typed("Appointments", HEADERS, rows),
  });
}

// Hand-computed: P001 waits 10 + 20 = 30 min over 2 visits (15), cycles 45 + 50 = 95 over 2 (47.5);
// copays due 20 + 30 + 10 = 60, collected 20 + 0 + 10 = 30 (50%). P002's only visit has its times reversed.
const ROWS: CellValue[][] = [
  [MON - 7, t(9), 30, "P001", "M1", "Completed", t(8, 55), t(9, 5), t(9, 40), 20, 20],
  [MON - 6, t(9), 30, "P001", "M2", "Completed", t(9), t(9, 20), t(9, 50), 30, 0],
  [MON, t(11, 45), 30, "P001", "M3", "Arrived", t(11, 50), "", "", 10, 10],
  [MON - 2, t(10), 30, "P002", "M4", "Completed", t(10), t(9, 50), "", "", ""],
  [MON - 7, t(9, 30), 15, "P002", "M5", "No Show", "", "", "", 25, ""],
  [MON - 5, t(14, 30), 15, "P001", "M6", "No Show", "", "", "", "", ""],
  [MON + 1, t(9), 15, "P001", "M7", "No Show", "", "", "", "", ""], // future: not counted
  [MON - 200, t(9), 15, "P001", "M8", "Completed", t(9), t(10), t(11), 99, 0], // before the 13 weeks
];

describe("front-desk KPIs on the Schedule Summary", () => {
  test("collection at the visit, wait and cycle times per provider; no-shows by weekday and hour", () => {
    const f = computeFrontDesk({ tables: tables(ROWS), asOf: MON + 0.5, bucketDays: [30, 60, 90, 120] });
    expect(f.providers).toEqual([
      {
        providerId: "P001",
        name: "Dr. Ada Park",
        copayDue: 60,
        copayCollected: 30,
        waitVisits: 2,
        waitMinutes: 30,
        cycleVisits: 2,
        cycleMinutes: 95,
        timesOutOfOrder: 0,
      },
      {
        providerId: "P002",
        name: "Dr. Ben Cole",
        copayDue: 0,
        copayCollected: 0,
        waitVisits: 0,
        waitMinutes: 0,
        cycleVisits: 0,
        cycleMinutes: 0,
        timesOutOfOrder: 1,
      },
    ]);
    expect(f.noShows[1]?.[9]).toBe(1); // Monday 9 AM
    expect(f.noShows[3]?.[14]).toBe(1); // Wednesday 2 PM
    expect(f.noShows.flat().reduce((a, b) => a + b, 0)).toBe(2);
  });

  test("the sheet shows them with native formulas for the rates and averages", () => {
    const model = scheduleSummarySheet({
      tables: tables(ROWS),
      asOf: MON + 0.5,
      bucketDays: [30, 60, 90, 120],
    });
    const rows = model.cells.map((r) => r.map((c) => (typeof c === "object" && c !== null ? c.formula : c)));
    const ada = rows.findIndex((r) => r[0] === "Dr. Ada Park" && r[1] === 60);
    expect(ada).toBeGreaterThan(0);
    const n = ada + 1; // sheet row number
    expect(rows[ada]).toEqual([
      "Dr. Ada Park",
      60,
      30,
      `=IF(B${n}=0,"",C${n}/B${n})`,
      2,
      30,
      `=IF(E${n}=0,"",F${n}/E${n})`,
      2,
      95,
      `=IF(H${n}=0,"",I${n}/H${n})`,
    ]);
    expect(rows.some((r) => String(r[0]).startsWith("1 visit(s) with times out of order"))).toBe(true);
    const weekdays = rows.findIndex((r) => r[0] === "Weekday");
    expect(rows[weekdays]?.slice(0, 4)).toEqual(["Weekday", "9 AM", "2 PM", "Total"]);
    expect(rows[weekdays + 1]?.slice(0, 3)).toEqual(["Mon", 1, 0]);
    expect(rows[weekdays + 3]?.slice(0, 3)).toEqual(["Wed", 0, 1]);
  });
});
