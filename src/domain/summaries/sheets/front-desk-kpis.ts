/** The front-desk part of the Schedule Summary (see figures/front-desk.ts for what each figure counts). */
import { WEEKDAYS } from "../../catalog/lists";
import type { SheetBuilder } from "../builder";
import { DEFINITIONS as D } from "../definitions";
import { computeFrontDesk } from "../figures/front-desk";
import { formula, ratio, sumCells } from "../formulas";
import { cellRef } from "../a1";
import type { SummaryInput } from "../inputs";

export function layoutFrontDesk(b: SheetBuilder, input: SummaryInput): void {
  const f = computeFrontDesk(input);
  b.section("Front desk: collection at the visit, wait and cycle times (same weeks, up to today)");
  const t = b.table([
    { header: "Provider", width: 24 },
    { header: "Copays due", format: "currency" },
    { header: "Copays collected", format: "currency" },
    { header: "POS collection rate", format: "percent" },
    { header: "Visits timed (wait)", format: "integer" },
    { header: "Wait minutes", format: "integer" },
    { header: "Average wait (min)", format: "decimal" },
    { header: "Visits timed (cycle)", format: "integer" },
    { header: "Cycle minutes", format: "integer" },
    { header: "Average cycle (min)", format: "decimal" },
  ]);
  const avg = (r: number, total: number, count: number) =>
    formula(`=IF(${cellRef(r, count)}=0,"",${cellRef(r, total)}/${cellRef(r, count)})`);
  for (const p of f.providers) {
    const r = t.nextRow;
    t.add([
      p.name,
      p.copayDue,
      p.copayCollected,
      ratio({ row: r, col: 2 }, { row: r, col: 1 }),
      p.waitVisits,
      p.waitMinutes,
      avg(r, 5, 4),
      p.cycleVisits,
      p.cycleMinutes,
      avg(r, 8, 7),
    ]);
  }
  const n = f.providers.length;
  if (n === 0) t.add(["No kept visits in these weeks"], "note");
  const g = t.nextRow;
  const sum = (col: number) => sumCells(t.firstRow, col, n);
  t.add(
    [
      "All providers",
      sum(1),
      sum(2),
      ratio({ row: g, col: 2 }, { row: g, col: 1 }),
      sum(4),
      sum(5),
      avg(g, 5, 4),
      sum(7),
      sum(8),
      avg(g, 8, 7),
    ],
    "total",
  );
  t.end();
  b.note(`POS collection rate: ${D.posCollection}`);
  b.note(`Wait and cycle: ${D.waitAndCycle}`);
  const outOfOrder = f.providers.reduce((s, p) => s + p.timesOutOfOrder, 0);
  if (outOfOrder > 0)
    b.note(`${outOfOrder} visit(s) with times out of order are left out of the averages (see Validation).`);

  // No-shows by weekday and hour: only the hours that had appointments' no-shows, to stay printable.
  const hours = [...new Set(f.noShows.flatMap((row) => row.flatMap((c, h) => (c > 0 ? [h] : []))))].sort(
    (a, b) => a - b,
  );
  b.section("No-shows by weekday and hour (same weeks, up to today)");
  const label = (h: number) => `${h % 12 === 0 ? 12 : h % 12} ${h < 12 ? "AM" : "PM"}`;
  const w = b.table([
    { header: "Weekday" },
    ...hours.map((h) => ({ header: label(h), format: "integer" as const })),
    { header: "Total", format: "integer" },
  ]);
  for (let d = 0; d < 7; d++) {
    const row = f.noShows[(d + 1) % 7] ?? []; // Monday first
    const r = w.nextRow;
    w.add([WEEKDAYS[(d + 1) % 7] ?? "", ...hours.map((h) => row[h] ?? 0), sumCells(r, 1, 1, hours.length)]);
  }
  w.add(
    [
      "All days",
      ...hours.map((_, i) => sumCells(w.firstRow, 1 + i, 7)),
      sumCells(w.firstRow, 1 + hours.length, 7),
    ],
    "total",
  );
  w.end();
}
