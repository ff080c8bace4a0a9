/** Range.conditionalFormats: add(type) for Custom and CellValue rules, getItemAt, items, clearAll. */
import { HostErrorCodes, hostError } from "../errors";
import type { ConditionalFormatState } from "../model/state";
import { HostConditionalFormat } from "./conditional-format";
import type { HostRequestContext } from "./context";
import { HostClientResult, HostObject } from "./host-object";
import type { PropertyReaders } from "./host-object";
import type { RangeTarget } from "./range-format";

const SUPPORTED_TYPES = ["Custom", "CellValue"];

export class HostConditionalFormatCollection extends HostObject {
  protected readonly className = "ConditionalFormatCollection";
  private loadedItems: HostConditionalFormat[] | undefined;

  constructor(
    context: HostRequestContext,
    private readonly target: RangeTarget,
  ) {
    super(context);
  }

  protected resolvesToNull(): boolean {
    return false;
  }

  /** Formats whose ranges intersect this range, highest priority first. */
  private formats(): ConditionalFormatState[] {
    const { sheet, rect } = this.target.location();
    return sheet.conditionalFormats
      .filter((cf) =>
        cf.rects.some((r) => r.r0 <= rect.r1 && r.r1 >= rect.r0 && r.c0 <= rect.c1 && r.c1 >= rect.c0),
      )
      .sort((a, b) => a.priority - b.priority);
  }

  protected readers(): PropertyReaders {
    return { count: () => this.formats().length };
  }

  override load(propertyNames?: unknown): this {
    this.context.enqueue({
      bytes: 40,
      readOnly: true,
      run: () => this.formats().map((cf) => cf.id),
      deliver: (ids) => {
        this.loadedItems = (ids as string[]).map((id) => new HostConditionalFormat(this.context, id));
      },
    });
    return super.load(typeof propertyNames === "string" && propertyNames.includes("count") ? "count" : []);
  }

  get items(): HostConditionalFormat[] {
    if (!this.loadedItems) return this.loaded("items");
    return this.loadedItems;
  }

  get count(): number {
    return this.loaded("count");
  }

  getCount(): HostClientResult<number> {
    return new HostClientResult(
      this.context,
      "ConditionalFormatCollection.getCount",
      () => this.formats().length,
    );
  }

  getItemAt(index: number): HostConditionalFormat {
    const item = new HostConditionalFormat(this.context);
    HostObject.queueBind(
      this.context,
      { getItemAt: index },
      () => {
        const cf = this.formats()[index];
        if (!cf)
          throw hostError(HostErrorCodes.itemNotFound, `There is no conditional format at index ${index}.`);
        item.bindTo(cf.id);
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
      item.bindTo(id);
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
