import { ymdFromSerial } from "../dates/excel-dates";
import type { Payer } from "./payers";
import { chargeCents } from "./procedures";
import type { Random } from "./random";
import type { Visit } from "./schedule";

/** One service line as coded at checkout (before the payer adjudicates it). */
export interface CodedLine {
  readonly code: string;
  readonly modifiers: string;
  /** "1" or "1,2": positions in the claim's diagnosis list. */
  readonly pointers: string;
  readonly units: number;
  readonly chargeCents: number;
}

export interface Encounter {
  readonly diagnoses: readonly string[];
  readonly lines: readonly CodedLine[];
}

const CHRONIC = [
  "I10",
  "E11.9",
  "E78.5",
  "E03.9",
  "J45.909",
  "F41.1",
  "F32.A",
  "K21.9",
  "M54.50",
  "E66.9",
  "G47.33",
];
const ACUTE = ["J06.9", "J02.9", "J01.90", "N39.0", "R05.9", "H66.90", "J20.9", "B34.9", "R51.9", "M25.561"];
/** Office procedures and the diagnosis each treats. */
const PROCEDURE_DIAGNOSIS: Readonly<Record<string, string>> = {
  "17110": "B07.9",
  "11102": "L82.1",
  "20610": "M17.11",
  "69210": "H61.21",
  "10060": "L02.411",
};
const PROCEDURE_CODES = Object.keys(PROCEDURE_DIAGNOSIS);
const PAINFUL = new Set(["M54.50", "M25.561"]);

const NEW_PATIENT_EM: readonly (readonly [string, number])[] = [
  ["99202", 10],
  ["99203", 45],
  ["99204", 35],
  ["99205", 10],
];
const ESTABLISHED_EM: readonly (readonly [string, number])[] = [
  ["99212", 15],
  ["99213", 50],
  ["99214", 30],
  ["99215", 5],
];

/** Builds the claim content of a visit: diagnoses first, then lines that point at them. */
class EncounterBuilder {
  readonly diagnoses: string[] = [];
  private readonly lines: { code: string; modifiers: string[]; dx: string[]; units: number }[] = [];

  diagnose(...codes: string[]): void {
    for (const code of codes) if (!this.diagnoses.includes(code)) this.diagnoses.push(code);
  }

  bill(code: string, dx: string[], units = 1, modifiers: string[] = []): void {
    this.diagnose(...dx);
    this.lines.push({ code, modifiers: [...modifiers], dx, units });
  }

  has(code: string): boolean {
    return this.lines.some((l) => l.code === code);
  }

  build(): Encounter {
    return {
      diagnoses: this.diagnoses,
      lines: this.lines.map((l) => ({
        code: l.code,
        modifiers: l.modifiers.join(","),
        pointers: l.dx
          .map((d) => this.diagnoses.indexOf(d) + 1)
          .slice(0, 4)
          .join(","),
        units: l.units,
        chargeCents: chargeCents(l.code) * l.units,
      })),
    };
  }
}

export function codeVisit(rng: Random, visit: Visit, payer: Payer): Encounter {
  const e = new EncounterBuilder();
  const month = ymdFromSerial(visit.date).month;
  const fluSeason = month >= 9 || month <= 2;
  const inOffice = visit.type !== "Telehealth";
  const problems = (): string[] =>
    rng.chance(visit.type === "Telehealth" || visit.type === "Consult" ? 0.8 : 0.6)
      ? rng.sample(CHRONIC, rng.int(1, 3))
      : [rng.pick(ACUTE), ...(rng.chance(0.3) ? [rng.pick(CHRONIC)] : [])];

  switch (visit.type) {
    case "Annual Physical": {
      const abnormal = rng.chance(0.3);
      const wellness =
        payer.type === "Medicare"
          ? "G0439"
          : rng.weighted([
              ["99395", 3],
              ["99396", 4],
              ["99397", 2],
            ] as const);
      e.bill(wellness, [abnormal ? "Z00.01" : "Z00.00"]);
      if (abnormal) {
        const chronic = rng.sample(CHRONIC, rng.int(1, 2));
        e.diagnose(...chronic);
        if (rng.chance(0.25)) e.bill("99213", chronic, 1, ["25"]); // a separate problem visit the same day
      }
      if (rng.chance(0.6)) e.bill("36415", [abnormal ? "Z00.01" : "Z00.00"]);
      if (rng.chance(0.15)) e.bill("81002", [abnormal ? "Z00.01" : "Z00.00"]);
      if (rng.chance(0.1)) e.bill("93000", [abnormal ? "Z00.01" : "Z00.00"]);
      break;
    }
    case "Procedure": {
      const first = rng.pick(PROCEDURE_CODES);
      if (rng.chance(0.5)) {
        const dx = [PROCEDURE_DIAGNOSIS[first] ?? "", ...rng.sample(CHRONIC, 1)];
        e.bill(rng.pick(["99213", "99214"]), dx, 1, ["25"]);
      }
      e.bill(first, [PROCEDURE_DIAGNOSIS[first] ?? ""]);
      if (rng.chance(0.1)) {
        const second = rng.pick(PROCEDURE_CODES.filter((c) => c !== first));
        e.bill(second, [PROCEDURE_DIAGNOSIS[second] ?? ""], 1, ["59"]);
      }
      break;
    }
    case "Other": {
      // Nurse visits: an injection, a flu shot in season, or a brief check.
      const kind = rng.weighted([
        ["injection", 3],
        ["flu", fluSeason ? 4 : 0],
        ["nurse", 4],
      ] as const);
      if (kind === "injection") {
        e.bill("96372", ["M54.50"]);
        e.bill("J1885", ["M54.50"], rng.pick([2, 4]));
      } else if (kind === "flu") {
        e.bill("90471", ["Z23"]);
        e.bill("90686", ["Z23"]);
      } else {
        e.bill("99211", [rng.pick(CHRONIC)]);
      }
      return e.build();
    }
    default: {
      const dx = problems();
      const em = rng.weighted(
        visit.type === "New Patient" || visit.type === "Consult" ? NEW_PATIENT_EM : ESTABLISHED_EM,
      );
      const pain = inOffice ? dx.find((d) => PAINFUL.has(d)) : undefined;
      const injection = pain !== undefined && rng.chance(0.3);
      e.bill(em, dx, 1, visit.type === "Telehealth" ? ["95"] : injection ? ["25"] : []);
      // The complexity add-on is Medicare's and cannot go with a modifier-25 visit.
      if (payer.type === "Medicare" && visit.type === "Follow-up" && !injection && rng.chance(0.4)) {
        e.bill("G2211", dx);
      }
      if (!inOffice) break;
      if (injection) {
        e.bill("96372", [pain]);
        e.bill("J1885", [pain], rng.pick([2, 4]));
      }
      if (dx.includes("E11.9") && rng.chance(0.5)) e.bill("83036", ["E11.9"]);
      if (dx.includes("J02.9")) e.bill("87880", ["J02.9"]);
      if (dx.includes("N39.0")) e.bill("81002", ["N39.0"]);
      if (rng.chance(0.25) && dx.some((d) => CHRONIC.includes(d))) e.bill("36415", dx.slice(0, 1));
      if (rng.chance(0.03)) e.bill("93000", dx.slice(0, 1));
    }
  }
  if (inOffice && fluSeason && rng.chance(0.2) && !e.has("90686")) {
    e.bill("90471", ["Z23"]);
    e.bill("90686", ["Z23"]);
  }
  return e.build();
}
