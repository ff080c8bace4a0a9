import { npiCheckDigit } from "../codes";
import { WEEKDAYS } from "../catalog/lists";
import { weekdayOfSerial } from "../dates/excel-dates";
import type { SampleContext } from "./context";
import { FIRST_NAMES, LAST_NAMES } from "./names";
import type { Random } from "./random";
import { sequentialId, timeOfDay } from "./rows";
import type { SampleRow } from "./types";

export const LUNCH_START = 12 * 60;
export const LUNCH_END = 13 * 60;

export type ProviderRole = "Physician" | "Nurse Practitioner" | "Physician Assistant";

export interface Provider {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly role: ProviderRole;
  readonly npi: string;
  readonly specialty: string;
  /** Weekday numbers, 0 = Sunday. */
  readonly workDays: readonly number[];
  /** Minutes after midnight. */
  readonly dayStart: number;
  readonly dayEnd: number;
  readonly rooms: readonly string[];
  /** Serials of vacation days (no appointments). */
  readonly vacation: ReadonlySet<number>;
}

/** Hands out distinct made-up names. */
export class NamePicker {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Random) {}

  next(): { first: string; last: string } {
    for (let attempt = 0; ; attempt++) {
      let first: string = this.rng.pick(FIRST_NAMES);
      const last = this.rng.pick(LAST_NAMES);
      // Past the pool's easy combinations, a middle initial keeps names distinct.
      if (attempt > 50) first = `${first} ${String.fromCharCode(65 + this.rng.int(0, 25))}.`;
      const full = `${first} ${last}`;
      if (!this.used.has(full)) {
        this.used.add(full);
        return { first, last };
      }
    }
  }
}

const WORK_WEEKS: readonly (readonly [readonly number[], number])[] = [
  [[1, 2, 3, 4, 5], 60],
  [[1, 2, 3, 4], 20],
  [[2, 3, 4, 5], 15],
  [[1, 2, 4, 5], 5],
];

const CREDENTIALS: Record<ProviderRole, string> = {
  Physician: "MD",
  "Nurse Practitioner": "NP",
  "Physician Assistant": "PA-C",
};

export function generateProviders(context: SampleContext, rng: Random, names: NamePicker): Provider[] {
  const npis = new Set<string>();
  const providers: Provider[] = [];
  for (let i = 0; i < context.providerCount; i++) {
    // Two of every six clinicians are advanced practice providers.
    const role: ProviderRole =
      i % 6 === 4 ? "Nurse Practitioner" : i % 6 === 5 ? "Physician Assistant" : "Physician";
    const { first, last } = names.next();
    const npi = uniqueNpi(rng, npis);
    npis.add(npi);
    const dayStart = rng.pick([480, 480, 510, 540]);
    providers.push({
      id: sequentialId("P", i + 1, 3),
      firstName: first,
      lastName: last,
      role,
      npi,
      specialty:
        role === "Physician"
          ? rng.weighted([
              ["Family Medicine", 5],
              ["Internal Medicine", 3],
              ["Pediatrics", 1],
            ])
          : "Family Medicine",
      workDays: rng.weighted(WORK_WEEKS),
      dayStart,
      dayEnd: dayStart + 9 * 60,
      rooms: [`Exam ${2 * i + 1}`, `Exam ${2 * i + 2}`],
      vacation: vacationDays(context, rng),
    });
  }
  return providers;
}

export function providerRows(providers: readonly Provider[]): SampleRow<"Providers">[] {
  return providers.map((p) => ({
    providerId: p.id,
    name: `${p.firstName} ${p.lastName}, ${CREDENTIALS[p.role]}`,
    npi: p.npi,
    specialty: p.specialty,
    workDays: p.workDays.map((d) => WEEKDAYS[d]).join(","),
    dayStart: timeOfDay(p.dayStart),
    dayEnd: timeOfDay(p.dayEnd),
    active: "Yes",
  }));
}

/** Two weeks off a year, as whole Monday-to-Friday weeks. */
function vacationDays(context: SampleContext, rng: Random): Set<number> {
  const days = new Set<number>();
  const weeks = Math.max(1, Math.round((context.months / 12) * 2));
  const span = context.asOf - context.periodStart;
  for (let w = 0; w < weeks; w++) {
    const day = context.periodStart + rng.int(0, Math.max(0, span));
    const monday = day - ((weekdayOfSerial(day) - 1 + 7) % 7);
    for (let d = 0; d < 5; d++) days.add(monday + d);
  }
  return days;
}

function uniqueNpi(rng: Random, taken: ReadonlySet<string>): string {
  for (;;) {
    const firstNine = `1${String(rng.int(0, 99_999_999)).padStart(8, "0")}`;
    const npi = `${firstNine}${npiCheckDigit(firstNine)}`;
    if (!taken.has(npi)) return npi;
  }
}
