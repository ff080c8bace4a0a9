import { MAX_REQUEST_BYTES, fillBytes } from "./budget";

/**
 * Keeps queued writes within one request's byte budget: reserve() before queueing an operation syncs
 * first when the operation would not fit with what is already queued.
 */
export class SyncBudget {
  private pending = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit = fillBytes(MAX_REQUEST_BYTES),
  ) {}

  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.limit) await this.flush();
    this.pending += bytes;
  }

  /** Sends everything queued. */
  async flush(): Promise<void> {
    await this.context.sync();
    this.pending = 0;
  }
}
