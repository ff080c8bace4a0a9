/**
 * The longest time the event loop could not run a timer: a chain of 0 ms timers records the largest gap
 * between two of them while some work runs on the same thread. In the browser that is how long the page
 * froze (no input, no paint); Node runs the same code on the same kind of single-threaded loop.
 */
export interface StallProbe {
  /** Stops the probe; returns the longest gap (ms) and how many gaps were longer than 200 ms. */
  stop(): { longestMs: number; over200: number };
}

export function startStallProbe(): StallProbe {
  let last = performance.now();
  let longest = 0;
  let over200 = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    const now = performance.now();
    const gap = now - last;
    longest = Math.max(longest, gap);
    if (gap > 200) over200++;
    last = now;
    timer = setTimeout(tick, 0);
  };
  timer = setTimeout(tick, 0);
  return {
    stop() {
      clearTimeout(timer);
      // The work's last stretch, up to now, counts too.
      const gap = performance.now() - last;
      longest = Math.max(longest, gap);
      if (gap > 200) over200++;
      return { longestMs: longest, over200 };
    },
  };
}
