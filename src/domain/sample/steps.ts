/**
 * Generating a large practice takes seconds: the generator is written as steps (a JS generator that
 * yields between bounded pieces of work) so the standalone app can let the page run between them
 * (issue 12: no stall over 200 ms), while tests and the bench drive the same steps without pausing.
 * A step's yield carries nothing; pausing is the driver's business, so the domain stays pure.
 */
export type Steps<T> = Generator<void, T, void>;

/** Items of a loop between two yields: a few milliseconds of work for the sample's heaviest loops. */
export const ITEMS_PER_STEP = 250;

/** Runs every step at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs the steps, awaiting `pause` after each one (the app's pause yields to the page when due). */
export async function runStepsWithPauses<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await pause();
  }
}
