/**
 * Time slicing: long work calls `breathe()` between small steps, and once the current stretch has run
 * SLICE_MS it waits for the next task, so the page handles input and paints (issue 12: no stall over
 * 200 ms). Cheap when called often: it only yields every SLICE_MS. The standalone app's host calls it
 * before every sync; the add-in's own long loops (rules over every row, typed rows, summary models)
 * call it too, since in Excel they run on the task pane's only thread.
 */

/**
 * Work this long without a pause is fine: well under the 200 ms goal, with room for the last step that
 * runs past it and for a garbage-collection pause that lands in the same task (on the Large sample a
 * major GC's final pause alone measured 30-100 ms in Chromium). The browser's "long task" is 50 ms.
 */
export const SLICE_MS = 25;

let sliceStart = performance.now();

/** The next task: the page's pending input and paint run first. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === "function") setImmediate(resolve);
    else if (typeof MessageChannel === "function") {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  });
}

/** Yields to the page when the current stretch of work has run SLICE_MS or more. */
export async function breathe(): Promise<void> {
  if (performance.now() - sliceStart < SLICE_MS) return;
  await nextTask();
  sliceStart = performance.now();
}
