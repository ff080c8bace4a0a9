/**
 * Relative value units of the services a practice billed: the RVU table indexed by code, modifier and
 * year, and the work RVUs of a claim line (work RVU x units) on its service date. Shared by PM.RVU,
 * PM.WRVU and the Productivity sheet, so a cell and the sheet always agree.
 */
import { ymdFromSerial } from "../dates/excel-dates";

export interface RvuValues {
  readonly workRvu: number;
  readonly peRvu: number | null;
  readonly mpRvu: number | null;
  readonly totalRvu: number | null;
}

export interface RvuEntry extends RvuValues {
  readonly code: string;
  readonly modifier: string;
  readonly year: number;
}

/** A line's modifiers as typed ("26, 59" or "26;59"), upper case, blanks dropped. */
export function splitModifierList(value: string | null): string[] {
  return (value ?? "")
    .split(/[,;\s]+/)
    .map((m) => m.trim().toUpperCase())
    .filter((m) => m !== "");
}

function key(code: string, modifier: string, year: number): string {
  return `${code.trim().toUpperCase()}|${modifier.trim().toUpperCase()}|${year}`;
}

export class RvuIndex {
  private readonly byKey = new Map<string, RvuEntry>();
  private readonly years = new Set<number>();

  constructor(entries: Iterable<RvuEntry>) {
    // The first row of a code, modifier and year wins (Validation flags the repeats as duplicate keys).
    for (const e of entries) {
      const k = key(e.code, e.modifier, e.year);
      if (!this.byKey.has(k)) this.byKey.set(k, e);
      this.years.add(e.year);
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Years with at least one row, newest first. */
  yearsPresent(): number[] {
    return [...this.years].sort((a, b) => b - a);
  }

  /** Exact row for a code, modifier ("" for none) and year. */
  get(code: string, modifier: string, year: number): RvuEntry | undefined {
    return this.byKey.get(key(code, modifier, year));
  }

  /**
   * Values for a billed service: a modifier with its own RVU row (26 professional component, TC technical
   * component) takes that row; otherwise the code's row without modifier. Undefined when the year has
   * neither (another year's values are never used silently).
   */
  forService(code: string, modifiers: readonly string[], year: number): RvuEntry | undefined {
    for (const m of modifiers) {
      const hit = this.get(code, m, year);
      if (hit) return hit;
    }
    return this.get(code, "", year);
  }
}

/** An RVU table row as typed rows give it (blank cells are null). */
export interface RvuRowLike {
  readonly code: string | null;
  readonly modifier: string | null;
  readonly year: number | null;
  readonly workRvu: number | null;
  readonly peRvu: number | null;
  readonly mpRvu: number | null;
  readonly totalRvu: number | null;
}

/** The index of the RVU table's usable rows (code, year and work RVU present). */
export function rvuIndexOf(rows: Iterable<RvuRowLike>): RvuIndex {
  const entries: RvuEntry[] = [];
  for (const r of rows) {
    if (r.code === null || r.year === null || r.workRvu === null) continue;
    entries.push({
      code: r.code,
      modifier: r.modifier ?? "",
      year: r.year,
      workRvu: r.workRvu,
      peRvu: r.peRvu,
      mpRvu: r.mpRvu,
      totalRvu: r.totalRvu,
    });
  }
  return new RvuIndex(entries);
}

/** Why a line's work RVUs could not be counted. */
export type WrvuGap = "no-code" | "no-date" | "no-rvu";

export interface LineWrvu {
  readonly wrvu: number | null;
  readonly gap: WrvuGap | null;
}

/** Work RVUs of a claim line: work RVU x units (blank units count as 1) for the year of service. */
export function lineWrvu(
  index: RvuIndex,
  line: { readonly code: string | null; readonly modifiers: string | null; readonly units: number | null },
  serviceDate: number | null,
  /** The service date's year when the caller knows it already (saves the date arithmetic per line). */
  serviceYear?: number,
): LineWrvu {
  if (line.code === null || line.code.trim() === "") return { wrvu: null, gap: "no-code" };
  if (serviceDate === null) return { wrvu: null, gap: "no-date" };
  const year = serviceYear ?? ymdFromSerial(serviceDate).year;
  const modifiers = line.modifiers === null || line.modifiers === "" ? [] : splitModifierList(line.modifiers);
  const entry = index.forService(line.code, modifiers, year);
  if (!entry) return { wrvu: null, gap: "no-rvu" };
  return { wrvu: entry.workRvu * (line.units ?? 1), gap: null };
}
