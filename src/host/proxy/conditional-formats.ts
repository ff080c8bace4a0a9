/** Range.conditionalFormats: add(type) for Custom and CellValue rules, with fill / font colors. */
import { qualifiedAddress } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import type { ConditionalFormatState, SheetState } from "../model/state";
import { normalizeColor } from "../model/style";
import type { HostRequestContext } from "./context";
import { HostClientResult, HostObject } from "./host-object";
import type { PropertyReaders } from "./host-object";
import type { RangeTarget } from "./range-format";

const SUPPORTED_TYPES = ["Custom", "CellValue"];

/** Finds a conditional format by id at sync time. */
function findFormat(
  context: HostRequestContext,
  id: string,
): { sheet: SheetState; cf: ConditionalFormatState } {
  for (const sheet of context.model.sheets()) {
    const cf = sheet.conditionalFormats.find((f) => f.id === id);
    if (cf) return { sheet, cf };
  }
  throw hostError(HostErrorCodes.itemNotFound, "The conditional format no longer exists.");
}

class CfPart extends HostObject {
  protected readonly className: string;

  constructor(
    context: HostRequestContext,
    protected readonly id: () => string,
    className: string,
    private readonly read: (cf: ConditionalFormatState) => PropertyReaders,
  ) {
    super(context);
    this.className = className;
  }

  protected resolvesToNull(): boolean {
    return false;
  }

  protected readers(): PropertyReaders {
    return this.read(findFormat(this.context, this.id()).cf);
  }

  protected update(name: string, value: unknown, change: (cf: ConditionalFormatState) => void): void {
    this.queueSet(name, value, () => {
      change(findFormat(this.context, this.id()).cf);
      this.context.model.touch();
    });
  }
}

function colorOf(value: unknown): string {
  const normalized = typeof value === "string" ? normalizeColor(value) : undefined;
  if (!normalized) throw hostError(HostErrorCodes.invalidArgument, `"${String(value)}" is not a color.`);
  return normalized;
}

export class HostCfFill extends CfPart {
  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.update("color", value, (cf) => {
      cf.format.fillColor = colorOf(value);
    });
  }
  clear(): void {
    this.queueCall("clear", [], () => {
      findFormat(this.context, this.id()).cf.format.fillColor = null;
    });
  }
}

export class HostCfFont extends CfPart {
  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.update("color", value, (cf) => {
      cf.format.fontColor = colorOf(value);
    });
  }
  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(value: boolean) {
    this.update("bold", value, (cf) => {
      cf.format.bold = Boolean(value);
    });
  }
  get italic(): boolean {
    return this.loaded("italic");
  }
  set italic(value: boolean) {
    this.update("italic", value, (cf) => {
      cf.format.italic = Boolean(value);
    });
  }
}

export class HostCfFormat extends CfPart {
  readonly fill: HostCfFill;
  readonly font: HostCfFont;

  constructor(context: HostRequestContext, id: () => string) {
    super(context, id, "ConditionalRangeFormat", () => ({}));
    this.fill = new HostCfFill(context, id, "ConditionalRangeFill", (cf) => ({
      color: () => cf.format.fillColor,
    }));
    this.font = new HostCfFont(context, id, "ConditionalRangeFont", (cf) => ({
      color: () => cf.format.fontColor,
      bold: () => cf.format.bold,
      italic: () => cf.format.italic,
    }));
  }

  protected override navigations(): Record<string, HostObject> {
    return { fill: this.fill, font: this.font };
  }
}

/** conditionalFormat.custom.rule: { formula }. */
export class HostCfRule extends CfPart {
  get formula(): string {
    return this.loaded("formula");
  }
  set formula(value: string) {
    this.update("formula", value, (cf) => {
      cf.rule = { ...cf.rule, formula: String(value) };
    });
  }
}

/** conditionalFormat.custom: rule is an object with a formula. */
export class HostCustomCf extends CfPart {
  readonly format: HostCfFormat;
  readonly rule: HostCfRule;

  constructor(context: HostRequestContext, id: () => string) {
    super(context, id, "CustomConditionalFormat", () => ({}));
    this.format = new HostCfFormat(context, id);
    this.rule = new HostCfRule(context, id, "ConditionalFormatRule", (cf) => ({
      formula: () => cf.rule.formula ?? null,
    }));
  }

  protected override navigations(): Record<string, HostObject> {
    return { format: this.format, rule: this.rule };
  }
}

/** conditionalFormat.cellValue: rule is a plain value { formula1, formula2?, operator }. */
export class HostCellValueCf extends CfPart {
  readonly format: HostCfFormat;

  constructor(context: HostRequestContext, id: () => string) {
    super(context, id, "CellValueConditionalFormat", (cf) => ({
      rule: () => (cf.rule.formula1 === undefined ? null : { ...cf.rule }),
    }));
    this.format = new HostCfFormat(context, id);
  }

  protected override navigations(): Record<string, HostObject> {
    return { format: this.format };
  }

  get rule(): Excel.ConditionalCellValueRule {
    return this.loaded("rule");
  }
  set rule(value: Excel.ConditionalCellValueRule) {
    this.update("rule", value, (cf) => {
      const next: Record<string, string> = {
        formula1: String(value.formula1),
        operator: String(value.operator),
      };
      if (value.formula2 !== undefined) next.formula2 = String(value.formula2);
      cf.rule = next;
    });
  }
}

export class HostConditionalFormat extends HostObject {
  protected readonly className = "ConditionalFormat";
  private boundId: string | undefined;
  readonly custom: HostCustomCf;
  readonly cellValue: HostCellValueCf;

  constructor(context: HostRequestContext, id?: string) {
    super(context);
    this.boundId = id;
    const idOf = (): string => this.id$();
    this.custom = new HostCustomCf(context, idOf);
    this.cellValue = new HostCellValueCf(context, idOf);
  }

  /** @internal */
  bindTo(id: string): void {
    this.boundId = id;
  }

  private id$(): string {
    if (this.boundId === undefined)
      throw hostError(HostErrorCodes.itemNotFound, "The conditional format does not exist.");
    return this.boundId;
  }

  protected resolvesToNull(): boolean {
    return false;
  }

  protected override navigations(): Record<string, HostObject> {
    return { custom: this.custom, cellValue: this.cellValue };
  }

  protected readers(): PropertyReaders {
    const { sheet, cf } = findFormat(this.context, this.id$());
    return {
      id: () => cf.id,
      type: () => cf.type,
      priority: () => cf.priority,
      stopIfTrue: () => cf.stopIfTrue,
      /** Not an Excel property; getRange().address gives the same. */
      address: () => cf.rects.map((r) => qualifiedAddress(sheet.name, r)).join(","),
    };
  }

  get id(): string {
    return this.loaded("id");
  }
  get type(): Excel.ConditionalFormatType {
    return this.loaded("type");
  }
  get priority(): number {
    return this.loaded("priority");
  }
  set priority(value: number) {
    this.queueSet("priority", value, () => {
      const { sheet, cf } = findFormat(this.context, this.id$());
      const others = sheet.conditionalFormats.filter((f) => f !== cf).sort((a, b) => a.priority - b.priority);
      others.splice(Math.max(0, Math.min(value, others.length)), 0, cf);
      others.forEach((f, i) => (f.priority = i));
    });
  }
  get stopIfTrue(): boolean {
    return this.loaded("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this.queueSet("stopIfTrue", value, () => {
      findFormat(this.context, this.id$()).cf.stopIfTrue = Boolean(value);
    });
  }

  delete(): void {
    this.queueCall("delete", [], () => {
      const { sheet, cf } = findFormat(this.context, this.id$());
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f !== cf);
      sheet.conditionalFormats
        .slice()
        .sort((a, b) => a.priority - b.priority)
        .forEach((f, i) => (f.priority = i));
    });
  }
}

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
