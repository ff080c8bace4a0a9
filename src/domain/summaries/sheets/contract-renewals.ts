/** Contract Renewals: live contracts ending within 180 days, soonest notice date first. */
import type { TableName } from "../../catalog";
import { columnLetter } from "../a1";
import { renewals, RENEWAL_HORIZON_DAYS, type Renewal } from "../figures/contracts";
import { sumCells } from "../formulas";
import type { SummaryInput } from "../inputs";
import { rowsOf } from "../inputs";
import type { SheetModel } from "../model";
import { ATTENTION } from "../style";
import { startSheet } from "./common";

export const CONTRACT_RENEWALS = {
  id: "contractRenewals",
  name: "Contract Renewals",
  title: "Contract Renewals",
} as const;
export const CONTRACT_TABLES: readonly TableName[] = ["Contracts"];

export function contractRenewalsSheet(input: SummaryInput): SheetModel {
  return layoutRenewals(input, renewals(rowsOf(input.tables, "Contracts"), input.asOf));
}

export function layoutRenewals(input: SummaryInput, list: readonly Renewal[]): SheetModel {
  const b = startSheet(CONTRACT_RENEWALS, input, CONTRACT_TABLES);
  b.section(`Contracts ending within ${RENEWAL_HORIZON_DAYS} days, by notice date`);
  const t = b.table([
    { header: "Contract ID", format: "text", width: 12 },
    { header: "Counterparty", width: 26 },
    { header: "Type", width: 11 },
    { header: "End Date", format: "date", width: 12 },
    { header: "Notice Date", format: "date", width: 12 },
    { header: "Days to Notice", format: "integer", width: 10 },
    { header: "Auto Renew", width: 10 },
    { header: "Annual Value", format: "currency", width: 14 },
    { header: "Owner", width: 18 },
    { header: "Status", width: 14 },
  ]);
  for (const r of list) {
    t.add([
      r.contract.contractId,
      r.contract.counterparty,
      r.contract.type,
      r.endDate,
      r.noticeDate,
      r.daysToNotice,
      r.contract.autoRenew,
      r.contract.annualValue,
      r.contract.owner,
      r.phase,
    ]);
  }
  if (list.length === 0) t.add([`No contract ends within ${RENEWAL_HORIZON_DAYS} days`], "note");
  t.add(
    ["Total", null, null, null, null, null, null, sumCells(t.firstRow, 7, list.length), null, null],
    "total",
  );
  t.end();
  if (list.length > 0) {
    b.conditionalFormat({
      rect: { row: t.firstRow, col: 0, rows: list.length, cols: 10 },
      formula: `=$${columnLetter(5)}${t.firstRow + 1}<=0`, // notice date reached: act now
      ...ATTENTION,
      meaning: "notice window open",
    });
  }
  b.note(
    "Notice Date = End Date - Notice (days): the last day to give notice. Days to Notice below 0 = that day has passed.",
  );
  b.note(
    "Highlighted: the notice date has come. An auto-renewing contract renews unless notice was given; the others end on their End Date.",
  );
  b.note(
    "Status: Active = before the notice date; Notice window = the notice date has come, the End Date not yet.",
  );
  return b.build();
}
