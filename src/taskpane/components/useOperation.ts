/**
 * State of one long user action (set up, validate, import…): idle → running (with progress) → done or
 * failed. start() ignores clicks while running, so a double click never runs the action twice.
 */
import { useCallback, useRef, useState } from "react";
import type { Progress, ProgressListener } from "../../excel/progress";

export type OperationState<T> =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly progress: Progress | null }
  | { readonly status: "done"; readonly result: T }
  | { readonly status: "failed"; readonly error: unknown };

export function useOperation<T>(operation: (onProgress: ProgressListener) => Promise<T>) {
  const [state, setState] = useState<OperationState<T>>({ status: "idle" });
  const running = useRef(false);

  const start = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setState({ status: "running", progress: null });
    try {
      const result = await operation((progress) => setState({ status: "running", progress }));
      setState({ status: "done", result });
    } catch (error) {
      console.error(error);
      setState({ status: "failed", error });
    } finally {
      running.current = false;
    }
  }, [operation]);

  return { state, start };
}
