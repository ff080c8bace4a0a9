/** Re-renders when the workbook changes (after a sync that wrote, or an edit), at most once a frame. */
import { useEffect, useState } from "react";
import type { WorkbookModel } from "../../host";

const nextFrame = (callback: () => void): void => {
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(callback);
  else setTimeout(callback, 16);
};

export function useWorkbookVersion(model: WorkbookModel): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let scheduled = false;
    let live = true;
    const unsubscribe = model.onDidChange(() => {
      if (scheduled) return;
      scheduled = true;
      nextFrame(() => {
        scheduled = false;
        if (live) setVersion((v) => v + 1);
      });
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [model]);
  return version;
}
