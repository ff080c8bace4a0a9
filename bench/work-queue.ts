/**
 * Work queue: the Large sample (~100k claim lines) in the in-memory host; the Work Queue, Unbilled
 * Visits and Patient Balances sheets refreshed alone (the summaries' path: read, compute, render), and
 * the queue's pure compute. Reports CPU ms, syncs per sheet (the summaries' bound: a small constant per
 * sheet) and the largest request (<= 4 MB), as the summaries section does.
 */
import { CATALOG } from "../src/domain/catalog";
import { workQueue } from "../src/domain/revenue-cycle/work-queue";
import { DEFAULT_AS_OF } from "../src/domain/sample";
import { SUMMARIES } from "../src/domain/summaries";
import { refreshSummaries } from "../src/excel/summaries/refresh";
import { createTableData } from "../src/excel/table-io";
import { measure, practiceHost } from "./support";
import type { BenchSection } from "./types";

const CLAIM_LINES = 100_000;
const SHEETS = SUMMARIES.filter((s) => ["workQueue", "unbilledVisits", "patientBalances"].includes(s.id));

export const workQueueBench: BenchSection = {
  name: "work-queue",
  async run() {
    const { host, data } = await practiceHost({ claimLines: CLAIM_LINES });
    const asOf = DEFAULT_AS_OF + 0.4;
    const typed = <T extends "Claims" | "Payers" | "Payments" | "ClaimActivity">(name: T) =>
      createTableData({ name, sheet: name, ...data[name], firstRow: 1, firstColumn: 0 }).typedRows(
        CATALOG[name],
      );
    const tables = {
      claims: typed("Claims"),
      payers: typed("Payers"),
      payments: typed("Payments"),
      activity: typed("ClaimActivity"),
    };
    let size = 0;
    const compute = await measure(
      `compute the queue (${data.Claims.rows.length} claims, ${data.ClaimActivity.rows.length} activity rows)`,
      null,
      () => Promise.resolve((size = workQueue(tables, asOf).length)),
      { cpu: true, note: () => `${size} claims in the queue` },
    );
    const refresh = {
      cpu: true,
      note: () => `${(host.stats.syncs / SHEETS.length).toFixed(1)} syncs per sheet`,
    };
    const first = await measure(
      `refresh Work Queue, Unbilled Visits, Patient Balances (new)`,
      host,
      () => refreshSummaries(host.run, { asOf, summaries: SHEETS }),
      refresh,
    );
    const again = await measure(
      "refresh them again over the generated sheets",
      host,
      () => refreshSummaries(host.run, { asOf, summaries: SHEETS }),
      refresh,
    );
    return [compute, first, again];
  },
};
