/**
 * The slots appointments hold, read straight from the table's raw cells: 75,000 rows through the
 * typed-row reader cost most of a second, and the calendar needs only five columns. Cells read the way
 * the catalog reads them (numbers as they are, text dates and times parsed, statuses in any case).
 */
import type { CellValue } from "../catalog";
import { parseDate, parseTime } from "../dates/excel-dates";
import { SLOT_FREED } from "../rules/schedule/appointment-time";
import { MINUTES_PER_DAY, type Busy } from "./calendar";

export interface AppointmentColumns {
  readonly rows: readonly (readonly CellValue[])[];
  /** Position of each column in a row, or -1 when the table lacks it. */
  readonly date: number;
  readonly start: number;
  readonly duration: number;
  readonly providerId: number;
  readonly status: number;
}

const FREED = new Set([...SLOT_FREED].map((s) => s.toLowerCase()));

function day(raw: CellValue | undefined): number | null {
  if (typeof raw === "number") return raw >= 1 ? Math.floor(raw) : null;
  return parseDate(raw);
}

function time(raw: CellValue | undefined): number | null {
  if (typeof raw === "number") return raw >= 0 && raw < 1 ? raw : parseTime(raw);
  return parseTime(raw);
}

function minutes(raw: CellValue | undefined): number | null {
  if (typeof raw === "number") return raw;
  if (typeof raw !== "string" || raw.trim() === "") return null;
  const n = Number(raw.trim());
  return Number.isFinite(n) ? n : null;
}

export function appointmentsBusy(c: AppointmentColumns): Busy[] {
  const out: Busy[] = [];
  if (c.date < 0 || c.start < 0 || c.duration < 0 || c.providerId < 0) return out;
  const statusKey = new Map<string, boolean>();
  for (const row of c.rows) {
    if (c.status >= 0) {
      const status = row[c.status];
      if (typeof status === "string" && status !== "") {
        let freed = statusKey.get(status);
        if (freed === undefined) {
          freed = FREED.has(status.trim().toLowerCase());
          statusKey.set(status, freed);
        }
        if (freed) continue;
      }
    }
    const provider = row[c.providerId];
    const providerId =
      typeof provider === "number" ? String(provider) : typeof provider === "string" ? provider : "";
    if (providerId.trim() === "") continue;
    const d = day(row[c.date]);
    const s = time(row[c.start]);
    const length = minutes(row[c.duration]);
    if (d === null || s === null || length === null || !(length > 0)) continue;
    const from = d * MINUTES_PER_DAY + Math.round(s * MINUTES_PER_DAY);
    out.push({ providerId, from, to: from + Math.round(length) });
  }
  return out;
}
