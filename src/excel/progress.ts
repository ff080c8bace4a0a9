/** Progress of a long operation, for the task pane's progress bar. */
export interface Progress {
  /** Steps finished so far. */
  readonly done: number;
  readonly total: number;
  /** What is being done now, e.g. "Creating Claims". */
  readonly label: string;
}

export type ProgressListener = (progress: Progress) => void;
