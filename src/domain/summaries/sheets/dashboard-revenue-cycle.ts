/** The Dashboard's revenue-cycle section: claim KPIs per period, denial dollars by reason and payer. */
import {
  deniedDollarsBy,
  denialCode,
  patientArOver90,
  revenueKpis,
  REVENUE_DEFINITIONS as D,
  type RevenueKpis,
} from "../../revenue-cycle/kpis";
import type { Breathe } from "../../slices";
import type { SheetBuilder } from "../builder";
import type { SummaryInput } from "../inputs";
import { rowsOf, textKey } from "../inputs";
import { periodList, reportPeriods } from "../periods";
import type { NumberFormatName } from "../style";

/** Denial reasons and payers listed by name; the rest are summed in one row. */
const TOP = 10;

/** The claim KPIs of each report period, one period per step with `breathe` between them. */
export async function periodKpisInSteps(input: SummaryInput, breathe: Breathe): Promise<RevenueKpis[]> {
  const claims = rowsOf(input.tables, "Claims");
  const activity = rowsOf(input.tables, "ClaimActivity");
  const out: RevenueKpis[] = [];
  for (const p of periodList(reportPeriods(input.asOf))) {
    out.push(revenueKpis(claims, activity, p));
    await breathe();
  }
  return out;
}

/** `kpis`: the periods' claim KPIs when already computed (periodKpisInSteps). */
export function revenueCycleSection(
  b: SheetBuilder,
  input: SummaryInput,
  kpis?: readonly RevenueKpis[],
): void {
  const claims = rowsOf(input.tables, "Claims");
  const activity = rowsOf(input.tables, "ClaimActivity");
  const periods = periodList(reportPeriods(input.asOf));
  const k = kpis ?? periods.map((p) => revenueKpis(claims, activity, p));
  b.section("Revenue cycle");
  const t = b.table([
    { header: "Measure" },
    ...periods.map((p) => ({ header: p.label })),
    { header: "Definition" },
  ]);
  const row = (label: string, cells: (number | null)[], format: NumberFormatName, definition: string) => {
    const r = t.add([label, ...cells, definition]);
    b.format({ row: r, col: 1, rows: 1, cols: periods.length }, format);
    b.style({ row: r, col: 1 + periods.length, rows: 1, cols: 1 }, "note");
  };
  row(
    "Submission lag (days)",
    k.map((x) => x.submissionLag),
    "decimal",
    D.submissionLag,
  );
  row(
    "First-pass resolution rate",
    k.map((x) => x.firstPassResolution),
    "percent",
    D.firstPassResolution,
  );
  row(
    "Clean-claim rate",
    k.map((x) => x.cleanClaimRate),
    "percent",
    D.cleanClaimRate,
  );
  row(
    "Denied dollars",
    k.map((x) => x.deniedDollars),
    "currency",
    D.denialDollars,
  );
  row(
    "Appeal overturn rate",
    k.map((x) => x.appealOverturnRate),
    "percent",
    D.appealOverturnRate,
  );
  row(
    "Underpayment dollars",
    k.map((x) => x.underpaymentDollars),
    "currency",
    D.underpaymentDollars,
  );
  const patient = patientArOver90(
    claims,
    rowsOf(input.tables, "Payments"),
    rowsOf(input.tables, "Payers"),
    input.asOf,
  );
  row("Patient A/R over 90 days (now)", [patient, null, null], "currency", D.patientArOver90);
  t.end();

  const year = periods[periods.length - 1];
  if (!year) return;
  const names = new Map(
    rowsOf(input.tables, "Payers").map((p) => [textKey(p.payerId), p.name ?? p.payerId ?? ""]),
  );
  const lists: [string, (c: (typeof claims)[number]) => string][] = [
    ["Denial reason", (c) => denialCode(c.denialReason)],
    ["Payer", (c) => names.get(textKey(c.payerId)) ?? c.payerId ?? "(no payer)"],
  ];
  for (const [title, key] of lists) {
    b.section(`Denied dollars by ${title.toLowerCase()}, ${year.label.toLowerCase()}`);
    const list = deniedDollarsBy(claims, year, key);
    const d = b.table([
      { header: title },
      { header: "Claims", format: "integer" },
      { header: "Dollars", format: "currency" },
    ]);
    for (const g of list.slice(0, TOP)) d.add([g.key, g.claims, g.dollars]);
    const rest = list.slice(TOP);
    if (rest.length > 0)
      d.add(
        [
          `${rest.length} more`,
          rest.reduce((s, g) => s + g.claims, 0),
          Math.round(rest.reduce((s, g) => s + g.dollars, 0) * 100) / 100,
        ],
        "muted",
      );
    if (list.length === 0) d.add(["No denials"], "note");
    d.end();
  }
}
