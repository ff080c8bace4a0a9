/**
 * Long loops over rows (the rules over 100k claim lines, typed rows, summary figures) run in steps and
 * await a `Breathe` between them, so the thread they share with the page (the task pane in Excel, the
 * standalone app) can handle input and paint. The domain stays pure: the caller passes the breathe
 * (src/excel/slices.ts yields once a stretch has run long enough; tests count the calls).
 */
export type Breathe = () => Promise<void>;

/** Rows per step: small enough that a step is a few ms; breathe is cheap to call when it need not yield. */
export const ROWS_PER_STEP = 2_000;

/** Runs `step(from, to)` over [0, count) in steps of `size` rows, breathing between them. */
export async function inSteps(
  count: number,
  step: (from: number, to: number) => void,
  breathe: Breathe,
  size = ROWS_PER_STEP,
): Promise<void> {
  for (let from = 0; from < count; from += size) {
    if (from > 0) await breathe();
    step(from, Math.min(count, from + size));
  }
}

/** rows.filter(keep) as work that pauses (yield) every ROWS_PER_STEP rows. */
export function* filterSteps<T>(rows: readonly T[], keep: (row: T) => boolean): Generator<void, T[]> {
  const out: T[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as T;
    if (keep(row)) out.push(row);
    if ((i + 1) % ROWS_PER_STEP === 0) yield;
  }
  return out;
}

/** Runs a generator of work to the end without pausing (the synchronous callers' way). */
export function runAll<T>(work: Generator<void, T>): T {
  for (;;) {
    const next = work.next();
    if (next.done === true) return next.value;
  }
}

/** Runs a generator of work, breathing at each of its pauses. */
export async function runInSteps<T>(work: Generator<void, T>, breathe: Breathe): Promise<T> {
  for (;;) {
    const next = work.next();
    if (next.done === true) return next.value;
    await breathe();
  }
}
