/**
 * Provider productivity and payer mix over the last 12 months (the as-of month counts to date), as
 * MGMA benchmarks them: visits, new patients, charges, work RVUs and collections per provider and
 * month; operating cost per wRVU for the practice; visits, charges and collections by payer type.
 * Anything that cannot be attributed (a line with no RVU for its year, a payment with no claim) is
 * counted and named, never dropped silently.
 */
import { addMonths, firstOfMonth, ymdFromSerial } from "../../dates/excel-dates";
import { lineWrvu, rvuIndexOf } from "../../metrics/rvu";
import { rowsOf, textKey, type Rows, type SummaryInput } from "../inputs";
import { ROWS_PER_STEP, runAll, runInSteps, type Breathe } from "../../slices";
import { newPatients } from "./new-patients";
import { isCompleted } from "./schedule";

export const PRODUCTIVITY_MONTHS = 12;

export interface MonthFigures {
  visits: number;
  newPatients: number;
  charges: number;
  wrvu: number;
  collections: number;
}

export interface ProviderProductivity {
  readonly providerId: string;
  readonly name: string;
  /** One entry per month of `months`. */
  readonly months: readonly MonthFigures[];
}

export interface PayerMixRow {
  readonly payerType: string;
  visits: number;
  charges: number;
  collections: number;
}

export interface ProductivityGaps {
  /** Claim lines of the period whose code has no RVU row for the service year. */
  linesWithoutRvu: number;
  /** Those lines' codes with their service year ("99213 (2026)"), most frequent first. */
  readonly missingCodes: Map<string, number>;
  /** Claim lines of the period whose Claim ID matches no claim (no provider, no date). */
  linesWithoutClaim: number;
  /** Payments of the period that name no claim in the Claims table: collections without a provider. */
  paymentsWithoutProvider: number;
  amountWithoutProvider: number;
}

export interface ProductivityFigures {
  /** First day of each month, oldest first; the last is the as-of month. */
  readonly months: readonly number[];
  readonly providers: readonly ProviderProductivity[];
  /** Collections per month that no provider's claim explains (payments without a known claim). */
  readonly unattributed: readonly number[];
  /** Operating expenses (Expenses Amount by Date) per month. */
  readonly expenses: readonly number[];
  readonly payerMix: readonly PayerMixRow[];
  readonly gaps: ProductivityGaps;
  /** Years the RVU table covers (newest first). */
  readonly rvuYears: readonly number[];
}

const emptyMonth = (): MonthFigures => ({ visits: 0, newPatients: 0, charges: 0, wrvu: 0, collections: 0 });

export const UNKNOWN_PAYER_TYPE = "(payer not in Payers)";
const NO_PROVIDER = "(no provider)";

export function computeProductivity(input: SummaryInput): ProductivityFigures {
  return runAll(productivitySteps(input));
}

/** computeProductivity in steps, breathing between them (100k+ claim lines take a while). */
export function computeProductivityInSteps(
  input: SummaryInput,
  breathe: Breathe,
): Promise<ProductivityFigures> {
  return runInSteps(productivitySteps(input), breathe);
}

/** The work of computeProductivity, pausing (yield) every ROWS_PER_STEP rows of each large table. */
function* productivitySteps(input: SummaryInput): Generator<void, ProductivityFigures> {
  let rowsDone = 0;
  const pause = () => ++rowsDone % ROWS_PER_STEP === 0;
  const today = Math.floor(input.asOf);
  const first = addMonths(today, -(PRODUCTIVITY_MONTHS - 1));
  const months = Array.from({ length: PRODUCTIVITY_MONTHS }, (_, i) => addMonths(first, i));
  // Month index by comparing with the months' first days (no date arithmetic per row: 100k+ rows).
  const monthOf = (serial: number | null): number => {
    if (serial === null || serial < first || Math.floor(serial) > today) return -1;
    let m = PRODUCTIVITY_MONTHS - 1;
    while (m > 0 && serial < (months[m] ?? 0)) m--;
    return m;
  };
  const yearOfMonth = months.map((m) => ymdFromSerial(m).year);

  const t = input.tables;
  const providerRows = rowsOf(t, "Providers");
  const byProvider = new Map<string, { providerId: string; name: string; months: MonthFigures[] }>();
  const providerFor = (id: string | null) => {
    const k = id === null || id.trim() === "" ? "" : textKey(id);
    let p = byProvider.get(k);
    if (!p) {
      p = {
        providerId: k === "" ? NO_PROVIDER : (id ?? "").trim(),
        name: "",
        months: months.map(emptyMonth),
      };
      byProvider.set(k, p);
    }
    return p;
  };
  for (const p of providerRows) {
    if (p.providerId === null) continue;
    providerFor(p.providerId).name = p.name ?? "";
  }
  const add = (providerId: string | null, m: number, figure: keyof MonthFigures, amount: number) => {
    const f = providerFor(providerId).months[m];
    if (f) f[figure] += amount;
  };

  for (const a of rowsOf(t, "Appointments")) {
    const m = monthOf(a.date);
    if (m >= 0 && isCompleted(a)) add(a.providerId, m, "visits", 1);
    if (pause()) yield;
  }
  for (const n of newPatients(rowsOf(t, "Appointments"))) {
    const m = monthOf(n.date);
    if (m >= 0) add(n.providerId, m, "newPatients", 1);
    if (pause()) yield;
  }

  const payerType = new Map<string, string>();
  for (const p of rowsOf(t, "Payers"))
    if (p.payerId !== null) payerType.set(textKey(p.payerId), p.type ?? "Other");
  const mix = new Map<string, PayerMixRow>();
  const mixRow = (payerId: string | null): PayerMixRow => {
    const type =
      payerId === null ? UNKNOWN_PAYER_TYPE : (payerType.get(textKey(payerId)) ?? UNKNOWN_PAYER_TYPE);
    let row = mix.get(type);
    if (!row) mix.set(type, (row = { payerType: type, visits: 0, charges: 0, collections: 0 }));
    return row;
  };

  const claims = new Map<string, Rows<"Claims">[number]>();
  for (const c of rowsOf(t, "Claims")) {
    if (pause()) yield;
    if (c.claimId !== null) claims.set(textKey(c.claimId), c);
    const m = monthOf(c.serviceDate);
    if (m < 0) continue;
    add(c.providerId, m, "charges", c.totalCharge ?? 0);
    const row = mixRow(c.payerId);
    row.visits += 1;
    row.charges += c.totalCharge ?? 0;
  }

  const index = rvuIndexOf(rowsOf(t, "RVU"));
  const gaps: ProductivityGaps = {
    linesWithoutRvu: 0,
    missingCodes: new Map(),
    linesWithoutClaim: 0,
    paymentsWithoutProvider: 0,
    amountWithoutProvider: 0,
  };
  for (const line of rowsOf(t, "ClaimLines")) {
    if (pause()) yield;
    const claim = line.claimId === null ? undefined : claims.get(textKey(line.claimId));
    if (!claim) {
      gaps.linesWithoutClaim += 1;
      continue;
    }
    const m = monthOf(claim.serviceDate);
    if (m < 0) continue;
    const w = lineWrvu(index, line, claim.serviceDate, yearOfMonth[m]);
    if (w.wrvu === null) {
      gaps.linesWithoutRvu += 1;
      const label = `${(line.code ?? "(no code)").trim().toUpperCase()} (${yearOfMonth[m] ?? ""})`;
      gaps.missingCodes.set(label, (gaps.missingCodes.get(label) ?? 0) + 1);
      continue;
    }
    add(claim.providerId, m, "wrvu", w.wrvu);
  }

  const unattributed = months.map(() => 0);
  for (const p of rowsOf(t, "Payments")) {
    if (pause()) yield;
    const m = monthOf(p.receivedOn);
    if (m < 0 || p.amount === null) continue;
    const claim = p.claimId === null ? undefined : claims.get(textKey(p.claimId));
    if (!claim) {
      unattributed[m] = (unattributed[m] ?? 0) + p.amount;
      gaps.paymentsWithoutProvider += 1;
      gaps.amountWithoutProvider += p.amount;
      mixRow(p.payerId).collections += p.amount;
      continue;
    }
    add(claim.providerId, m, "collections", p.amount);
    mixRow(claim.payerId).collections += p.amount;
  }

  const expenses = months.map(() => 0);
  for (const e of rowsOf(t, "Expenses")) {
    if (pause()) yield;
    const m = monthOf(e.date);
    if (m >= 0 && e.amount !== null) expenses[m] = (expenses[m] ?? 0) + e.amount;
  }

  // Providers in the Providers table order, then IDs only the data names (typos show up, never vanish).
  const order = new Map(providerRows.map((p, i) => [textKey(p.providerId), i]));
  const providers = [...byProvider.entries()]
    .filter(([k, p]) => order.has(k) || p.months.some((f) => Object.values(f).some((v) => v !== 0)))
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b))
    .map(([, p]) => p);
  const typeOrder = ["Commercial", "Medicare", "Medicaid", "Self-Pay", "Other", UNKNOWN_PAYER_TYPE];
  const payerMix = [...mix.values()].sort(
    (a, b) => typeOrder.indexOf(a.payerType) - typeOrder.indexOf(b.payerType),
  );
  return { months, providers, unattributed, expenses, payerMix, gaps, rvuYears: index.yearsPresent() };
}

/** Sum of one figure over a provider's months. */
export function totalOf(months: readonly MonthFigures[], figure: keyof MonthFigures): number {
  return months.reduce((sum, f) => sum + f[figure], 0);
}

/** The as-of month's first day (the last month shown, counted to date). */
export function currentMonth(asOf: number): number {
  return firstOfMonth(Math.floor(asOf));
}
