/** Excel.WorksheetCollection: items, getItem(name or id), add, getActiveWorksheet, getFirst, getLast. */
import { HostErrorCodes, hostError } from "../errors";
import type { HostRequestContext } from "./context";
import { HostEvent } from "./events";
import { HostClientResult, HostObject, queueCollectionLoad } from "./host-object";
import type { PropertyReaders } from "./host-object";
import { HostWorksheet } from "./worksheet";

export class HostWorksheetCollection extends HostObject {
  protected readonly className = "WorksheetCollection";
  private loadedItems: HostWorksheet[] | undefined;
  /** Any sheet's WorksheetChanged. */
  readonly onChanged: HostEvent;
  readonly onAdded: HostEvent;

  constructor(context: HostRequestContext) {
    super(context);
    this.onChanged = new HostEvent(context, "WorksheetChanged", () => ({}));
    this.onAdded = new HostEvent(context, "WorksheetAdded", () => ({}));
  }

  protected resolvesToNull(): boolean {
    return false;
  }

  protected readers(): PropertyReaders {
    return { count: () => this.context.model.sheets().length };
  }

  /** load("items/name"), load("name"), load("items"): items with those properties loaded. */
  override load(propertyNames?: unknown): this {
    queueCollectionLoad(
      this.context,
      this.className,
      propertyNames,
      () => this.context.model.sheets().map((s) => HostWorksheet.ofId(this.context, s.id)),
      (items) => {
        this.loadedItems = items;
      },
    );
    return this;
  }

  get items(): HostWorksheet[] {
    if (!this.loadedItems) {
      throw hostError(
        HostErrorCodes.propertyNotLoaded,
        "The property 'items' is not available. Call load() and context.sync() first.",
      );
    }
    return this.loadedItems;
  }

  getCount(visibleOnly?: boolean): HostClientResult<number> {
    return new HostClientResult(
      this.context,
      "WorksheetCollection.getCount",
      () => this.context.model.sheets().filter((s) => !visibleOnly || s.visibility === "Visible").length,
    );
  }

  getItem(key: string): HostWorksheet {
    return HostWorksheet.locate(this.context, () => this.context.model.requireSheet(key), false, {
      getItem: key,
    });
  }

  getItemOrNullObject(key: string): HostWorksheet {
    return HostWorksheet.locate(this.context, () => this.context.model.findSheet(key), true, {
      getItemOrNullObject: key,
    });
  }

  getActiveWorksheet(): HostWorksheet {
    return HostWorksheet.locate(this.context, () => this.context.model.activeSheet(), false, {
      getActiveWorksheet: true,
    });
  }

  getFirst(visibleOnly?: boolean): HostWorksheet {
    return HostWorksheet.locate(
      this.context,
      () => this.context.model.sheets().find((s) => !visibleOnly || s.visibility === "Visible"),
      false,
      { getFirst: visibleOnly },
    );
  }

  getLast(visibleOnly?: boolean): HostWorksheet {
    return HostWorksheet.locate(
      this.context,
      () =>
        [...this.context.model.sheets()].reverse().find((s) => !visibleOnly || s.visibility === "Visible"),
      false,
      { getLast: visibleOnly },
    );
  }

  /** add(name): ItemAlreadyExists / InvalidArgument surface at sync. */
  add(name?: string): HostWorksheet {
    let created: string | undefined;
    const sheet = HostWorksheet.pending(this.context, () =>
      created === undefined ? undefined : this.context.model.sheetById(created),
    );
    this.context.enqueueWrite({ call: "WorksheetCollection.add", args: [name] }, () => {
      created = this.context.model.addSheet(name).id;
      sheet.bind();
      sheet.setNull(false);
    });
    return sheet;
  }
}
