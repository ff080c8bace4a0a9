import { TABLE_SPECS, type TableName, type TableSpec } from "../catalog";
import { amountsOrder } from "./claims/amounts-order";
import { denialReason } from "./claims/denial-reason";
import { linesTotal } from "./claims/lines-total";
import { payerEnrollment } from "./claims/payer-enrollment";
import { timelyFiling } from "./claims/timely-filing";
import { endAfterStart } from "./contracts/end-after-start";
import { credentialExpiry } from "./credentials/expiry";
import { credentialPerson } from "./credentials/person";
import { noticeWindow } from "./contracts/notice-window";
import { calculatedColumnRule } from "./generic/calculated-column";
import { referenceRule } from "./generic/reference";
import { uniqueKeyRule } from "./generic/unique-key";
import { incidentDeadlinesRule } from "./incidents/deadlines";
import { lotExpiry } from "./inventory/lot-expiry";
import { reorderPar } from "./inventory/reorder-par";
import { receivedBeforeOrdered } from "./purchase-orders/received-before-ordered";
import { recordsOverdue } from "./records-requests/overdue";
import type { Rule } from "./rule";
import { providerDoubleBooked, roomDoubleBooked } from "./schedule/double-booked";
import { outsideHours } from "./schedule/outside-hours";
import { providerLicense } from "./schedule/provider-license";
import { timeOffOrHoliday } from "./schedule/time-off";
import { visitTimesOrder } from "./schedule/visit-times";
import { requiredExpired } from "./training/required-expired";
import { unbilledVisit } from "./schedule/unbilled-visit";

/** Practice rules: what the catalog's column specs cannot say. Each lives in its own small file. */
export const PRACTICE_RULES: readonly Rule[] = [
  providerDoubleBooked,
  roomDoubleBooked,
  outsideHours,
  timeOffOrHoliday,
  visitTimesOrder,
  linesTotal,
  ...amountsOrder,
  timelyFiling,
  denialReason,
  reorderPar,
  lotExpiry,
  receivedBeforeOrdered,
  endAfterStart,
  noticeWindow,
  requiredExpired,
  recordsOverdue,
  credentialExpiry,
  credentialPerson,
  providerLicense,
  payerEnrollment,
  incidentDeadlinesRule,
  unbilledVisit,
];

/**
 * Rules generated from the catalog's data: unique keys, references, calculated columns. (Types, lists,
 * minimums, codes, required cells and Excel errors are checked as each cell is read.) A table or column
 * added to the catalog is validated with no new code.
 */
export function catalogRules(specs: readonly TableSpec[] = TABLE_SPECS): Rule[] {
  const rules: Rule[] = [];
  for (const spec of specs) {
    const key = uniqueKeyRule(spec);
    if (key) rules.push(key);
    for (const column of spec.columns) {
      const ref = referenceRule(spec, column);
      if (ref) rules.push(ref);
      const calc = calculatedColumnRule(spec, column);
      if (calc) rules.push(calc);
    }
  }
  return rules;
}

export const ALL_RULES: readonly Rule[] = [...catalogRules(), ...PRACTICE_RULES];

/** Rules grouped by the table they report on. */
export function rulesByTable(rules: readonly Rule[]): Map<TableName, Rule[]> {
  const map = new Map<TableName, Rule[]>();
  for (const rule of rules) {
    const list = map.get(rule.table);
    if (list) list.push(rule);
    else map.set(rule.table, [rule]);
  }
  return map;
}
