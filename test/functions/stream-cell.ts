/**
 * A streaming PM function called the way Excel calls it: with a StreamingInvocation whose setResult
 * records every result, and cancel() standing for Excel canceling the cell.
 */
export interface StreamedCell {
  /** Every value or error set so far, oldest first. */
  readonly results: unknown[];
  /** The latest result. */
  readonly latest: unknown;
  /** Resolves with the next result set after this call. */
  next(): Promise<unknown>;
  cancel(): void;
}

export function streamCell(fn: (...args: unknown[]) => unknown, ...args: unknown[]): StreamedCell {
  const results: unknown[] = [];
  let waiting: ((value: unknown) => void)[] = [];
  const invocation: { setResult: (v: unknown) => void; onCanceled?: () => void } = {
    setResult(value) {
      results.push(value);
      const wake = waiting;
      waiting = [];
      for (const w of wake) w(value);
    },
  };
  // Excel passes every declared parameter, an omitted optional one as null, and the invocation last.
  const omitted = Math.max(0, fn.length - 1 - args.length);
  fn(...args, ...new Array<null>(omitted).fill(null), invocation);
  return {
    results,
    get latest() {
      return results[results.length - 1];
    },
    next: () => new Promise((resolve) => waiting.push(resolve)),
    cancel: () => invocation.onCanceled?.(),
  };
}

/** The first result of a streaming call. */
export async function firstResult(fn: (...args: unknown[]) => unknown, ...args: unknown[]): Promise<unknown> {
  const cell = streamCell(fn, ...args);
  const value = cell.results.length > 0 ? cell.latest : await cell.next();
  cell.cancel();
  return value;
}
