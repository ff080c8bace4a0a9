/** Range.conditionalFormats: add(type) for Custom and CellValue rules, getItemAt, items, clearAll. */
import { HostErrorCodes, hostError } from "../errors";
import type { ConditionalFormatState } from "../model/state";
import { HostConditionalFormat } from "./conditional-format";
import type { HostRequestContext } from "./context";
import { HostCollection } from "./host-collection";
import { HostObject } from "./host-object";
import type { RangeTarget } from "./range-target";

const SUPPORTED_TYPES = ["Custom", "CellValue"];

export class HostConditionalFormatCollection extends HostCollection<HostConditionalFormat> {
  protected readonly className = "ConditionalFormatCollection";

  constructor(
    context: HostRequestContext,
    private readonly target: RangeTarget,
  ) {
    super(context);
  }

  /** Formats whose ranges intersect this range, highest priority first (position = Excel's id). */
  private readonly formats = (): ConditionalFormatState[] => {
    const { sheet, rect } = this.target.location();
    return sheet.conditionalFormats
      .filter((cf) =>
        cf.rects.some((r) => r.r0 <= rect.r1 && r.r1 >= rect.r0 && r.c0 <= rect.c1 && r.c1 >= rect.c0),
      )
      .sort((a, b) => a.priority - b.priority);
  };

  protected listItems(): HostConditionalFormat[] {
    return this.formats().map((_, i) => HostConditionalFormat.atPosition(this.context, this.formats, i));
  }

  protected countItems(): number {
    return this.formats().length;
  }

  /** A light load: the items' ids only (load their properties on each item). */
  override load(propertyNames?: unknown): this {
    let items: HostConditionalFormat[] = [];
    this.context.enqueue({
      bytes: 40,
      readOnly: true,
      run: () => {
        items = this.listItems();
        return items.map((item) => item.idNow());
      },
      deliver: () => this.setItems(items),
    });
    if (typeof propertyNames === "string" && propertyNames.includes("count")) this.queueLoad(["count"]);
    return this;
  }

  getItemAt(index: number): HostConditionalFormat {
    const item = new HostConditionalFormat(this.context);
    HostObject.queueBind(
      this.context,
      { getItemAt: index },
      () => {
        if (!this.formats()[index])
          throw hostError(HostErrorCodes.itemNotFound, `There is no conditional format at index ${index}.`);
        item.bindToPosition(this.formats, index);
        return false;
      },
      item,
    );
    return item;
  }

  /** getItem(id): Excel's id is the priority within this collection ("0", "1", ...). */
  getItem(id: string): HostConditionalFormat {
    const item = new HostConditionalFormat(this.context);
    HostObject.queueBind(
      this.context,
      { getItem: id },
      () => {
        const index = /^\d+$/.test(String(id)) ? Number(id) : -1;
        if (!this.formats()[index])
          throw hostError(
            HostErrorCodes.itemNotFound,
            `There is no conditional format with id ${String(id)}.`,
          );
        item.bindToPosition(this.formats, index);
        return false;
      },
      item,
    );
    return item;
  }

  add(type: Excel.ConditionalFormatType | string): HostConditionalFormat {
    const item = new HostConditionalFormat(this.context);
    this.context.enqueueWrite({ call: "ConditionalFormatCollection.add", args: [type] }, () => {
      if (!SUPPORTED_TYPES.includes(String(type))) {
        throw hostError(
          HostErrorCodes.notImplemented,
          `The host supports Custom and CellValue conditional formats, not ${String(type)}.`,
        );
      }
      const { sheet, rect } = this.target.location();
      for (const cf of sheet.conditionalFormats) cf.priority += 1;
      const id = this.context.model.nextId("CF");
      sheet.conditionalFormats.push({
        id,
        type: String(type),
        rects: [rect],
        rule: {},
        format: { fillColor: null, fontColor: null, bold: null, italic: null },
        priority: 0,
        stopIfTrue: false,
      });
      item.bindToFormat(this.formats, id);
      item.setNull(false);
    });
    return item;
  }

  clearAll(): void {
    this.queueCall("clearAll", [], () => {
      const { sheet, rect } = this.target.location();
      const hit = new Set(this.formats().map((f) => f.id));
      sheet.conditionalFormats = sheet.conditionalFormats.filter(
        (cf) =>
          !hit.has(cf.id) ||
          !cf.rects.every((r) => r.r0 >= rect.r0 && r.r1 <= rect.r1 && r.c0 >= rect.c0 && r.c1 <= rect.c1),
      );
    });
  }
}
