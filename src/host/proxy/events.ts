/**
 * onChanged events. Handlers belong to the host (they outlive the run that added them); add() and
 * remove() take effect at sync. After a sync (source "Local", unless runtime.enableEvents was false)
 * or host.edit (source given), each change is delivered to the matching handlers.
 */
import { rectAddress } from "../address";
import { intersectRects } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import type { ChangeRecord } from "../model/state";
import type { WorkbookModel } from "../model/workbook-model";
import type { HostRequestContext } from "./context";

export type HostEventType =
  "WorksheetChanged" | "TableChanged" | "WorksheetAdded" | "WorksheetSelectionChanged";

export type EventHandler = (args: HostChangedEventArgs) => unknown;

export interface HostChangedEventArgs {
  readonly type: "WorksheetChanged" | "TableChanged";
  readonly changeType: ChangeRecord["changeType"];
  readonly source: "Local" | "Remote";
  /** Changed cells on the sheet, without the sheet name (like Excel), e.g. "B2:C3". */
  readonly address: string;
  readonly worksheetId: string;
  readonly tableId?: string;
  readonly details: undefined;
  readonly triggerSource: "Unknown";
  getRange(context: Excel.RequestContext): Excel.Range;
  getRangeOrNullObject(context: Excel.RequestContext): Excel.Range;
}

interface Registration {
  readonly id: number;
  /** The add-in instance (host session) that registered it: see ExcelHost.session. */
  readonly session: string;
  readonly type: HostEventType;
  readonly worksheetId?: string;
  readonly tableId?: string;
  readonly handler: EventHandler;
}

export class EventRegistry {
  private registrations: Registration[] = [];
  private nextId = 1;

  add(registration: Omit<Registration, "id">): number {
    const id = this.nextId++;
    this.registrations.push({ ...registration, id });
    return id;
  }

  remove(id: number): void {
    this.registrations = this.registrations.filter((r) => r.id !== id);
  }

  get count(): number {
    return this.registrations.length;
  }

  /** Calls the handlers of each change in order and resolves when they all finished. */
  /**
   * Calls the handlers of each change in order and resolves when they all finished. `origin`: the
   * session whose edit or sync made the changes; its handlers see source "Local", every other session's
   * "Remote" (Excel.TableChangedEventArgs.source: "Local" = the change came from this add-in's user,
   * "Remote" = from a co-author). Without an origin (an unknown co-author's edit) everyone sees `source`.
   */
  async dispatch(
    model: WorkbookModel,
    changes: readonly ChangeRecord[],
    source: "Local" | "Remote",
    origin?: string,
  ): Promise<void> {
    for (const change of changes) {
      for (const { registration, args } of this.deliveries(model, change, source)) {
        const seen = origin === undefined ? source : registration.session === origin ? "Local" : "Remote";
        await registration.handler(seen === args.source ? args : { ...args, source: seen });
      }
    }
  }

  private deliveries(
    model: WorkbookModel,
    change: ChangeRecord,
    source: "Local" | "Remote",
  ): { registration: Registration; args: HostChangedEventArgs }[] {
    const out: { registration: Registration; args: HostChangedEventArgs }[] = [];
    const sheetArgs = makeArgs("WorksheetChanged", change, source, rectAddress(change.rect));
    for (const registration of this.registrations) {
      if (registration.type !== "WorksheetChanged") continue;
      if (registration.worksheetId !== undefined && registration.worksheetId !== change.sheetId) continue;
      out.push({ registration, args: sheetArgs });
    }
    const tables = change.tableId
      ? model.state.tables.filter((t) => t.id === change.tableId)
      : model.tablesIntersecting(change.sheetId, change.rect);
    for (const table of tables) {
      const hit = intersectRects(table.rect, change.rect) ?? change.rect;
      const args = makeArgs("TableChanged", change, source, rectAddress(hit), table.id);
      for (const registration of this.registrations) {
        if (registration.type !== "TableChanged") continue;
        if (registration.tableId !== undefined && registration.tableId !== table.id) continue;
        if (registration.worksheetId !== undefined && registration.worksheetId !== change.sheetId) continue;
        out.push({ registration, args });
      }
    }
    return out;
  }
}

/** The subset of the Excel API the args' getRange needs from a context. */
interface ContextWithSheets {
  workbook: { worksheets: { getItem(key: string): { getRange(address: string): unknown } } };
}

function makeArgs(
  type: "WorksheetChanged" | "TableChanged",
  change: ChangeRecord,
  source: "Local" | "Remote",
  address: string,
  tableId?: string,
): HostChangedEventArgs {
  const range = (context: Excel.RequestContext): Excel.Range =>
    (context as unknown as ContextWithSheets).workbook.worksheets
      .getItem(change.sheetId)
      .getRange(address) as Excel.Range;
  const base = {
    type,
    changeType: change.changeType,
    source,
    address,
    worksheetId: change.sheetId,
    details: undefined,
    triggerSource: "Unknown" as const,
    getRange: range,
    getRangeOrNullObject: range,
  };
  return tableId === undefined ? base : { ...base, tableId };
}

/** What add() returns: remove() unregisters at the next sync of its context (at once if that run ended). */
export class HostEventHandlerResult {
  /** @internal */
  id: number | undefined;

  constructor(
    readonly context: HostRequestContext,
    private readonly registry: EventRegistry,
  ) {}

  remove(): void {
    const apply = (): void => {
      if (this.id !== undefined) this.registry.remove(this.id);
    };
    try {
      this.context.enqueueWrite({ call: "EventHandlerResult.remove" }, apply);
    } catch {
      // The run that added the handler is over: Excel would need a new context; remove at once.
      apply();
    }
  }
}

export interface EventScope {
  readonly worksheetId?: string;
  readonly tableId?: string;
}

export class HostEvent {
  constructor(
    private readonly context: HostRequestContext,
    private readonly type: HostEventType,
    private readonly scope: () => EventScope,
  ) {}

  add(handler: EventHandler): HostEventHandlerResult {
    if (typeof handler !== "function") {
      throw hostError(HostErrorCodes.invalidArgument, "An event handler must be a function.");
    }
    const registry = this.context.host.events;
    const result = new HostEventHandlerResult(this.context, registry);
    this.context.enqueueWrite({ call: `${this.type}.add` }, () => {
      result.id = registry.add({
        type: this.type,
        handler,
        session: this.context.session,
        ...this.scope(),
      });
    });
    return result;
  }

  remove(handler: EventHandler): void {
    this.context.enqueueWrite({ call: `${this.type}.remove` }, () => {
      void handler;
      throw hostError(
        HostErrorCodes.notImplemented,
        "Remove handlers with the result of add(): result.remove().",
      );
    });
  }
}
