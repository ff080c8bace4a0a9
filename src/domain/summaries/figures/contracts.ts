/** Contracts coming up for renewal, with the last day to give notice. */
import { contractStatus, noticeDate, type ContractPhase } from "../../metrics/contracts";
import type { Rows } from "../inputs";

export type ContractRow = Rows<"Contracts">[number];
export const RENEWAL_HORIZON_DAYS = 180;

export interface Renewal {
  readonly contract: ContractRow;
  readonly endDate: number;
  readonly noticeDate: number;
  /** Days from asOf to the notice date (negative: the notice date has passed). */
  readonly daysToNotice: number;
  readonly phase: ContractPhase;
}

/** Live contracts (not Expired or Terminated) ending within `days` after asOf, by notice date. */
export function renewals(contracts: Rows<"Contracts">, asOf: number, days = RENEWAL_HORIZON_DAYS): Renewal[] {
  const today = Math.floor(asOf);
  const list: Renewal[] = [];
  for (const c of contracts) {
    if (c.endDate === null || c.status === "Expired" || c.status === "Terminated") continue;
    const end = Math.floor(c.endDate);
    if (end < today || end > today + days) continue;
    const notice = noticeDate(end, c.noticeDays ?? 0);
    list.push({
      contract: c,
      endDate: end,
      noticeDate: notice,
      daysToNotice: notice - today,
      phase: contractStatus(end, c.noticeDays ?? 0, c.autoRenew === "Yes", today),
    });
  }
  return list.sort((a, b) => a.noticeDate - b.noticeDate || a.endDate - b.endDate);
}

/** Live contracts whose notice window is open on asOf (notice date reached, end date not passed). */
export function contractsInNoticeWindow(contracts: Rows<"Contracts">, asOf: number): number {
  let count = 0;
  for (const c of contracts) {
    if (c.endDate === null || c.status === "Expired" || c.status === "Terminated") continue;
    if (contractStatus(c.endDate, c.noticeDays ?? 0, c.autoRenew === "Yes", asOf) === "Notice window")
      count += 1;
  }
  return count;
}
