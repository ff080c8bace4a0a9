/**
 * createExcelHost: an in-memory Excel for tests, benchmarks and the standalone app. Never imported by
 * add-in code (src/excel etc. take an ExcelRunner and may import types from here only).
 */
import type { ExcelRunner, RunOptions } from "../excel/runner";
import { parseAddress } from "./address";
import { HostError, HostErrorCodes, hostError } from "./errors";
import { installExcelGlobal } from "./excel-global";
import { IN_MEMORY_HOST_MARKER } from "./marker";
import { applyInput } from "./model/input";
import { afterContentWrite } from "./model/range-ops";
import { snapshotWorkbook } from "./model/snapshot";
import { WorkbookModel } from "./model/workbook-model";
import { HostRequestContext } from "./proxy/context";
import type { HostInternals } from "./proxy/context";
import { EventRegistry } from "./proxy/events";
import { HostRuntime, HostWorkbook } from "./proxy/workbook";
import type { ChangeRecord } from "./model/state";

export interface HostSyncStats {
  readonly requestBytes: number;
  readonly responseBytes: number;
}

export interface HostStats {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  requests: HostSyncStats[];
}

export interface ExcelHost {
  /** Like Excel.run: a new request context per call. */
  readonly run: ExcelRunner;
  readonly workbook: WorkbookModel;
  readonly stats: HostStats;
  resetStats(): void;
  /** The nth sync from now (1 = the next) throws this error and applies nothing of its batch. */
  failSync(nth: number, error?: { code: string; message: string }): void;
  /** A user (Local) or co-author (Remote) typing values: "=..." becomes a formula; fires onChanged. */
  edit(
    sheet: string,
    address: string,
    values: (string | number | boolean)[][],
    source?: "Local" | "Remote",
  ): Promise<void>;
  snapshot(): string;
  /** Resolves when every event handler started so far has finished. */
  settle(): Promise<void>;
  /** Number of onChanged handlers registered. */
  readonly handlerCount: number;
  /**
   * A second add-in instance on the same workbook (a co-author's Excel with the add-in): its runs'
   * changes reach the other sessions' handlers as source "Remote" and its own as "Local", and the
   * reverse. host.run and host.edit(..., "Local") belong to the session "main".
   */
  session(name: string): { run: ExcelRunner; edit: ExcelHost["edit"] };
  /**
   * The user starts typing in a cell: until endCellEdit(), a sync of a run without delayForCellEdit fails
   * with InvalidOperationInCellEditMode, and one with it waits (Excel.RunOptions.delayForCellEdit).
   */
  startCellEdit(): void;
  endCellEdit(): void;
  readonly marker: string;
}

/** The context a batch receives; cast once to Excel.RequestContext in run(). */
export class HostExcelContext extends HostRequestContext {
  readonly workbook: HostWorkbook = new HostWorkbook(this);
  readonly runtime: HostRuntime = new HostRuntime(this);
}

function emptyStats(): HostStats {
  return {
    syncs: 0,
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    totalRequestBytes: 0,
    totalResponseBytes: 0,
    requests: [],
  };
}

export interface ExcelHostOptions {
  readonly workbook?: WorkbookModel;
  /** Awaited at the start of every context.sync() (default: a microtask); see HostInternals.beforeSync. */
  readonly beforeSync?: () => Promise<void>;
  /**
   * Awaited between the operations of a sync (see HostInternals.betweenOperations): the standalone app
   * passes its breathe, so a sync of several 4 MB reads never holds the page for long.
   */
  readonly betweenOperations?: () => Promise<void>;
}

export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  installExcelGlobal();
  const model = options.workbook ?? new WorkbookModel();
  const events = new EventRegistry();
  let stats = emptyStats();
  const scheduledFailures = new Map<number, HostError>();
  let syncsSinceSchedule = 0;
  const pending = new Set<Promise<void>>();
  const handlerErrors: Error[] = [];

  const track = (promise: Promise<void>): Promise<void> => {
    const tracked = promise
      .catch((error: unknown) => {
        handlerErrors.push(error instanceof Error ? error : new Error(String(error)));
      })
      .finally(() => pending.delete(tracked));
    pending.add(tracked);
    return tracked;
  };

  let cellEdit: { ended: Promise<void>; end: () => void } | null = null;

  // One sync (or user edit) applies at a time; only needed when a sync pauses inside (betweenOperations).
  let turn: Promise<void> | null = null;
  const takeTurn = async (): Promise<() => void> => {
    while (turn) await turn;
    let endTurn = () => {};
    turn = new Promise<void>((resolve) => (endTurn = resolve));
    return () => {
      turn = null;
      endTurn();
    };
  };

  const internals: HostInternals = {
    model,
    events,
    beforeSync: options.beforeSync ?? (() => Promise.resolve()),
    startSync: () => {
      stats.syncs++;
      syncsSinceSchedule++;
      const failure = scheduledFailures.get(syncsSinceSchedule);
      scheduledFailures.delete(syncsSinceSchedule);
      return failure;
    },
    recordSync: (requestBytes, responseBytes) => {
      stats.requests.push({ requestBytes, responseBytes });
      stats.totalRequestBytes += requestBytes;
      stats.totalResponseBytes += responseBytes;
      stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
    },
    dispatchChanges: (changes: ChangeRecord[], source, origin) => {
      if (events.count === 0) return;
      // Like Excel, handlers run after the sync that caused them, not inside it.
      void track(Promise.resolve().then(() => events.dispatch(model, changes, source, origin)));
    },
    cellEditEnds: () => cellEdit?.ended ?? null,
    betweenOperations: options.betweenOperations,
    takeTurn,
  };

  const runIn =
    (session: string): ExcelRunner =>
    (batch, runOptions?: RunOptions) =>
      runBatch(batch, session, runOptions);

  const runBatch = async <T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    session: string,
    runOptions: RunOptions | undefined,
  ): Promise<T> => {
    const context = new HostExcelContext(internals);
    context.session = session;
    context.delayForCellEdit = runOptions?.delayForCellEdit === true;
    try {
      // The one cast: the host's proxies stand in for the Office.js classes the batch is typed against.
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.pendingOperations > 0) await context.sync();
      return result;
    } finally {
      context.close();
    }
  };
  const run = runIn("main");

  /** A user typing (see ExcelHost.edit); `origin` is the session whose user typed, if known. */
  const edit = async (
    sheetName: string,
    address: string,
    values: (string | number | boolean)[][],
    source: "Local" | "Remote",
    origin: string | undefined,
  ): Promise<void> => {
    const sheet = model.requireSheet(sheetName);
    const parsed = parseAddress(address);
    if (!parsed) throw hostError(HostErrorCodes.invalidArgument, `"${address}" is not an address.`);
    const rect = parsed.rect;
    if (
      values.length !== rect.r1 - rect.r0 + 1 ||
      values.some((row) => row.length !== rect.c1 - rect.c0 + 1)
    ) {
      throw hostError(HostErrorCodes.invalidArgument, "edit(): the values do not match the address's size.");
    }
    // A user's typing waits for a sync that is applying (Excel applies a batch, then the user's input).
    const endTurn = options.betweenOperations ? await takeTurn() : undefined;
    try {
      model.begin();
      try {
        values.forEach((row, i) =>
          row.forEach((value, j) => {
            const r = rect.r0 + i;
            const c = rect.c0 + j;
            sheet.cells.set(r, c, applyInput(sheet.cells.get(r, c), value));
          }),
        );
        afterContentWrite(model, sheet, rect);
        model.recordChange({ sheetId: sheet.id, rect, changeType: "RangeEdited" });
        model.commit();
      } catch (error) {
        model.rollback();
        throw error;
      }
    } finally {
      endTurn?.();
    }
    model.notify();
    const changes = model.takeChanges();
    await track(events.dispatch(model, changes, source, origin));
    const failure = handlerErrors.shift();
    if (failure !== undefined) throw failure;
  };

  return {
    run,
    workbook: model,
    get stats() {
      return stats;
    },
    resetStats: () => {
      stats = emptyStats();
    },
    failSync: (nth, error) => {
      if (!Number.isInteger(nth) || nth < 1) throw new Error("failSync(nth): nth must be 1 or more");
      // Schedules count from now: restart the counter when nothing else is scheduled.
      if (scheduledFailures.size === 0) syncsSinceSchedule = 0;
      scheduledFailures.set(
        syncsSinceSchedule + nth,
        hostError(
          error?.code ?? HostErrorCodes.generalException,
          error?.message ?? "The sync failed (scheduled by failSync).",
        ),
      );
    },
    edit: (sheetName, address, values, source = "Local") =>
      edit(sheetName, address, values, source, source === "Local" ? "main" : undefined),
    session: (name) => ({
      run: runIn(name),
      edit: (sheetName, address, values, source = "Local") =>
        edit(sheetName, address, values, source, source === "Local" ? name : undefined),
    }),
    startCellEdit: () => {
      if (cellEdit) return;
      let end = () => {};
      const ended = new Promise<void>((resolve) => (end = resolve));
      cellEdit = { ended, end };
    },
    endCellEdit: () => {
      const current = cellEdit;
      cellEdit = null;
      current?.end();
    },
    snapshot: () => snapshotWorkbook(model),
    settle: async () => {
      while (pending.size > 0) await Promise.all([...pending]);
      const failure = handlerErrors.shift();
      if (failure !== undefined) throw failure;
    },
    get handlerCount() {
      return events.count;
    },
    marker: IN_MEMORY_HOST_MARKER,
  };
}
