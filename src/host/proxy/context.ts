/**
 * The request context of one host.run: queues operations and applies them, in order, at sync().
 * Mirrors Excel's batching: proxies return at once, property values arrive only after sync.
 */
import { HostError, HostErrorCodes, hostError } from "../errors";
import { IN_MEMORY_HOST_MARKER } from "../marker";
import type { ChangeRecord } from "../model/state";
import type { WorkbookModel } from "../model/workbook-model";
import type { EventRegistry } from "./events";
import { jsonBytes, PAYLOAD_LIMIT_BYTES } from "./payload";

export interface Operation {
  /** Request bytes: JSON of what would travel to Excel (method, arguments, values written). */
  readonly bytes: number;
  /** Applies the operation; a load returns the values it read. */
  run(): unknown;
  /** Receives run()'s result once the whole sync succeeded. */
  deliver?(result: unknown): void;
  /** True for operations that only read. */
  readonly readOnly?: boolean;
}

/** What a context needs from its host. */
export interface HostInternals {
  readonly model: WorkbookModel;
  readonly events: EventRegistry;
  /** Counts a sync and returns the failure a test scheduled for it, if any. */
  startSync(): HostError | undefined;
  recordSync(requestBytes: number, responseBytes: number): void;
  /** Fires onChanged handlers for changes a sync of `origin`'s context applied (Local to that session). */
  dispatchChanges(changes: ChangeRecord[], source: "Local" | "Remote", origin: string): void;
  /** While the user is editing a cell: resolves when the edit ends; null when nobody is in cell edit mode. */
  cellEditEnds(): Promise<void> | null;
  /**
   * Awaited at the start of every sync. Like Excel, where a sync crosses to another process, the
   * standalone app lets the page run here (input, paint) now and then; elsewhere a microtask.
   */
  beforeSync(): Promise<void>;
  /**
   * Set in the standalone app: awaited between a sync's operations and before a read's result is
   * measured, so one sync of large reads and writes lets the page run in between. Undefined elsewhere:
   * a sync then applies all its operations without a pause, as before.
   */
  readonly betweenOperations: (() => Promise<void>) | undefined;
  /**
   * Waits until no other sync (or user edit) is applying, and returns the function that ends this one's
   * turn: with pauses inside a sync, syncs and edits take turns, as Excel applies one batch at a time.
   */
  takeTurn(): Promise<() => void>;
}

export class HostRequestContext {
  /** Lets a build test find this code in a bundle. */
  readonly hostMarker = IN_MEMORY_HOST_MARKER;
  private queue: Operation[] = [];
  private closed = false;
  /** context.runtime.enableEvents as applied by the last sync. */
  eventsEnabled = true;
  /** The add-in instance this context belongs to (ExcelHost.session); "main" for host.run. */
  session = "main";
  /** Excel.RunOptions.delayForCellEdit of the run that made this context. */
  delayForCellEdit = false;

  constructor(readonly host: HostInternals) {}

  get model(): WorkbookModel {
    return this.host.model;
  }

  /** office-js API surface; the host keeps no proxy cache, so tracking is a no-op. */
  readonly trackedObjects = {
    add: (_object: unknown): void => undefined,
    remove: (_object: unknown): void => undefined,
  };

  enqueue(operation: Operation): void {
    if (this.closed) {
      throw hostError(
        HostErrorCodes.invalidObjectPath,
        "The object was used after its Excel.run finished; objects belong to one request context.",
      );
    }
    this.queue.push(operation);
  }

  /** Queues a write described by `request` (counted as request bytes) applied by `apply`. */
  enqueueWrite(request: unknown, apply: () => void): void {
    this.enqueue({ bytes: jsonBytes(request), run: apply });
  }

  close(): void {
    this.closed = true;
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    if (this.closed) {
      throw hostError(
        HostErrorCodes.invalidObjectPath,
        "context.sync() was called after its Excel.run finished.",
      );
    }
    const operations = this.queue;
    this.queue = [];
    await this.host.beforeSync();
    // Excel.RunOptions.delayForCellEdit: "When false, if the user is in cell edit when the batch request is
    // processed by the host, the batch automatically fails. When true, ... the batch request is delayed
    // until the user exits cell edit mode." (learn.microsoft.com/javascript/api/excel/excel.runoptions)
    const editing = this.host.cellEditEnds();
    if (editing) {
      if (!this.delayForCellEdit) {
        throw hostError(
          HostErrorCodes.invalidOperationInCellEditMode,
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        );
      }
      await editing;
    }
    const requestBytes = operations.reduce((sum, op) => sum + op.bytes, 2);
    const failure = this.host.startSync();
    if (failure) {
      this.host.recordSync(requestBytes, 0);
      throw failure;
    }
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      this.host.recordSync(requestBytes, 0);
      throw hostError(
        HostErrorCodes.requestPayloadSizeLimitExceeded,
        `The request payload size (${requestBytes} bytes) has exceeded the limit (${PAYLOAD_LIMIT_BYTES} bytes). Write in smaller chunks.`,
      );
    }
    const pause = this.host.betweenOperations;
    const endTurn = pause ? await this.host.takeTurn() : undefined;
    try {
      return await this.apply(operations, requestBytes, pause, passThroughValue);
    } finally {
      endTurn?.();
    }
  }

  /** Applies a sync's operations in one transaction (with `pause` between them when given). */
  private async apply<T>(
    operations: readonly Operation[],
    requestBytes: number,
    pause: (() => Promise<void>) | undefined,
    passThroughValue: T | undefined,
  ): Promise<T> {
    const model = this.model;
    model.begin();
    const results: [Operation, unknown][] = [];
    let failed: unknown;
    let wrote = false;
    let responseBytes = 2;
    for (let i = 0; i < operations.length; i++) {
      const op = operations[i] as Operation;
      if (pause && i > 0) await pause();
      let result: unknown;
      try {
        result = op.run();
        if (!op.readOnly) wrote = true;
      } catch (error) {
        failed = error;
        break;
      }
      if (op.deliver) {
        results.push([op, result]);
        if (pause) await pause();
        responseBytes += jsonBytes(result);
      }
    }
    if (failed === undefined && responseBytes > PAYLOAD_LIMIT_BYTES) {
      model.rollback();
      this.host.recordSync(requestBytes, responseBytes);
      throw hostError(
        HostErrorCodes.responsePayloadSizeLimitExceeded,
        `The response payload size (${responseBytes} bytes) has exceeded the limit (${PAYLOAD_LIMIT_BYTES} bytes). Read in smaller chunks.`,
      );
    }
    // Like Excel, operations before a failing one stay applied.
    model.commit();
    this.host.recordSync(requestBytes, failed === undefined ? responseBytes : 0);
    const changes = model.takeChanges();
    if (wrote) model.notify();
    if (changes.length > 0 && this.eventsEnabled) this.host.dispatchChanges(changes, "Local", this.session);
    if (failed !== undefined) throw toOfficeError(failed);
    for (const [op, result] of results) op.deliver?.(result);
    return passThroughValue as T;
  }
}

function toOfficeError(error: unknown): unknown {
  if (error instanceof HostError) return error;
  if (error instanceof Error) {
    const wrapped = hostError(HostErrorCodes.generalException, `${error.name}: ${error.message}`);
    if (error.stack !== undefined) wrapped.stack = error.stack;
    return wrapped;
  }
  return error;
}
