/** The JS heap as the memory benches read it: only true after a full GC (npm run bench runs node --expose-gc). */

/** The JS heap after a full GC (sync: what the current job still references stays; see settledHeap). */
export function heapAfterGc(): number {
  if (!global.gc)
    throw new Error("Run with node --expose-gc (npm run bench does): heap sizes need a full GC.");
  global.gc();
  return process.memoryUsage().heapUsed;
}

/**
 * The JS heap after a full GC in a new turn of the event loop: a GC inside the job that made the garbage
 * keeps tens of MB of it (measured: 44 MB at 20,000 claims that a heap snapshot does not find).
 */
export async function settledHeap(): Promise<number> {
  heapAfterGc();
  await new Promise((resolve) => setImmediate(resolve));
  return heapAfterGc();
}
