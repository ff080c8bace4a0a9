/**
 * Front-desk KPIs for the Schedule Summary, over the same weeks as the rest of the sheet (up to today):
 * point-of-service collection (copays collected / due at kept visits), average wait (check-in to
 * roomed) and cycle time (check-in to checked out) per provider, and no-shows by weekday and hour.
 */
import { weekdayOfSerial } from "../../dates/excel-dates";
import { rowsOf, textKey, type SummaryInput } from "../inputs";
import { mondayOf, SUMMARY_WEEKS } from "./schedule-summary";

const KEPT = new Set(["Arrived", "In Room", "Completed"]);

export interface DeskFigures {
  readonly providerId: string;
  readonly name: string;
  readonly copayDue: number;
  readonly copayCollected: number;
  /** Visits with both Checked In and Roomed, and the minutes between them summed. */
  readonly waitVisits: number;
  readonly waitMinutes: number;
  readonly cycleVisits: number;
  readonly cycleMinutes: number;
  /** Visits whose times are out of order (left out of the averages; Validation flags them). */
  readonly timesOutOfOrder: number;
}

export interface FrontDeskFigures {
  readonly firstDay: number;
  readonly providers: readonly DeskFigures[];
  /** noShows[weekday 0-6][hour 0-23]. */
  readonly noShows: readonly (readonly number[])[];
}

const minutes = (from: number, to: number) => Math.round((to - from) * 1440);

export function computeFrontDesk(input: SummaryInput): FrontDeskFigures {
  const today = Math.floor(input.asOf);
  const firstDay = mondayOf(today) - 7 * (SUMMARY_WEEKS - 1);
  const names = new Map<string, string>();
  for (const p of rowsOf(input.tables, "Providers"))
    if (p.providerId !== null) names.set(textKey(p.providerId), p.name ?? p.providerId);
  const by = new Map<string, { -readonly [K in keyof DeskFigures]: DeskFigures[K] }>();
  const noShows = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const a of rowsOf(input.tables, "Appointments")) {
    if (a.date === null || a.providerId === null) continue;
    const day = Math.floor(a.date);
    if (day < firstDay || day > today) continue;
    if (a.status === "No Show" && a.start !== null) {
      const row = noShows[weekdayOfSerial(day)];
      const hour = Math.floor(a.start * 24);
      if (row && hour >= 0 && hour < 24) row[hour] = (row[hour] ?? 0) + 1;
    }
    if (a.status === null || !KEPT.has(a.status)) continue;
    const key = textKey(a.providerId);
    let f = by.get(key);
    if (!f) {
      f = {
        providerId: a.providerId,
        name: names.get(key) ?? a.providerId,
        copayDue: 0,
        copayCollected: 0,
        waitVisits: 0,
        waitMinutes: 0,
        cycleVisits: 0,
        cycleMinutes: 0,
        timesOutOfOrder: 0,
      };
      by.set(key, f);
    }
    f.copayDue += a.copayDue ?? 0;
    f.copayCollected += a.copayCollected ?? 0;
    if (a.checkedIn !== null) {
      const wait = a.roomed === null ? null : minutes(a.checkedIn, a.roomed);
      const cycle = a.checkedOut === null ? null : minutes(a.checkedIn, a.checkedOut);
      if ((wait !== null && wait < 0) || (cycle !== null && cycle < 0)) f.timesOutOfOrder++;
      else {
        if (wait !== null) {
          f.waitVisits++;
          f.waitMinutes += wait;
        }
        if (cycle !== null) {
          f.cycleVisits++;
          f.cycleMinutes += cycle;
        }
      }
    }
  }
  const providers = [...by.values()].sort(
    (x, y) => x.name.localeCompare(y.name) || x.providerId.localeCompare(y.providerId),
  );
  return { firstDay, providers, noShows };
}
