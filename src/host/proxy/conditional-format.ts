/** Excel.ConditionalFormat: id, type, priority, stopIfTrue, custom / cellValue, delete. */
import { qualifiedAddress } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import { HostCellValueCf, HostCustomCf, findFormat } from "./conditional-format-parts";
import type { HostRequestContext } from "./context";
import { HostObject } from "./host-object";
import type { PropertyReaders } from "./host-object";

export class HostConditionalFormat extends HostObject {
  protected readonly className = "ConditionalFormat";
  private boundId: string | undefined;
  readonly custom: HostCustomCf;
  readonly cellValue: HostCellValueCf;

  constructor(context: HostRequestContext, id?: string) {
    super(context);
    this.boundId = id;
    const idOf = (): string => this.idNow();
    this.custom = new HostCustomCf(context, idOf);
    this.cellValue = new HostCellValueCf(context, idOf);
  }

  /** @internal */
  bindTo(id: string): void {
    this.boundId = id;
  }

  /** @internal the id at sync time. */
  idNow(): string {
    if (this.boundId === undefined)
      throw hostError(HostErrorCodes.itemNotFound, "The conditional format does not exist.");
    return this.boundId;
  }

  protected override navigations(): Record<string, HostObject> {
    return { custom: this.custom, cellValue: this.cellValue };
  }

  protected readers(): PropertyReaders {
    const { sheet, cf } = findFormat(this.context, this.idNow());
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
      const { sheet, cf } = findFormat(this.context, this.idNow());
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
      findFormat(this.context, this.idNow()).cf.stopIfTrue = Boolean(value);
    });
  }

  delete(): void {
    this.queueCall("delete", [], () => {
      const { sheet, cf } = findFormat(this.context, this.idNow());
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f !== cf);
      sheet.conditionalFormats
        .slice()
        .sort((a, b) => a.priority - b.priority)
        .forEach((f, i) => (f.priority = i));
    });
  }
}
