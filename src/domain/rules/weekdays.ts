import { WEEKDAYS } from "../catalog/lists";

const FULL_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

function dayIndex(token: string): number {
  const t = token.toLowerCase();
  const short = WEEKDAYS.findIndex((d) => d.toLowerCase() === t);
  return short >= 0 ? short : FULL_NAMES.indexOf(t);
}

/**
 * Reads a Work Days cell ("Mon,Tue,Wed", "Mon-Fri", "Monday; Thursday") into the set of weekdays it names
 * (0 = Sunday), or null when any part is not a weekday.
 */
export function parseWorkDays(text: string): ReadonlySet<number> | null {
  const days = new Set<number>();
  const parts = text.split(/[,;/\s]+/).filter((p) => p !== "");
  if (parts.length === 0) return null;
  for (const part of parts) {
    const range = /^([a-z]+)-([a-z]+)$/i.exec(part);
    if (range) {
      const from = dayIndex(range[1] ?? "");
      const to = dayIndex(range[2] ?? "");
      if (from < 0 || to < 0) return null;
      for (let d = from; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === to) break;
      }
      continue;
    }
    const d = dayIndex(part);
    if (d < 0) return null;
    days.add(d);
  }
  return days;
}
