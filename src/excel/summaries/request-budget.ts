/**
 * Keeps each request to Excel within MAX_REQUEST_BYTES: callers reserve the estimated size of an
 * operation before queueing it, and the queue is synced first when it would not fit.
 */
import { MAX_REQUEST_BYTES } from "../table-io";

/** Rough JSON size of an operation without a payload (method, object path, property names). */
export const OPERATION_BYTES = 300;

export class RequestBudget {
  private pending = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit = MAX_REQUEST_BYTES,
  ) {}

  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.limit) await this.flush();
    this.pending += bytes;
  }

  /** Sends what is queued (if anything was reserved). */
  async flush(): Promise<void> {
    if (this.pending === 0) return;
    await this.context.sync();
    this.pending = 0;
  }
}
