/**
 * Progress of a running operation: what is being done now and a bar.
 * Props:
 *  - progress: the latest Progress the operation reported, or null before its first report (the bar is
 *    then indeterminate, as it is while total is 0).
 *  - label: accessible name used until the operation reports its own label (default "Working…").
 * The text sits in a polite live region so screen readers hear each step.
 */
import { Field, ProgressBar } from "@fluentui/react-components";
import type { Progress } from "../../excel/progress";

export interface OperationProgressProps {
  readonly progress: Progress | null;
  readonly label?: string;
}

export function progressText(progress: Progress | null, fallback: string): string {
  if (!progress) return fallback;
  const label = progress.label || fallback;
  return progress.total > 0 ? `${label} (${progress.done} of ${progress.total})` : label;
}

export function OperationProgress({ progress, label = "Working…" }: OperationProgressProps) {
  const value = progress && progress.total > 0 ? Math.min(progress.done / progress.total, 1) : undefined;
  return (
    <div role="status" aria-live="polite">
      <Field label={progressText(progress, label)}>
        {/* No value = indeterminate bar. */}
        <ProgressBar max={1} {...(value === undefined ? {} : { value })} />
      </Field>
    </div>
  );
}
