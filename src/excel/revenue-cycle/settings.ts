/**
 * The revenue-cycle setting that travels with the workbook: PM.UnbilledAfterDays, the days after which
 * a kept visit with no claim is reported (default 3).
 */
import { unbilledAfterDays } from "../../domain/revenue-cycle/unbilled";
import type { ExcelRunner } from "../runner";

export const UNBILLED_SETTING = "PM.UnbilledAfterDays";

/** Queues the read of the setting; pass the result to unbilledAfterDaysOf after the next sync. */
export function queueUnbilledAfterDays(context: Excel.RequestContext): Excel.Setting {
  const item = context.workbook.settings.getItemOrNullObject(UNBILLED_SETTING);
  item.load("value");
  return item;
}

export function unbilledAfterDaysOf(loaded: Excel.Setting): number {
  return unbilledAfterDays(loaded.isNullObject ? null : (loaded.value as unknown));
}

/** Saves the days; throws with a readable message for anything but a whole number 0-365. */
export async function saveUnbilledAfterDays(run: ExcelRunner, days: number): Promise<void> {
  if (!Number.isInteger(days) || days < 0 || days > 365)
    throw new Error("Unbilled visits: the days must be a whole number from 0 to 365.");
  await run(async (context) => {
    context.workbook.settings.add(UNBILLED_SETTING, String(days));
    await context.sync();
  });
}

export async function readUnbilledAfterDays(run: ExcelRunner): Promise<number> {
  return run(async (context) => {
    const setting = queueUnbilledAfterDays(context);
    await context.sync();
    return unbilledAfterDaysOf(setting);
  });
}
