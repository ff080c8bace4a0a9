/** Marketing: per campaign spend vs budget, new patients it brought, cost per new patient. */
import type { TableName } from "../../catalog";
import { campaignMatcher, newPatients, type CampaignRow } from "../figures/new-patients";
import { cellRef } from "../a1";
import { ratio, sumCells } from "../formulas";
import { ATTENTION } from "../style";
import type { SummaryInput } from "../inputs";
import { rowsOf, textKey } from "../inputs";
import type { SheetModel } from "../model";
import { startSheet } from "./common";

export const MARKETING = { id: "marketing", name: "Marketing", title: "Marketing" } as const;
export const MARKETING_TABLES: readonly TableName[] = ["Campaigns", "Appointments"];

export interface CampaignFigures {
  readonly campaign: CampaignRow;
  /** New patients whose Referral Source names the campaign (all dates). */
  readonly newPatients: number;
}

export function computeMarketing(input: SummaryInput): CampaignFigures[] {
  const campaigns = rowsOf(input.tables, "Campaigns");
  const match = campaignMatcher(campaigns);
  const counts = new Map<CampaignRow, number>();
  for (const n of newPatients(rowsOf(input.tables, "Appointments"))) {
    const c = match(n.source);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return campaigns
    .filter((c) => c.campaignId !== null || c.name !== null)
    .map((c) => ({ campaign: c, newPatients: counts.get(c) ?? 0 }))
    .sort(
      (a, b) =>
        (a.campaign.startDate ?? 0) - (b.campaign.startDate ?? 0) ||
        textKey(a.campaign.name).localeCompare(textKey(b.campaign.name)),
    );
}

export function marketingSheet(input: SummaryInput): SheetModel {
  return layoutMarketing(input, computeMarketing(input));
}

export function layoutMarketing(input: SummaryInput, list: readonly CampaignFigures[]): SheetModel {
  const b = startSheet(MARKETING, input, MARKETING_TABLES);
  b.section("Campaigns: spend vs budget and new patients");
  const t = b.table([
    { header: "Campaign", width: 26 },
    { header: "Campaign ID", format: "text", width: 11 },
    { header: "Channel", width: 15 },
    { header: "Start Date", format: "date", width: 12 },
    { header: "End Date", format: "date", width: 12 },
    { header: "Budget", format: "currency", width: 12 },
    { header: "Spend", format: "currency", width: 12 },
    { header: "Spend vs Budget", format: "percent", width: 11 },
    { header: "New Patients", format: "integer", width: 10 },
    { header: "Cost per New Patient", format: "currency", width: 13 },
  ]);
  const derived = (r: number) => [ratio({ row: r, col: 6 }, { row: r, col: 5 })];
  for (const c of list) {
    const r = t.nextRow;
    t.add([
      c.campaign.name,
      c.campaign.campaignId,
      c.campaign.channel,
      c.campaign.startDate,
      c.campaign.endDate,
      c.campaign.budget,
      c.campaign.spend,
      ...derived(r),
      c.newPatients,
      ratio({ row: r, col: 6 }, { row: r, col: 8 }),
    ]);
  }
  if (list.length === 0) t.add(["No campaigns"], "note");
  const s = t.nextRow;
  const n = list.length;
  t.add(
    [
      "All campaigns",
      null,
      null,
      null,
      null,
      sumCells(t.firstRow, 5, n),
      sumCells(t.firstRow, 6, n),
      ...derived(s),
      sumCells(t.firstRow, 8, n),
      ratio({ row: s, col: 6 }, { row: s, col: 8 }),
    ],
    "total",
  );
  t.end();
  if (list.length > 0) {
    const spendVsBudget = cellRef(t.firstRow, 7);
    b.conditionalFormat({
      rect: { row: t.firstRow, col: 7, rows: t.rowCount, cols: 1 },
      formula: `=AND(ISNUMBER(${spendVsBudget}),${spendVsBudget}>1)`,
      ...ATTENTION,
      meaning: "over budget",
    });
  }
  b.note(
    "New Patients: patients whose first kept New Patient appointment (any date) has the campaign's Name or Campaign ID as Referral Source.",
  );
  b.note(
    "Cost per New Patient = Spend / New Patients (blank when none). Spend vs Budget = Spend / Budget; over 100% is highlighted.",
  );
  return b.build();
}
