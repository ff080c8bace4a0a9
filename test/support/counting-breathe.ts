/** A breathe callback for tests of work done in steps: counts its calls and yields a real macrotask. */
export function countingBreathe(): { breathe: () => Promise<void>; calls: () => number } {
  let calls = 0;
  return {
    breathe: async () => {
      calls++;
      await new Promise<void>((resolve) => setImmediate(resolve));
    },
    calls: () => calls,
  };
}
