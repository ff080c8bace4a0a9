/**
 * The Office boundary. Everything in src/excel takes a runner instead of calling Excel.run itself, so
 * the same code runs inside Excel (officeRunner) and on the in-memory host (tests, standalone app).
 * One user action = one runner call = one Excel.run.
 */
export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;
export type ExcelRunner = <T>(batch: ExcelBatch<T>) => Promise<T>;

export const officeRunner: ExcelRunner = (batch) => Excel.run(batch);
