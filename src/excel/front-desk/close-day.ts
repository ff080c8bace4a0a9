/**
 * Close the day: read what the day's records say came in at the desk (per payment method) and the
 * day's loose ends; then write the counted amounts as DailyClose rows. Closing a day again updates that
 * day's rows in place (same Date and Method) instead of adding duplicates; Variance is Excel's own
 * calculated column.
 */
import { CATALOG } from "../../domain/catalog";
import {
  closeTheDay,
  dayExceptions,
  withCounts,
  type CountedLine,
  type DayException,
  type ExpectedLine,
  type PaymentMethod,
} from "../../domain/front-desk";
import type { ExcelRunner } from "../runner";
import { appendRows, readTables, updateRows, type RowInput } from "../table-io";

export interface DayReview {
  readonly day: number;
  readonly expected: readonly ExpectedLine[];
  readonly exceptions: readonly DayException[];
  /** Counts already recorded for the day (closed before), by method. */
  readonly closedBefore: Partial<Record<PaymentMethod, number>>;
  readonly missingTables: readonly string[];
}

export async function reviewDay(run: ExcelRunner, day: number): Promise<DayReview> {
  return run(async (context) => {
    const tables = await readTables(context, ["Appointments", "Payments", "Claims", "DailyClose"] as const);
    const missingTables = ["Appointments", "Payments", "Claims", "DailyClose"].filter(
      (t) => !tables.get(t as "Appointments"),
    );
    const appointments = tables.get("Appointments")?.typedRows(CATALOG.Appointments) ?? [];
    const payments = tables.get("Payments")?.typedRows(CATALOG.Payments) ?? [];
    const claims = tables.get("Claims")?.typedRows(CATALOG.Claims) ?? [];
    const closes = tables.get("DailyClose")?.typedRows(CATALOG.DailyClose) ?? [];
    const visits = appointments.map((a, rowIndex) => ({ ...a, rowIndex }));
    const closedBefore: Partial<Record<PaymentMethod, number>> = {};
    for (const c of closes)
      if (c.date !== null && Math.floor(c.date) === day && c.method !== null && c.counted !== null)
        closedBefore[c.method as PaymentMethod] = c.counted;
    return {
      day,
      expected: closeTheDay(day, visits, payments),
      exceptions: dayExceptions(day, visits, claims),
      closedBefore,
      missingTables,
    };
  });
}

export interface CloseResult {
  readonly lines: readonly CountedLine[];
  readonly added: number;
  readonly updated: number;
}

/** Writes one DailyClose row per method (expected from the records, counted as given). */
export async function closeDay(
  run: ExcelRunner,
  day: number,
  counted: Partial<Record<PaymentMethod, number>>,
  closedBy: string,
  closedAt: number,
): Promise<CloseResult> {
  return run(async (context) => {
    const tables = await readTables(context, ["Appointments", "Payments", "DailyClose"] as const);
    const close = tables.get("DailyClose");
    if (!close) throw new Error("The DailyClose table is missing: run Set up workbook first.");
    const appointments = tables.get("Appointments")?.typedRows(CATALOG.Appointments) ?? [];
    const payments = tables.get("Payments")?.typedRows(CATALOG.Payments) ?? [];
    const lines = withCounts(closeTheDay(day, appointments, payments), counted);
    const existing = new Map<string, number>();
    close.typedRows(CATALOG.DailyClose).forEach((c, i) => {
      if (c.date !== null && Math.floor(c.date) === day && c.method !== null) existing.set(c.method, i);
    });
    const row = (l: CountedLine): RowInput => ({
      Date: day,
      Method: l.method,
      Expected: l.expected,
      Counted: l.counted,
      "Closed By": closedBy.trim(),
      "Closed At": closedAt,
    });
    const updates = lines.filter((l) => existing.has(l.method));
    const additions = lines.filter((l) => !existing.has(l.method));
    if (updates.length > 0)
      await updateRows(
        context,
        "DailyClose",
        updates.map((l) => ({ rowIndex: existing.get(l.method) ?? 0, values: row(l) })),
      );
    if (additions.length > 0) await appendRows(context, "DailyClose", additions.map(row));
    return { lines, added: additions.length, updated: updates.length };
  });
}
