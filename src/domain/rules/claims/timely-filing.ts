import { CATALOG, type ColumnSpec, type TableSpec } from "../../catalog";
import { isoFromSerial } from "../../dates/excel-dates";
import { shownRaw } from "../display";
import type { Rule } from "../rule";
import { groupKeyPart } from "../workbook-model";

/**
 * Which columns the timely-filing check reads: data, so a renamed column is a one-line change here and
 * the limit itself is each payer's Timely Filing (days) in the workbook.
 */
export const TIMELY_FILING = {
  /** The claim's date the filing clock starts from (also the start of its A/R age). */
  startDate: "Service Date",
  payer: "Payer ID",
  status: "Status",
  /** Status of a claim not yet filed. */
  unfiledStatus: "Draft",
  payerKey: "Payer ID",
  limitDays: "Timely Filing (days)",
  /** Warn this many days before the limit. */
  warnDays: 30,
} as const;

function key(spec: TableSpec, header: string): string {
  const column = spec.columns.find((c: ColumnSpec) => c.header === header);
  if (!column) throw new Error(`Catalog: ${spec.name} has no "${header}" column for timely filing`);
  return column.key;
}

const START = key(CATALOG.Claims, TIMELY_FILING.startDate);
const PAYER = key(CATALOG.Claims, TIMELY_FILING.payer);
const STATUS = key(CATALOG.Claims, TIMELY_FILING.status);
const PAYER_KEY = [key(CATALOG.Payers, TIMELY_FILING.payerKey)];
const LIMIT = key(CATALOG.Payers, TIMELY_FILING.limitDays);
const CLAIM_PAYER = [PAYER];

/** A Draft claim must be filed within its payer's timely filing limit: a warning before, an error after. */
export const timelyFiling: Rule = {
  id: "claims.timely-filing",
  table: "Claims",
  reads: ["Payers"],
  lookups: [{ table: "Payers", keys: PAYER_KEY }],
  relatedLookups: [{ table: "Claims", keys: CLAIM_PAYER }],
  checker(workbook) {
    const claims = workbook.table("Claims");
    const payers = workbook.table("Payers");
    const statuses = claims?.columnValues(STATUS);
    if (!claims || !payers || !statuses) return null;
    const starts = claims.columnValues(START);
    const payerIds = claims.columnValues(PAYER);
    const payerRows = workbook.index("Payers", PAYER_KEY);
    return (row, out) => {
      if (statuses[row] !== TIMELY_FILING.unfiledStatus) return;
      const start = starts?.[row];
      const key = groupKeyPart(payerIds?.[row] ?? null);
      const p = key === null ? undefined : payerRows.first(key);
      const limit = p === undefined ? null : payers.valueOf(LIMIT, p);
      if (typeof start !== "number" || typeof limit !== "number") return;
      const payer = shownRaw(claims.valueOf(PAYER, row) ?? "");
      const deadline = start + limit;
      const left = deadline - workbook.asOf;
      if (left < 0) {
        const message = `This ${TIMELY_FILING.unfiledStatus} claim is past ${payer}'s ${limit}-day timely filing limit (${isoFromSerial(deadline)}, ${-left} day${left === -1 ? "" : "s"} ago): the payer may refuse it`;
        out.push(claims.finding(STATUS, row, "error", "claims.timely-filing", message));
      } else if (left <= TIMELY_FILING.warnDays) {
        const message = `File this ${TIMELY_FILING.unfiledStatus} claim by ${isoFromSerial(deadline)} (${payer}'s ${limit}-day timely filing limit): ${left} day${left === 1 ? "" : "s"} left`;
        out.push(claims.finding(STATUS, row, "warning", "claims.timely-filing", message));
      }
    };
  },
  related(workbook, changed, row) {
    if (changed !== "Payers") return [];
    return workbook.rowsWith(
      "Claims",
      CLAIM_PAYER,
      groupKeyPart(workbook.table("Payers")?.valueOf(PAYER_KEY[0] ?? "", row) ?? null),
    );
  },
};
