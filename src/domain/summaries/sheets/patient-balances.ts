/** Patient Balances: what each patient owes, aged by service date, with the last payment. */
import type { TableName } from "../../catalog";
import { bucketLabels } from "../../metrics/aging";
import type { Breathe } from "../../slices";
import {
  patientBalances,
  patientBalancesInSteps,
  type PatientBalance,
} from "../../revenue-cycle/patient-balances";
import { DEFINITIONS as D } from "../definitions";
import { sumCells } from "../formulas";
import type { SummaryInput } from "../inputs";
import { rowsOf } from "../inputs";
import type { SheetModel } from "../model";
import { startSheet } from "./common";

export const PATIENT_BALANCES = {
  id: "patientBalances",
  name: "Patient Balances",
  title: "Patient Balances",
} as const;
export const PATIENT_BALANCE_TABLES: readonly TableName[] = ["Claims", "Payments", "Payers"];

/** More patients than this: the list stops and says how many are left out of it (totals count them all). */
export const PATIENT_ROWS_SHOWN = 5000;

export function patientBalancesSheet(input: SummaryInput): SheetModel {
  const list = patientBalances(
    rowsOf(input.tables, "Claims"),
    rowsOf(input.tables, "Payments"),
    rowsOf(input.tables, "Payers"),
    input.asOf,
    input.bucketDays,
  );
  return layoutPatientBalances(input, list);
}

/** patientBalancesSheet with the balances computed in steps, breathing between them. */
export async function patientBalancesSheetInSteps(
  input: SummaryInput,
  breathe: Breathe,
): Promise<SheetModel> {
  const list = await patientBalancesInSteps(
    rowsOf(input.tables, "Claims"),
    rowsOf(input.tables, "Payments"),
    rowsOf(input.tables, "Payers"),
    input.asOf,
    input.bucketDays,
    breathe,
  );
  return layoutPatientBalances(input, list);
}

function layoutPatientBalances(input: SummaryInput, list: readonly PatientBalance[]): SheetModel {
  const labels = bucketLabels(input.bucketDays);
  const b = startSheet(PATIENT_BALANCES, input, PATIENT_BALANCE_TABLES);
  b.section(`Patients with a balance: ${list.length.toLocaleString("en-US")}`);
  const shown = list.slice(0, PATIENT_ROWS_SHOWN);
  const t = b.table([
    { header: "Patient Ref", format: "text", width: 13 },
    ...labels.map((l) => ({ header: l, format: "currency" as const, width: 12 })),
    { header: "Total", format: "currency", width: 13 },
    { header: "Last Payment", format: "date", width: 12 },
    { header: "Last Amount", format: "currency", width: 12 },
    { header: "Claims", width: 30 },
  ]);
  const n = labels.length;
  for (const p of shown) {
    const r = t.nextRow;
    t.add([
      p.patientRef,
      ...p.buckets,
      sumCells(r, 1, 1, n),
      p.lastPaymentOn,
      p.lastPaymentAmount,
      p.claims.join(", "),
    ]);
  }
  if (list.length === 0) t.add(["No patient owes anything"], "note");
  const rest = list.slice(PATIENT_ROWS_SHOWN);
  if (rest.length > 0) {
    const restBuckets = labels.map(
      (_, i) => Math.round(rest.reduce((s, p) => s + (p.buckets[i] ?? 0), 0) * 100) / 100,
    );
    const r = t.nextRow;
    t.add(
      [`${rest.length.toLocaleString("en-US")} more patients`, ...restBuckets, sumCells(r, 1, 1, n)],
      "muted",
    );
  }
  const listed = t.nextRow - t.firstRow;
  t.add(
    [
      "Total",
      ...labels.map((_, i) => sumCells(t.firstRow, 1 + i, listed)),
      sumCells(t.firstRow, 1 + n, listed),
    ],
    "total",
  );
  t.end();
  b.note(D.duePatient);
  b.note(D.aging);
  b.note(
    "Sorted by what is owed beyond the first bucket, then by total. The workbook holds no names or addresses: statements are made elsewhere.",
  );
  return b.build();
}
