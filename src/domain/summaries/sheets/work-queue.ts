/** Work Queue: the claims that need action, grouped by why, soonest deadline then largest balance first. */
import type { TableName } from "../../catalog";
import { DEFAULT_APPEAL_WINDOW_DAYS } from "../../revenue-cycle/constants";
import type { Breathe } from "../../slices";
import { QUEUE_GROUPS, workQueue, workQueueInSteps, type QueueItem } from "../../revenue-cycle/work-queue";
import { columnLetter } from "../a1";
import type { SummaryInput } from "../inputs";
import { rowsOf, textKey } from "../inputs";
import type { SheetModel } from "../model";
import { ATTENTION } from "../style";
import { startSheet } from "./common";

export const WORK_QUEUE = { id: "workQueue", name: "Work Queue", title: "Work Queue" } as const;
export const WORK_QUEUE_TABLES: readonly TableName[] = ["Claims", "Payers", "Payments", "ClaimActivity"];

/** Days Left at or under this is highlighted. */
const URGENT_DAYS = 7;

export function workQueueSheet(input: SummaryInput): SheetModel {
  const items = workQueue(
    {
      claims: rowsOf(input.tables, "Claims"),
      payers: rowsOf(input.tables, "Payers"),
      payments: rowsOf(input.tables, "Payments"),
      activity: rowsOf(input.tables, "ClaimActivity"),
    },
    input.asOf,
  );
  return layoutWorkQueue(input, items);
}

/** workQueueSheet with the queue made in steps, breathing between them. */
export async function workQueueSheetInSteps(input: SummaryInput, breathe: Breathe): Promise<SheetModel> {
  const items = await workQueueInSteps(
    {
      claims: rowsOf(input.tables, "Claims"),
      payers: rowsOf(input.tables, "Payers"),
      payments: rowsOf(input.tables, "Payments"),
      activity: rowsOf(input.tables, "ClaimActivity"),
    },
    input.asOf,
    breathe,
  );
  return layoutWorkQueue(input, items);
}

export function layoutWorkQueue(input: SummaryInput, items: readonly QueueItem[]): SheetModel {
  const b = startSheet(WORK_QUEUE, input, WORK_QUEUE_TABLES);
  const names = new Map(
    rowsOf(input.tables, "Payers").flatMap((p) => (p.payerId === null ? [] : [[textKey(p.payerId), p.name]])),
  );
  const today = Math.floor(input.asOf);
  b.section(`${items.length.toLocaleString("en-US")} claims need action`);
  const t = b.table([
    { header: "Claim ID", format: "text", width: 13 },
    { header: "Patient Ref", format: "text", width: 12 },
    { header: "Payer", width: 22 },
    { header: "Balance", format: "currency", width: 12 },
    { header: "Reason", width: 40 },
    { header: "Deadline", format: "date", width: 12 },
    { header: "Days Left", format: "integer", width: 9 },
    { header: "Owner", width: 12 },
    { header: "Next Follow-up", format: "date", width: 13 },
    { header: "Last Activity", format: "date", width: 12 },
    { header: "Last Action", width: 16 },
  ]);
  for (const group of QUEUE_GROUPS) {
    const list = items.filter((i) => i.reason === group.reason);
    if (list.length === 0) continue;
    const total = list.reduce((s, i) => s + i.balance, 0);
    t.add([`${group.title} (${list.length})`, null, null, Math.round(total * 100) / 100], "subtotal");
    for (const i of list) {
      t.add([
        i.claimId,
        i.patientRef,
        i.payerId === null ? null : (names.get(textKey(i.payerId)) ?? i.payerId),
        i.balance,
        i.why,
        i.deadline,
        i.deadline === null ? null : i.deadline - today,
        i.owner,
        i.nextFollowUp,
        i.lastActivity,
        i.lastAction,
      ]);
    }
  }
  if (items.length === 0) t.add(["Nothing to follow up"], "note");
  const rows = t.nextRow - t.firstRow;
  t.end();
  if (items.length > 0) {
    const cell = `$${columnLetter(6)}${t.firstRow + 1}`;
    b.conditionalFormat({
      rect: { row: t.firstRow, col: 0, rows, cols: 11 },
      formula: `=AND(ISNUMBER(${cell}),${cell}<=${URGENT_DAYS})`,
      ...ATTENTION,
      meaning: `deadline within ${URGENT_DAYS} days or passed`,
    });
  }
  b.note(
    "One row per claim, under the first reason that applies: Rejected; Denied; no payer answer 30+ days after submission; underpaid (Underpaid activity not settled by a write-off, appeal decision or resubmission); Draft with timely filing due within 14 days; patient balance over 90 days.",
  );
  b.note(
    `Deadline: Rejected and unanswered claims = timely filing limit (Service Date + the payer's Timely Filing); Denied = Appeal Deadline, or Last Activity + the payer's Appeal Window (${DEFAULT_APPEAL_WINDOW_DAYS} days when blank); underpaid = date found + Appeal Window. Days Left below 0 = passed; highlighted within ${URGENT_DAYS} days.`,
  );
  b.note(
    "Log follow-up (Practice Manager pane) records calls and appeals in Claim Activity and sets Follow-up On and Owner.",
  );
  return b.build();
}
