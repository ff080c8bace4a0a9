/** A/R Aging: payer x age bucket (Due Insurance), Due Patient, totals and shares, oldest claims, chart. */
import type { TableName } from "../../catalog";
import { cellRef, rangeRef } from "../a1";
import { DEFINITIONS as D } from "../definitions";
import { computeAging, NO_PAYER, OLDEST_CLAIMS, type AgingFigures } from "../figures/aging";
import { formula, ratio, sumCells } from "../formulas";
import type { SummaryInput } from "../inputs";
import { textKey } from "../inputs";
import type { ModelCell, SheetModel } from "../model";
import { bucketIndex } from "../../metrics/aging";
import { startSheet } from "./common";

export const AR_AGING = { id: "arAging", name: "AR Aging", title: "Accounts Receivable Aging" } as const;
export const AR_AGING_TABLES: readonly TableName[] = ["Claims", "Payments", "Payers"];

export function arAgingSheet(input: SummaryInput): SheetModel {
  return layoutAging(input, computeAging(input));
}

export function layoutAging(input: SummaryInput, f: AgingFigures): SheetModel {
  const b = startSheet(AR_AGING, input, AR_AGING_TABLES);
  const n = f.labels.length;
  const totalCol = 1 + n;

  b.section("A/R by payer and age (days since service)");
  const t = b.table([
    { header: "Payer", width: 28 },
    ...f.labels.map((l) => ({ header: l, format: "currency" as const, width: 13 })),
    { header: "Total", format: "currency", width: 14 },
    { header: "Share of A/R", format: "percent", width: 12 },
  ]);
  const rowTotal = (row: number): ModelCell => sumCells(row, 1, 1, n);
  // The grand total row is known only after the payer rows; shares refer to it absolutely.
  const grandRow = t.firstRow + f.payers.length + 2 + (f.payers.length === 0 ? 1 : 0);
  const share = (row: number): ModelCell =>
    ratio({ row, col: totalCol }, { row: grandRow, col: totalCol, absolute: true });
  for (const p of f.payers) {
    const r = t.nextRow;
    t.add([p.payer, ...p.buckets, rowTotal(r), share(r)]);
  }
  if (f.payers.length === 0)
    t.add(["No open insurance balances", ...f.labels.map(() => null), null, null], "note");
  const insuranceRow = t.nextRow;
  const payerRows = f.payers.length;
  t.add(
    [
      "Due Insurance",
      ...f.labels.map((_, i) => sumCells(t.firstRow, 1 + i, payerRows)),
      rowTotal(insuranceRow),
      share(insuranceRow),
    ],
    "subtotal",
  );
  const patientRow = t.nextRow;
  t.add(["Due Patient", ...f.duePatient, rowTotal(patientRow), share(patientRow)], "subtotal");
  const totalRow = t.add(
    [
      "Total A/R",
      ...f.labels.map((_, i) => formula(`=${cellRef(insuranceRow, 1 + i)}+${cellRef(patientRow, 1 + i)}`)),
      rowTotal(grandRow),
      share(grandRow),
    ],
    "total",
  );
  if (totalRow !== grandRow) throw new Error("A/R Aging layout: total row moved"); // shares refer to it
  const shareRow = t.add(
    [
      "Share of A/R",
      ...f.labels.map((_, i) =>
        ratio({ row: totalRow, col: 1 + i }, { row: totalRow, col: totalCol, absolute: true }),
      ),
      ratio({ row: totalRow, col: totalCol }, { row: totalRow, col: totalCol, absolute: true }),
      null,
    ],
    "subtotal",
  );
  t.end();
  b.format({ row: shareRow, col: 1, rows: 1, cols: n + 1 }, "percent");
  b.note(D.aging);
  b.note(D.duePatient);
  b.note(D.arTotal);

  b.section("A/R by bucket (chart data)");
  const chartTable = b.table([{ header: "Bucket" }, { header: "A/R", format: "currency" }]);
  for (let i = 0; i < n; i++) chartTable.add([f.labels[i] ?? "", formula(`=${cellRef(totalRow, 1 + i)}`)]);
  chartTable.end();
  b.chart({
    kind: "ColumnClustered",
    title: "A/R by age bucket",
    source: { row: chartTable.headerRow, col: 0, rows: n + 1, cols: 2 },
    seriesBy: "Columns",
    placement: { row: chartTable.headerRow, col: 3, rows: 15, cols: 6 },
  });

  b.section(`The ${OLDEST_CLAIMS} oldest open claims`);
  const o = b.table([
    { header: "Claim ID", format: "text", width: 14 },
    { header: "Patient Ref", format: "text" },
    { header: "Payer" },
    { header: "Provider ID", format: "text" },
    { header: "Service Date", format: "date" },
    { header: "Age (days)", format: "integer" },
    { header: "Bucket" },
    { header: "Status" },
    { header: "Due Insurance", format: "currency" },
    { header: "Due Patient", format: "currency" },
    { header: "Open Balance", format: "currency" },
    { header: "Last Activity", format: "date" },
  ]);
  for (const c of f.oldest) {
    const r = o.nextRow;
    o.add([
      c.claim.claimId,
      c.claim.patientRef,
      c.claim.payerId === null ? NO_PAYER : (f.payerNames.get(textKey(c.claim.payerId)) ?? c.claim.payerId),
      c.claim.providerId,
      c.serviceDate,
      c.ageDays,
      f.labels[bucketIndex(c.ageDays, input.bucketDays)] ?? "",
      c.claim.status,
      c.dueInsurance,
      c.duePatient,
      formula(`=${rangeRef(r, 8, 1, 1)}+${rangeRef(r, 9, 1, 1)}`),
      c.claim.lastActivity,
    ]);
  }
  if (f.oldest.length === 0) o.add(["No open claims"], "note");
  o.end();
  b.note(`${f.openCount.toLocaleString("en-US")} open claims in all.`);
  return b.build();
}
