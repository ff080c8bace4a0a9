/**
 * The Office boundary. Everything in src/excel takes a runner instead of calling Excel.run itself, so
 * the same code runs inside Excel (officeRunner) and on the in-memory host (tests, standalone app).
 * One user action = one runner call = one Excel.run.
 */
export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/** The Excel.RunOptions the add-in uses. */
export interface RunOptions {
  /**
   * Wait while the user is typing in a cell instead of failing with InvalidOperationInCellEditMode
   * (Excel.RunOptions.delayForCellEdit, ExcelApi 1.11).
   */
  readonly delayForCellEdit?: boolean;
}

export type ExcelRunner = <T>(batch: ExcelBatch<T>, options?: RunOptions) => Promise<T>;

export const officeRunner: ExcelRunner = (batch, options) => {
  if (!options) return Excel.run(batch);
  const runOptions: Excel.RunOptions = { delayForCellEdit: options.delayForCellEdit === true };
  return Excel.run(runOptions, batch);
};

/**
 * Work the user did not start this moment (event handlers, live validation, streaming functions) runs
 * with delayForCellEdit: "When false, if the user is in cell edit when the batch request is processed by
 * the host, the batch automatically fails" (learn.microsoft.com/javascript/api/excel/excel.runoptions).
 * A background run must not fail because the user happened to be typing.
 */
export const BACKGROUND_RUN: RunOptions = { delayForCellEdit: true };

/** The same runner, every run in the background (BACKGROUND_RUN). */
export function inBackground(run: ExcelRunner): ExcelRunner {
  return (batch) => run(batch, BACKGROUND_RUN);
}
