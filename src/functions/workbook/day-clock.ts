/**
 * Tells listeners when the local date changes, for the streaming functions whose result depends on today
 * (REMAINING and BUDGETREPORT default to this year, FORECAST and BUDGETREPORT to today). A streaming
 * function cannot also be volatile (the custom functions metadata docs: "volatile ... cannot be used with
 * stream"), so Excel never recalculates them by itself: without this a cell opened on 31 December keeps
 * last year's figure until a table is edited. One timer for all cells, only while a cell listens; it
 * wakes at the next local midnight and at least hourly (a sleeping computer or a clock change delays or
 * moves timers), and tells the listeners only when the date really changed.
 */
import { today } from "../args";

export type DayListener = () => void;

/** Longest wait between two looks at the clock. */
const MAX_WAIT_MS = 60 * 60 * 1000;

class DayClock {
  private readonly listeners = new Set<DayListener>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private day = today();

  /** Calls the listener after each change of the local date. Returns unsubscribe. */
  subscribe(listener: DayListener): () => void {
    if (this.listeners.size === 0) {
      this.day = today();
      this.schedule();
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer !== null) {
        clearTimeout(this.timer);
        this.timer = null;
      }
    };
  }

  private schedule(): void {
    const now = new Date();
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    // A second past midnight, so that today() has moved on when the timer fires.
    const wait = Math.min(midnight.getTime() - now.getTime() + 1000, MAX_WAIT_MS);
    this.timer = setTimeout(() => this.tick(), wait);
  }

  private tick(): void {
    this.timer = null;
    if (this.listeners.size === 0) return;
    const now = today();
    if (now !== this.day) {
      this.day = now;
      for (const listener of [...this.listeners]) listener();
    }
    if (this.listeners.size > 0 && this.timer === null) this.schedule();
  }
}

const clock = new DayClock();

/** Calls the listener when the local date changes (see DayClock). Returns unsubscribe. */
export function onDayChange(listener: DayListener): () => void {
  return clock.subscribe(listener);
}
