/**
 * Keeping the user's work: which Excel.run batches of the task pane are still running (Save waits for
 * them, so a file is never written halfway through an operation), and whether the workbook changed
 * since it was opened or saved (closing or reloading the tab then asks first).
 */
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { ExcelRunner } from "../excel/runner";
import type { WorkbookModel } from "../host";

/** Counts the batches running through a runner; tells when none is. */
export class RunTracker {
  private active = 0;
  private readonly listeners = new Set<() => void>();

  /** The runner, counted. */
  wrap(run: ExcelRunner): ExcelRunner {
    return async (batch) => {
      this.change(+1);
      try {
        return await run(batch);
      } finally {
        this.change(-1);
      }
    };
  }

  get busy(): boolean {
    return this.active > 0;
  }

  /** Resolves once no batch is running (at once when none is). */
  whenIdle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => {
      const unsubscribe = this.subscribe(() => {
        if (this.busy) return;
        unsubscribe();
        resolve();
      });
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private change(delta: number): void {
    this.active += delta;
    for (const listener of [...this.listeners]) listener();
  }
}

/** True while the tracker has a batch running (re-renders on change). */
export function useRunning(tracker: RunTracker): boolean {
  return useSyncExternalStore(tracker.subscribe, () => tracker.busy);
}

/**
 * Whether the workbook changed since it was opened, built or last saved; while it has, leaving the
 * page (closing the tab, reloading, navigating away) asks the browser's "Leave site?" question first.
 * A change is what moves the workbook's calculation generation (cells, formats, tables, names, sheets),
 * not a new selection. `checkpoint()` is taken when a save starts; calling what it returns once the
 * file is written marks the workbook saved as it was then (a change made while saving still counts).
 */
export function useUnsavedChanges(model: WorkbookModel): {
  unsaved: boolean;
  /** Now, not as of the last render (for async flows). */
  hasUnsaved: () => boolean;
  checkpoint: () => () => void;
} {
  const [unsaved, setUnsaved] = useState(false);
  const saved = useRef(model.calculationGeneration);
  const changed = () => model.calculationGeneration !== saved.current;
  useEffect(() => {
    saved.current = model.calculationGeneration;
    setUnsaved(false);
    return model.onDidChange(() => setUnsaved(model.calculationGeneration !== saved.current));
  }, [model]);
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (model.calculationGeneration === saved.current) return;
      // Both, for every browser: preventDefault is the standard, returnValue the older way.
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [model]);
  const checkpoint = () => {
    const at = model.calculationGeneration;
    return () => {
      saved.current = at;
      setUnsaved(changed());
    };
  };
  return { unsaved, hasUnsaved: changed, checkpoint };
}
