/**
 * The longest time the event loop could not run a timer: a chain of 0 ms timers records the largest gap
 * between two of them while some work runs on the same thread. In the browser that is how long the page
 * froze (no input, no paint); Node runs the same code on the same kind of single-threaded loop.
 * Also the CPU time the process used in that longest gap: on a busy machine (the wall-clock gap grows
 * with other processes' load) it is the steadier figure.
 */
export interface StallReport {
  /** Longest wall-clock gap between two timer ticks (ms). */
  readonly longestMs: number;
  /** Largest CPU time (ms, this process) used between two ticks. */
  readonly longestCpuMs: number;
  /** Gaps longer than 200 ms (wall clock). */
  readonly over200: number;
  /** Gaps in which this process used more than 200 ms of CPU (steadier than wall clock on a busy machine). */
  readonly cpuOver200: number;
}

export interface StallProbe {
  stop(): StallReport;
}

export function startStallProbe(): StallProbe {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  let longest = 0;
  let longestCpu = 0;
  let over200 = 0;
  let cpuOver200 = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const record = () => {
    const now = performance.now();
    const used = process.cpuUsage(lastCpu);
    const gap = now - last;
    longest = Math.max(longest, gap);
    const cpu = (used.user + used.system) / 1000;
    longestCpu = Math.max(longestCpu, cpu);
    if (gap > 200) over200++;
    if (cpu > 200) cpuOver200++;
    last = now;
    lastCpu = process.cpuUsage();
  };
  const tick = () => {
    record();
    timer = setTimeout(tick, 0);
  };
  timer = setTimeout(tick, 0);
  return {
    stop() {
      clearTimeout(timer);
      // The work's last stretch, up to now, counts too.
      record();
      return { longestMs: longest, longestCpuMs: longestCpu, over200, cpuOver200 };
    },
  };
}
