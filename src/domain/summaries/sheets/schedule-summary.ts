/** Schedule Summary: provider x week capacity and outcomes, the next 7 days' load, no-show chart. */
import type { TableName } from "../../catalog";
import { isoFromSerial, weekdayOfSerial } from "../../dates/excel-dates";
import { WEEKDAYS } from "../../catalog/lists";
import { cellRef } from "../a1";
import { DEFINITIONS as D } from "../definitions";
import { computeScheduleSummary, SUMMARY_WEEKS, type ScheduleFigures } from "../figures/schedule-summary";
import { formula, ratio, sumCells, sumOfRefs } from "../formulas";
import type { SummaryInput } from "../inputs";
import type { ModelCell, SheetModel } from "../model";
import { startSheet } from "./common";
import { layoutFrontDesk } from "./front-desk-kpis";

export const SCHEDULE_SUMMARY = {
  id: "scheduleSummary",
  name: "Schedule Summary",
  title: "Schedule Summary",
} as const;
export const SCHEDULE_TABLES: readonly TableName[] = ["Providers", "Appointments"];

const hours = (minutes: number): number => Math.round((minutes / 60) * 100) / 100;

export function scheduleSummarySheet(input: SummaryInput): SheetModel {
  return layoutSchedule(input, computeScheduleSummary(input));
}

export function layoutSchedule(input: SummaryInput, f: ScheduleFigures): SheetModel {
  const b = startSheet(SCHEDULE_SUMMARY, input, SCHEDULE_TABLES);

  b.section(`By provider and week (last ${SUMMARY_WEEKS} weeks, Monday to Sunday)`);
  const t = b.table([
    { header: "Provider", width: 24 },
    { header: "Week of", format: "date", width: 12 },
    { header: "Available hours", format: "decimal", width: 11 },
    { header: "Booked hours", format: "decimal", width: 11 },
    { header: "Utilization", format: "percent", width: 11 },
    { header: "Came due", format: "integer", width: 10 },
    { header: "Completed", format: "integer", width: 10 },
    { header: "No-shows", format: "integer", width: 10 },
    { header: "No-show rate", format: "percent", width: 11 },
  ]);
  const rates = (r: number): ModelCell[] => [ratio({ row: r, col: 3 }, { row: r, col: 2 })];
  const subtotals: { name: string; row: number }[] = [];
  for (const p of f.providers) {
    const first = t.nextRow;
    for (const w of p.weeks) {
      const r = t.nextRow;
      t.add([
        p.name,
        w.weekStart,
        hours(w.availableMinutes),
        hours(w.bookedMinutes),
        ...rates(r),
        w.cameDue,
        w.completed,
        w.noShows,
        ratio({ row: r, col: 7 }, { row: r, col: 5 }),
      ]);
    }
    const s = t.nextRow;
    const sum = (col: number) => sumCells(first, col, p.weeks.length);
    t.add(
      [
        `${p.name} total`,
        null,
        sum(2),
        sum(3),
        ...rates(s),
        sum(5),
        sum(6),
        sum(7),
        ratio({ row: s, col: 7 }, { row: s, col: 5 }),
      ],
      "subtotal",
    );
    subtotals.push({ name: p.name, row: s });
  }
  if (f.providers.length === 0) t.add(["No active providers or appointments"], "note");
  const g = t.nextRow;
  const total = (col: number) => sumOfRefs(subtotals.map((s) => ({ row: s.row, col })));
  t.add(
    [
      "All providers",
      null,
      total(2),
      total(3),
      ...rates(g),
      total(5),
      total(6),
      total(7),
      ratio({ row: g, col: 7 }, { row: g, col: 5 }),
    ],
    "total",
  );
  t.end();
  b.note(`Utilization: ${D.utilization}`);
  b.note(`No-show rate: ${D.noShowRate} Outcomes count up to today; booked hours include future bookings.`);

  b.section("No-show rate by provider (chart data)");
  const c = b.table([{ header: "Provider" }, { header: "No-show rate", format: "percent" }]);
  for (const s of subtotals) c.add([s.name, formula(`=${cellRef(s.row, 8)}`)]);
  c.end();
  if (subtotals.length > 0) {
    b.chart({
      kind: "BarClustered",
      title: `No-show rate by provider (last ${SUMMARY_WEEKS} weeks)`,
      source: { row: c.headerRow, col: 0, rows: subtotals.length + 1, cols: 2 },
      seriesBy: "Columns",
      placement: { row: c.headerRow, col: 3, rows: Math.max(12, subtotals.length + 4), cols: 6 },
    });
  }

  const dayHeader = (day: number) => `${WEEKDAYS[weekdayOfSerial(day)] ?? ""} ${isoFromSerial(day).slice(5)}`;
  b.section("Next 7 days: booked appointments");
  const n = b.table([
    { header: "Provider" },
    ...f.days.map((d) => ({ header: dayHeader(d), format: "integer" as const })),
    { header: "Total", format: "integer" },
  ]);
  for (const p of f.providers) {
    const r = n.nextRow;
    n.add([p.name, ...p.next7.map((d) => d.appointments), sumCells(r, 1, 1, f.days.length)]);
  }
  const providerRows = f.providers.length;
  if (providerRows === 0) n.add(["No active providers"], "note");
  else {
    n.add(
      [
        "All providers",
        ...f.days.map((_, i) => sumCells(n.firstRow, 1 + i, providerRows)),
        sumCells(n.nextRow, 1, 1, f.days.length),
      ],
      "total",
    );
  }
  n.end();

  b.section("Next 7 days: booked hours / available hours");
  const u = b.table([
    { header: "Provider" },
    ...f.days.map((d) => ({ header: dayHeader(d), format: "percent" as const })),
  ]);
  const load = (days: readonly { bookedMinutes: number; availableMinutes: number }[]): ModelCell[] =>
    days.map((d) =>
      d.availableMinutes === 0
        ? d.bookedMinutes > 0
          ? "off, booked"
          : "off"
        : d.bookedMinutes / d.availableMinutes,
    );
  for (const p of f.providers) {
    const r = u.add([p.name, ...load(p.next7)]);
    p.next7.forEach((d, i) => {
      if (d.availableMinutes === 0) b.style({ row: r, col: 1 + i, rows: 1, cols: 1 }, "muted");
    });
  }
  if (providerRows > 0) {
    const practice = f.days.map((_, i) => ({
      bookedMinutes: f.providers.reduce((t, p) => t + (p.next7[i]?.bookedMinutes ?? 0), 0),
      availableMinutes: f.providers.reduce((t, p) => t + (p.next7[i]?.availableMinutes ?? 0), 0),
    }));
    const r = u.add(["All providers", ...load(practice)], "total");
    practice.forEach((d, i) => {
      if (d.availableMinutes === 0) b.style({ row: r, col: 1 + i, rows: 1, cols: 1 }, "muted");
    });
  }
  u.end();
  b.note('"off": not a work day for the provider (Providers Work Days).');
  layoutFrontDesk(b, input);
  return b.build();
}
