import { PAYER_TYPES } from "../catalog/lists";
import { serialFromYmd, ymdFromSerial } from "../dates/excel-dates";
import type { SampleContext } from "./context";
import { chargeCents, PROCEDURES } from "./procedures";
import { dollars } from "./rows";
import type { SampleRow } from "./types";

type PayerType = (typeof PAYER_TYPES)[number];

export interface Payer {
  readonly id: string;
  readonly name: string;
  readonly type: PayerType;
  readonly timelyFilingDays: number | "";
  readonly x12PayerId: string;
  /** Share of the practice's patients covered. */
  readonly share: number;
  /** Rate as a multiple of Medicare. */
  readonly rateFactor: number;
  /** Days from submission to remittance. */
  readonly lagDays: readonly [number, number];
  readonly denialRate: number;
  readonly method: "EFT" | "Check";
  readonly copayCents: number;
}

/** Medicare, Medicaid, five commercial plans (fictional names) and Self-Pay. */
const PAYERS: readonly Payer[] = [
  p("MEDICARE", "Medicare Part B", "Medicare", 365, "MCR01", 0.24, 1, [14, 21], 0.04, "EFT", 0),
  p("MEDICAID", "State Medicaid", "Medicaid", 180, "MCD01", 0.12, 0.72, [21, 45], 0.09, "Check", 0),
  p("LAMNA", "Lamna Health Plan", "Commercial", 90, "LMN01", 0.16, 1.25, [12, 30], 0.05, "EFT", 2500),
  p("CONTOSO", "Contoso Health", "Commercial", 180, "CTS01", 0.14, 1.35, [14, 35], 0.06, "EFT", 3000),
  p("FABRIKAM", "Fabrikam Mutual", "Commercial", 120, "FBM01", 0.1, 1.18, [10, 28], 0.05, "EFT", 2000),
  p("WIDEWORLD", "Wide World Health", "Commercial", 90, "WWH01", 0.08, 1.3, [15, 40], 0.07, "EFT", 4000),
  p("VANARSDEL", "VanArsdel Benefits", "Commercial", 365, "VAB01", 0.08, 1.12, [20, 45], 0.08, "Check", 3500),
  p("SELF", "Self-Pay", "Self-Pay", "", "", 0.08, 0, [0, 0], 0, "Check", 0),
];

function p(
  id: string,
  name: string,
  type: PayerType,
  timelyFilingDays: number | "",
  x12PayerId: string,
  share: number,
  rateFactor: number,
  lagDays: readonly [number, number],
  denialRate: number,
  method: "EFT" | "Check",
  copayCents: number,
): Payer {
  return {
    id,
    name,
    type,
    timelyFilingDays,
    x12PayerId,
    share,
    rateFactor,
    lagDays,
    denialRate,
    method,
    copayCents,
  };
}

export function samplePayers(): readonly Payer[] {
  return PAYERS;
}

/** Days to appeal a denial: Medicare's redetermination window is 120 days; plans state theirs. */
export const SAMPLE_APPEAL_WINDOWS: Record<PayerType, number | ""> = {
  Medicare: 120,
  Medicaid: 90,
  Commercial: 180,
  "Self-Pay": "",
  Other: 90,
};

export function payerRows(payers: readonly Payer[]): SampleRow<"Payers">[] {
  return payers.map((payer) => ({
    payerId: payer.id,
    name: payer.name,
    type: payer.type,
    timelyFilingDays: payer.timelyFilingDays,
    x12PayerId: payer.x12PayerId,
    appealWindowDays: SAMPLE_APPEAL_WINDOWS[payer.type],
  }));
}

/** Self-pay patients get a posted cash discount off the charge master. */
const SELF_PAY_SHARE_OF_CHARGE = 0.6;
/** Contracted rates go up on January 1st each year. */
const YEARLY_INCREASE = 0.03;

/**
 * The fee schedule: one rate per payer, code and calendar year of the history (Jan 1 - Dec 31,
 * the current year open-ended), and the lookup claims use to price their lines.
 */
export class FeeSchedule {
  private readonly firstYear: number;
  private readonly lastYear: number;

  constructor(
    private readonly payers: readonly Payer[],
    context: SampleContext,
  ) {
    this.firstYear = ymdFromSerial(context.periodStart).year;
    this.lastYear = Math.max(this.firstYear, ymdFromSerial(context.asOf).year);
  }

  /** Allowed amount per unit, in cents, for a service on `serviceDate`. */
  rateCents(payer: Payer, code: string, serviceDate: number): number {
    const year = Math.min(this.lastYear, Math.max(this.firstYear, ymdFromSerial(serviceDate).year));
    return this.rate(payer, code, year);
  }

  private rate(payer: Payer, code: string, year: number): number {
    const charge = chargeCents(code);
    if (payer.type === "Self-Pay") return Math.round(charge * SELF_PAY_SHARE_OF_CHARGE);
    const medicare = PROCEDURES.find((x) => x.code === code)?.medicareRate ?? 0;
    const raise = (1 + YEARLY_INCREASE) ** (year - this.firstYear);
    return Math.min(charge, Math.round(medicare * payer.rateFactor * raise * 100));
  }

  rows(): SampleRow<"FeeSchedule">[] {
    const rows: SampleRow<"FeeSchedule">[] = [];
    for (const payer of this.payers) {
      for (const { code } of PROCEDURES) {
        for (let year = this.firstYear; year <= this.lastYear; year++) {
          rows.push({
            payerId: payer.id,
            code,
            modifier: "",
            allowedAmount: dollars(this.rate(payer, code, year)),
            effectiveFrom: serialFromYmd(year, 1, 1),
            effectiveTo: year === this.lastYear ? "" : serialFromYmd(year, 12, 31),
          });
        }
      }
    }
    return rows;
  }
}

/** Which payer covers a patient: fixed per patient number, spread by the payers' shares. */
export function payerOfPatient(payers: readonly Payer[], patientNumber: number, seed: number): Payer {
  // A cheap integer hash so the same patient always has the same payer without storing a map.
  let h = Math.imul(patientNumber ^ seed, 0x9e3779b1) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = (h ^ (h >>> 13)) >>> 0;
  let roll = h / 4_294_967_296;
  for (const payer of payers) {
    roll -= payer.share;
    if (roll < 0) return payer;
  }
  return payers[payers.length - 1] as Payer;
}
