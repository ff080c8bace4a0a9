/**
 * The rules engine's share of one cell typed into the Large sample (the standalone app's live
 * validation): session.editRows for one Claims row, after the session's first full run. Its cost is
 * a pause of the page, so it must not grow with the table (an edit once rebuilt whole-table lookups).
 * Cases of the validation section (bench/validation.ts), on its practice.
 */
import type { CellValue } from "../src/domain/catalog";
import { ValidationSession } from "../src/domain/rules";
import type { SamplePractice } from "../src/domain/sample";
import type { BenchResult } from "./types";

/** The edits timed: each retypes one cell of Claims row `row` (a value, or its key to a new ID). */
const EDITS: readonly { label: string; header: string; value: (old: CellValue) => CellValue }[] = [
  { label: "Paid", header: "Paid", value: (old) => (typeof old === "number" ? old + 1 : 1) },
  { label: "Claim ID (a new ID)", header: "Claim ID", value: (old) => `${String(old)}X` },
  { label: "Patient Ref", header: "Patient Ref", value: (old) => `${String(old)}X` },
];

/** Times of `runs` edits: the median and the slowest (each edit is re-typed back, so rows stay as generated). */
export async function liveEditCases(
  practice: SamplePractice,
  asOf: number,
  runs = 7,
): Promise<BenchResult[]> {
  const claims = practice.Claims as { headers: readonly string[]; rows: readonly (readonly CellValue[])[] };
  // Made as the app makes it: the first run in steps (here without pausing), then the edits.
  const session = await ValidationSession.create(practice, { asOf }, () => Promise.resolve());
  const results: BenchResult[] = [];
  for (const edit of EDITS) {
    const column = claims.headers.indexOf(edit.header);
    const times: number[] = [];
    let rechecked = 0;
    for (let i = 0; i < runs; i++) {
      const row = Math.floor(((i + 1) * claims.rows.length) / (runs + 2));
      const original = claims.rows[row] ?? [];
      const typed = original.map((v, c) => (c === column ? edit.value(v) : v));
      const start = performance.now();
      const update = session.editRows("Claims", row, [typed]);
      times.push(performance.now() - start);
      rechecked = [...update.scope.values()].reduce((n, rows) => n + (rows === "all" ? 0 : rows.size), 0);
      session.editRows("Claims", row, [original]);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    results.push({
      case: `rules engine: one Claims cell typed (${edit.label})`,
      ms: median,
      syncs: 0,
      maxRequestBytes: 0,
      maxResponseBytes: 0,
      note: `median of ${runs} session.editRows, slowest ${(times.at(-1) ?? 0).toFixed(1)} ms; ${rechecked} rows re-checked; ${session.model.indexesBuiltInOneGo} lookups built in one go`,
    });
  }
  return results;
}
