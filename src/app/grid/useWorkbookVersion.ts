/**
 * Re-renders when the workbook changes (after a sync that wrote, or an edit), at most once a frame.
 * Stale formulas are computed meanwhile in slices (model.calculate with the app's breathe), so an edit
 * in a large workbook never freezes the page: the grid shows the previous results for a moment, like
 * Excel's "Calculating...", and draws again when the calculation is done.
 */
import { useEffect, useState } from "react";
import type { WorkbookModel } from "../../host";
import { breathe } from "../slices";

const nextFrame = (callback: () => void): void => {
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(callback);
  else setTimeout(callback, 16);
};

/** One sliced calculation per workbook at a time (the grid and the sheet tabs share it). */
const running = new WeakMap<WorkbookModel, Promise<boolean>>();

export function calculateInSlices(model: WorkbookModel): Promise<boolean> {
  const current = running.get(model);
  if (current) return current;
  const run = model.calculate(breathe).finally(() => running.delete(model));
  running.set(model, run);
  return run;
}

export function useWorkbookVersion(model: WorkbookModel): number {
  const [version, setVersion] = useState(0);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  // A failed calculation is a bug: shown by the app's error boundary, never swallowed.
  if (failure) throw failure.error;
  useEffect(() => {
    let scheduled = false;
    let live = true;
    const redraw = () => {
      if (scheduled) return;
      scheduled = true;
      nextFrame(() => {
        scheduled = false;
        if (live) setVersion((v) => v + 1);
      });
    };
    const calculate = () => {
      if (!model.calculationPending) return;
      calculateInSlices(model).then(
        (computed) => {
          if (computed) redraw();
        },
        (error: unknown) => {
          if (live) setFailure({ error });
        },
      );
    };
    const unsubscribe = model.onDidChange(() => {
      redraw();
      calculate();
    });
    calculate();
    return () => {
      live = false;
      unsubscribe();
    };
  }, [model]);
  return version;
}
