/** Productivity: per provider and month, cost per wRVU and payer mix (MGMA-style benchmarks). */
import type { TableName } from "../../catalog";
import { cellRef } from "../a1";
import { DEFINITIONS as D } from "../definitions";
import type { Breathe } from "../../slices";
import {
  computeProductivity,
  computeProductivityInSteps,
  PRODUCTIVITY_MONTHS,
  totalOf,
  type MonthFigures,
  type ProductivityFigures,
} from "../figures/productivity";
import { formula, ratio, shareOf, sumCells } from "../formulas";
import type { SummaryInput } from "../inputs";
import type { SheetModel } from "../model";
import type { SheetBuilder, TableColumn } from "../builder";
import { startSheet } from "./common";

export const PRODUCTIVITY = {
  id: "productivity",
  name: "Productivity",
  title: "Provider Productivity",
} as const;
export const PRODUCTIVITY_TABLES: readonly TableName[] = [
  "Providers",
  "Appointments",
  "Payers",
  "Claims",
  "ClaimLines",
  "Payments",
  "Expenses",
  "RVU",
];

/** Columns shared by the per-provider and per-month tables, after their label columns. */
const FIGURE_COLUMNS: readonly TableColumn[] = [
  { header: "Visits", format: "integer" },
  { header: "New Patients", format: "integer" },
  { header: "Charges", format: "currency", width: 13 },
  { header: "Work RVUs", format: "decimal" },
  { header: "Collections", format: "currency", width: 13 },
  { header: "Collections per Visit", format: "currency" },
  { header: "Collections per wRVU", format: "currency" },
];

/** Figures then the two ratios, as formulas on the row (labels take `at` columns first). */
function figureCells(
  f: MonthFigures | null,
  row: number,
  at: number,
): (number | null | { formula: string })[] {
  const visits = { row, col: at };
  const wrvu = { row, col: at + 3 };
  const collections = { row, col: at + 4 };
  return [
    f?.visits ?? null,
    f?.newPatients ?? null,
    f?.charges ?? null,
    f?.wrvu ?? null,
    f?.collections ?? null,
    ratio(collections, visits),
    ratio(collections, wrvu),
  ];
}

function totals(months: readonly MonthFigures[]): MonthFigures {
  return {
    visits: totalOf(months, "visits"),
    newPatients: totalOf(months, "newPatients"),
    charges: totalOf(months, "charges"),
    wrvu: totalOf(months, "wrvu"),
    collections: totalOf(months, "collections"),
  };
}

export function productivitySheet(input: SummaryInput): SheetModel {
  return layoutProductivity(input, computeProductivity(input));
}

/** productivitySheet with the figures computed in steps, breathing between them. */
export async function productivitySheetInSteps(input: SummaryInput, breathe: Breathe): Promise<SheetModel> {
  return layoutProductivity(input, await computeProductivityInSteps(input, breathe));
}

export function layoutProductivity(input: SummaryInput, f: ProductivityFigures): SheetModel {
  const b = startSheet(PRODUCTIVITY, input, PRODUCTIVITY_TABLES);
  if (f.rvuYears.length === 0) {
    b.line(
      ["The RVU table is empty: Work RVUs show 0. Use Import RVU file in the pane (CMS's PPRRVU file)."],
      "warning",
    );
  }
  const providerTable = byProvider(b, f);
  byProviderAndMonth(b, f);
  costPerWrvu(b, f);
  const mix = payerMix(b, f);
  gapNotes(b, f);
  charts(b, providerTable, mix);
  return b.build();
}

interface Placed {
  readonly firstRow: number;
  readonly rows: number;
}

function byProvider(b: SheetBuilder, f: ProductivityFigures): Placed {
  b.section(`By provider, last ${PRODUCTIVITY_MONTHS} months (this month to date)`);
  const t = b.table([
    { header: "Provider ID", format: "text" },
    { header: "Name", width: 22 },
    ...FIGURE_COLUMNS,
  ]);
  for (const p of f.providers) t.add([p.providerId, p.name, ...figureCells(totals(p.months), t.nextRow, 2)]);
  const unattributed = f.unattributed.reduce((a, v) => a + v, 0);
  const rows = f.providers.length;
  if (unattributed !== 0) {
    t.add([
      "Not attributed",
      "payments with no known claim",
      null,
      null,
      null,
      null,
      unattributed,
      null,
      null,
    ]);
  }
  const n = t.rowCount;
  const s = t.nextRow;
  t.add(
    [
      "Practice",
      null,
      ...[0, 1, 2, 3, 4].map((i) => sumCells(t.firstRow, 2 + i, n)),
      ratio({ row: s, col: 6 }, { row: s, col: 2 }),
      ratio({ row: s, col: 6 }, { row: s, col: 5 }),
    ],
    "total",
  );
  t.end();
  b.note(`Visits: ${D.visitsCompleted} New Patients: ${D.newPatients}`);
  b.note(D.workRvus);
  b.note(D.collectionsByProvider);
  return { firstRow: t.firstRow, rows };
}

function byProviderAndMonth(b: SheetBuilder, f: ProductivityFigures): void {
  b.section("By provider and month");
  const t = b.table([
    { header: "Provider ID", format: "text" },
    { header: "Month", format: "month" },
    ...FIGURE_COLUMNS,
  ]);
  for (const p of f.providers) {
    p.months.forEach((m, i) => {
      if (Object.values(m).every((v) => v === 0)) return;
      t.add([p.providerId, f.months[i] ?? null, ...figureCells(m, t.nextRow, 2)]);
    });
  }
  if (t.rowCount === 0) t.add(["No visits, charges or collections in the period"], "note");
  t.end();
}

function costPerWrvu(b: SheetBuilder, f: ProductivityFigures): void {
  b.section("Practice: total operating cost per wRVU");
  const t = b.table([
    { header: "Month", format: "month" },
    { header: "Work RVUs", format: "decimal" },
    { header: "Operating Expenses", format: "currency", width: 14 },
    { header: "Cost per wRVU", format: "currency" },
  ]);
  f.months.forEach((month, i) => {
    const wrvu = f.providers.reduce((sum, p) => sum + (p.months[i]?.wrvu ?? 0), 0);
    const r = t.nextRow;
    t.add([month, wrvu, f.expenses[i] ?? 0, ratio({ row: r, col: 2 }, { row: r, col: 1 })]);
  });
  const n = t.rowCount;
  const s = t.nextRow;
  t.add(
    [
      "Last 12 months",
      sumCells(t.firstRow, 1, n),
      sumCells(t.firstRow, 2, n),
      ratio({ row: s, col: 2 }, { row: s, col: 1 }),
    ],
    "total",
  );
  t.end();
  b.note(D.costPerWrvu);
}

function payerMix(b: SheetBuilder, f: ProductivityFigures): Placed {
  b.section(`Payer mix, last ${PRODUCTIVITY_MONTHS} months`);
  const t = b.table([
    { header: "Payer Type", width: 20 },
    { header: "Visits", format: "integer" },
    { header: "% of Visits", format: "percent" },
    { header: "Charges", format: "currency", width: 13 },
    { header: "% of Charges", format: "percent" },
    { header: "Collections", format: "currency", width: 13 },
    { header: "% of Collections", format: "percent" },
  ]);
  const total = t.firstRow + f.payerMix.length;
  for (const m of f.payerMix) {
    const r = t.nextRow;
    const share = (col: number) => shareOf({ row: r, col }, { row: total, col });
    t.add([m.payerType, m.visits, share(1), m.charges, share(3), m.collections, share(5)]);
  }
  const n = f.payerMix.length;
  const s = t.add(
    [
      "All payers",
      sumCells(t.firstRow, 1, n),
      null,
      sumCells(t.firstRow, 3, n),
      null,
      sumCells(t.firstRow, 5, n),
      null,
    ],
    "total",
  );
  if (s !== total) throw new Error("Productivity layout: payer mix total row moved"); // shares refer to it
  t.end();
  b.note(D.payerMix);
  return { firstRow: t.firstRow, rows: n };
}

/** "1 claim line", "2,400 claim lines". */
function counted(n: number, noun: string): string {
  return `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
}

function gapNotes(b: SheetBuilder, f: ProductivityFigures): void {
  const g = f.gaps;
  if (g.linesWithoutRvu > 0) {
    const codes = [...g.missingCodes.entries()]
      .sort((a, c) => c[1] - a[1])
      .slice(0, 8)
      .map(([code, count]) => `${code} x${count}`)
      .join(", ");
    const more = g.missingCodes.size > 8 ? `, and ${g.missingCodes.size - 8} more codes` : "";
    b.line(
      [
        `${counted(g.linesWithoutRvu, "claim line")} left out of Work RVUs (no RVU for the service year): ${codes}${more}. Import that year's RVU file or add the rows to the RVU table.`,
      ],
      "warning",
    );
  }
  if (g.linesWithoutClaim > 0) {
    b.line(
      [
        `${counted(g.linesWithoutClaim, "claim line")} left out: the Claim ID is not in Claims (see Validation).`,
      ],
      "warning",
    );
  }
  if (g.paymentsWithoutProvider > 0) {
    b.note(
      `${counted(g.paymentsWithoutProvider, "payment")} (${g.amountWithoutProvider.toLocaleString("en-US", { style: "currency", currency: "USD" })}) with no claim in Claims: counted in Collections as "Not attributed" and under their payer's type.`,
    );
  }
}

function charts(b: SheetBuilder, providers: Placed, mix: Placed): void {
  if (providers.rows > 0) {
    b.section("Work RVUs by provider (chart data)");
    const c = b.table([
      { header: "Provider ID", format: "text" },
      { header: "Work RVUs", format: "decimal" },
    ]);
    for (let i = 0; i < providers.rows; i++) {
      const row = providers.firstRow + i;
      c.add([formula(`=${cellRef(row, 0)}`), formula(`=${cellRef(row, 5)}`)]);
    }
    c.end();
    b.chart({
      kind: "BarClustered",
      title: "Work RVUs by provider, last 12 months",
      source: { row: c.headerRow, col: 0, rows: providers.rows + 1, cols: 2 },
      seriesBy: "Columns",
      placement: { row: c.headerRow, col: 3, rows: Math.max(12, providers.rows + 4), cols: 6 },
    });
  }
  if (mix.rows > 0) {
    b.section("Payer mix (chart data)");
    const c = b.table([
      { header: "Payer Type" },
      { header: "Visits", format: "percent" },
      { header: "Charges", format: "percent" },
      { header: "Collections", format: "percent" },
    ]);
    for (let i = 0; i < mix.rows; i++) {
      const row = mix.firstRow + i;
      c.add(
        [2, 4, 6].reduce<(string | { formula: string })[]>(
          (cells, col) => [...cells, formula(`=${cellRef(row, col)}`)],
          [formula(`=${cellRef(row, 0)}`)],
        ),
      );
    }
    c.end();
    b.chart({
      kind: "ColumnClustered",
      title: "Payer mix: share of visits, charges and collections",
      source: { row: c.headerRow, col: 0, rows: mix.rows + 1, cols: 4 },
      seriesBy: "Columns",
      placement: { row: c.headerRow, col: 5, rows: 15, cols: 7 },
    });
  }
}
