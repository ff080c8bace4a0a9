/**
 * The A/R aging buckets live in the workbook (setting PM.AgingBuckets, upper day limits as a JSON
 * array, e.g. [30,60,90,120]), so everyone who opens the file gets the same A/R Aging sheet.
 */
import { bucketDaysProblem, DEFAULT_BUCKET_DAYS } from "../../domain/metrics/aging";
import type { ExcelRunner } from "../runner";

export const BUCKETS_SETTING = "PM.AgingBuckets";

/** Queues the read of the setting; pass the result to bucketDaysOf after the next sync. */
export function queueBucketDays(context: Excel.RequestContext): Excel.Setting {
  const item = context.workbook.settings.getItemOrNullObject(BUCKETS_SETTING);
  item.load("value");
  return item;
}

/** The limits of a loaded setting; missing or unusable settings give the standard buckets. */
export function bucketDaysOf(loaded: Excel.Setting): readonly number[] {
  if (loaded.isNullObject) return DEFAULT_BUCKET_DAYS;
  return parseBucketDays(loaded.value as unknown) ?? DEFAULT_BUCKET_DAYS;
}

export function parseBucketDays(value: unknown): number[] | null {
  let parsed: unknown = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value) as unknown;
    } catch {
      return null; // unreadable: the caller falls back to the standard buckets
    }
  }
  if (!Array.isArray(parsed) || !parsed.every((n) => typeof n === "number")) return null;
  return bucketDaysProblem(parsed) === null ? parsed : null;
}

export async function readBucketDays(run: ExcelRunner): Promise<readonly number[]> {
  return run(async (context) => {
    const setting = queueBucketDays(context);
    await context.sync();
    return bucketDaysOf(setting);
  });
}

/** Saves bucket limits in the workbook; throws with a readable message when they are unusable. */
export async function saveBucketDays(run: ExcelRunner, limits: readonly number[]): Promise<void> {
  const problem = bucketDaysProblem(limits);
  if (problem !== null) throw new Error(`A/R buckets: ${problem}`);
  await run(async (context) => {
    context.workbook.settings.add(BUCKETS_SETTING, JSON.stringify(limits));
    await context.sync();
  });
}
