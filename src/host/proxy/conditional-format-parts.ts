/** A conditional format's sub-objects: custom / cellValue rules and their fill and font. */
import { HostErrorCodes, hostError } from "../errors";
import type { ConditionalFormatState, SheetState } from "../model/state";
import { requireColor } from "../model/style";
import type { HostRequestContext } from "./context";
import type { HostObject, PropertyReaders } from "./host-object";
import { StatePart } from "./state-part";

/** Finds a conditional format by id at sync time. */
export function findFormat(
  context: HostRequestContext,
  id: string,
): { sheet: SheetState; cf: ConditionalFormatState } {
  for (const sheet of context.model.sheets()) {
    const cf = sheet.conditionalFormats.find((f) => f.id === id);
    if (cf) return { sheet, cf };
  }
  throw hostError(HostErrorCodes.itemNotFound, "The conditional format no longer exists.");
}

class CfPart extends StatePart<ConditionalFormatState> {
  constructor(
    context: HostRequestContext,
    id: () => string,
    className: string,
    read: (cf: ConditionalFormatState) => PropertyReaders,
  ) {
    super(context, () => findFormat(context, id()).cf, className, read);
  }

  /** Also marks the workbook changed, as writes to cells do. */
  protected override update(
    name: string,
    value: unknown,
    change: (cf: ConditionalFormatState) => void,
  ): void {
    super.update(name, value, (cf) => {
      change(cf);
      this.context.model.touchFormats();
    });
  }
}

export class HostCfFill extends CfPart {
  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.update("color", value, (cf) => {
      cf.format.fillColor = requireColor(value);
    });
  }
  clear(): void {
    this.queueCall("clear", [], () => {
      this.state().format.fillColor = null;
    });
  }
}

export class HostCfFont extends CfPart {
  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.update("color", value, (cf) => {
      cf.format.fontColor = requireColor(value);
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
