/** One measured case of a bench section (one line of the printed table). */
export interface BenchResult {
  readonly case: string;
  readonly ms: number;
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly note?: string;
}

/**
 * A bench section: bench/<name>.ts exports one of these, and bench/run.ts lists it in SECTIONS.
 * run() measures its cases and returns them; it must not print (run.ts prints one table).
 */
export interface BenchSection {
  readonly name: string;
  run(): Promise<readonly BenchResult[]>;
}
