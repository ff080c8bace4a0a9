/**
 * The one validation state of the add-in, shared by the task pane and the ribbon's Validate command.
 * They are separate bundles in one shared runtime (each with its own module copies), so the controllers
 * live on globalThis under a Symbol.for key, like the command notices. Work is serialized: a validation,
 * a live update, Clear marks and a jump never interleave their Excel batches.
 */
import type { Finding } from "../../domain/rules";
import type { Progress } from "../progress";
import { BACKGROUND_RUN, type ExcelRunner } from "../runner";
import { clearMarks } from "./clear";
import { applyTableChange, type LiveUpdate, type TableChange } from "./live";
import { selectFinding } from "./select";
import {
  reportOf,
  validateWorkbook,
  type ValidateOptions,
  type ValidationReport,
  type ValidationState,
} from "./validate";

export interface ValidationSnapshot {
  readonly status: "idle" | "running" | "done" | "failed";
  readonly progress: Progress | null;
  readonly report: ValidationReport | null;
  /** Why the last validation, live update, clear or jump failed (null when it did not). */
  readonly error: unknown;
  readonly live: boolean;
  /** The last live re-check, for the pane's status line. */
  readonly lastLive: LiveUpdate | null;
}

type Listener = (snapshot: ValidationSnapshot) => void;

/** What callers choose; progress, the handler's registration and the previous layouts are the controller's. */
type PublicValidateOptions = Omit<ValidateOptions, "onProgress" | "alongside" | "previous">;

const INITIAL: ValidationSnapshot = {
  status: "idle",
  progress: null,
  report: null,
  error: null,
  live: false,
  lastLive: null,
};

export class ValidationController {
  private snapshot: ValidationSnapshot = INITIAL;
  private state: ValidationState | null = null;
  private readonly listeners = new Set<Listener>();
  private queue: Promise<unknown> = Promise.resolve();
  private registered = false;
  /** Counts handler registrations: only the latest one's handler acts. */
  private generation = 0;
  /** Options of the last validation, reused when live validation is turned back on. */
  private options: PublicValidateOptions = {};

  constructor(private readonly run: ExcelRunner) {}

  getSnapshot = (): ValidationSnapshot => this.snapshot;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Validate every table, mark problem cells, and turn live validation on. */
  validate(options: PublicValidateOptions = {}): Promise<ValidationReport> {
    this.options = options;
    return this.serial(async () => {
      this.set({ status: "running", progress: null, error: null });
      try {
        const register = this.registered ? {} : { alongside: this.register };
        const { report, state } = await validateWorkbook(this.run, {
          ...options,
          ...register,
          ...(this.state ? { previous: this.state.layouts } : {}),
          onProgress: (progress) => this.set({ progress }),
        });
        this.state = state;
        this.registered = true;
        this.set({ status: "done", progress: null, report, live: true, lastLive: null });
        return report;
      } catch (error) {
        this.set({ status: "failed", progress: null, error });
        throw error;
      }
    });
  }

  /**
   * Turns live validation off, or on: turning it on validates the whole workbook first, since edits made
   * while it was off were not followed.
   */
  async setLive(on: boolean): Promise<void> {
    if (!on) {
      this.set({ live: false });
      return;
    }
    if (!this.snapshot.live) await this.validate(this.options);
  }

  /** Removes our marks (and only ours). The problem list stays until the next validation. */
  clearMarks(): Promise<number> {
    return this.serial(async () => {
      try {
        const removed = await clearMarks(this.run);
        this.state?.marks.clear();
        this.set({ error: null, ...(this.state ? { report: reportOf(this.state) } : {}) });
        return removed;
      } catch (error) {
        this.set({ error });
        throw error;
      }
    });
  }

  /** Selects the problem's cell in the workbook. */
  select(finding: Finding): Promise<void> {
    return this.serial(async () => {
      try {
        await selectFinding(this.run, finding);
      } catch (error) {
        this.set({ error });
        throw error;
      }
    });
  }

  /** A table changed (the registered event handler calls this; tests may too). */
  onTableChanged(change: TableChange): Promise<void> {
    return this.serial(async () => {
      const state = this.state;
      if (!this.snapshot.live || !state) return;
      try {
        // In the background: the user may be typing in a cell when the event arrives (delayForCellEdit).
        const update = await this.run((context) => applyTableChange(context, state, change), BACKGROUND_RUN);
        if (update.read !== "ignored") this.set({ report: update.report, lastLive: update, error: null });
      } catch (error) {
        // Surfaced in the pane; the next edit or a full validation tries again.
        console.error("Live validation failed", error);
        this.set({ error });
      }
    });
  }

  /**
   * Queues registering the table-change handler (it travels with Validate's first sync, so edits made
   * while Validate reads are followed: they queue behind it). A handler from an earlier registration
   * whose run failed may exist or not; only the latest one acts, so no change is handled twice.
   */
  private readonly register = (context: Excel.RequestContext): void => {
    const generation = ++this.generation;
    context.workbook.tables.onChanged.add(async (args) => {
      if (generation !== this.generation) return;
      await this.onTableChanged({
        tableId: args.tableId,
        changeType: args.changeType,
        source: args.source,
        address: args.address,
      });
    });
  };

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private set(patch: Partial<ValidationSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener(this.snapshot);
  }
}

const REGISTRY_KEY = Symbol.for("practice-manager.validation");

/**
 * The controller for a runner. `key` names the workbook it works on: inside Office every bundle passes
 * "office" (each bundle has its own officeRunner function, but one workbook); the standalone app passes
 * its host's runner.
 */
export function validationController(run: ExcelRunner, key: object | string = run): ValidationController {
  const holder = globalThis as {
    [REGISTRY_KEY]?: {
      byObject: WeakMap<object, ValidationController>;
      byName: Map<string, ValidationController>;
    };
  };
  holder[REGISTRY_KEY] ??= { byObject: new WeakMap(), byName: new Map() };
  const registry = holder[REGISTRY_KEY];
  const existing = typeof key === "string" ? registry.byName.get(key) : registry.byObject.get(key);
  if (existing) return existing;
  const created = new ValidationController(run);
  if (typeof key === "string") registry.byName.set(key, created);
  else registry.byObject.set(key, created);
  return created;
}
