/** Excel.WorksheetCollection: items, getItem(name or id), add, getActiveWorksheet, getFirst, getLast. */
import type { HostRequestContext } from "./context";
import { HostEvent } from "./events";
import { HostCollection } from "./host-collection";
import { HostClientResult } from "./host-object";
import { HostWorksheet } from "./worksheet";

export class HostWorksheetCollection extends HostCollection<HostWorksheet> {
  protected readonly className = "WorksheetCollection";
  protected override readonly hasCount = false;
  /** Any sheet's WorksheetChanged. */
  readonly onChanged: HostEvent;
  readonly onAdded: HostEvent;

  constructor(context: HostRequestContext) {
    super(context);
    this.onChanged = new HostEvent(context, "WorksheetChanged", () => ({}));
    this.onAdded = new HostEvent(context, "WorksheetAdded", () => ({}));
  }

  protected listItems(): HostWorksheet[] {
    return this.context.model.sheets().map((s) => HostWorksheet.ofId(this.context, s.id));
  }

  protected countItems(visibleOnly = false): number {
    return this.context.model.sheets().filter((s) => !visibleOnly || s.visibility === "Visible").length;
  }

  override getCount(visibleOnly?: boolean): HostClientResult<number> {
    return new HostClientResult(this.context, "WorksheetCollection.getCount", () =>
      this.countItems(visibleOnly),
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
