/**
 * Excel.ConditionalFormat: id, type, priority, stopIfTrue, custom / cellValue, delete.
 *
 * Identity follows Excel, not a database: `id` is "the priority of the conditional format in the current
 * ConditionalFormatCollection" (office-js typings / learn.microsoft.com/javascript/api/excel/
 * excel.conditionalformat#excel-excel-conditionalformat-id-member), so two formats in two collections
 * can both be "0". An item got from a collection (items, getItemAt, getItem) stands for a POSITION in
 * that collection ("if you change the priority, you have to re-fetch a new copy of the object at that new
 * priority location", ConditionalFormat.priority): after a delete the formats below move up, and an
 * item already fetched for position 2 then reaches the format that was at 3. Deleting several formats
 * of one collection in one batch must therefore go from the highest position (lowest priority) up.
 * An item returned by add() stands for the format it created.
 */
import { qualifiedAddress } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import type { ConditionalFormatState } from "../model/state";
import { HostCellValueCf, HostCustomCf, findFormat } from "./conditional-format-parts";
import type { HostRequestContext } from "./context";
import { HostObject } from "./host-object";
import type { PropertyReaders } from "./host-object";

/** The formats of one collection, in priority order, at the time of the call. */
export type CollectionFormats = () => ConditionalFormatState[];

type Binding =
  | { readonly kind: "position"; readonly formats: CollectionFormats; readonly index: number }
  | { readonly kind: "format"; readonly formats: CollectionFormats; readonly id: string };

export class HostConditionalFormat extends HostObject {
  protected readonly className = "ConditionalFormat";
  private binding: Binding | undefined;
  readonly custom: HostCustomCf;
  readonly cellValue: HostCellValueCf;

  constructor(context: HostRequestContext, binding?: Binding) {
    super(context);
    this.binding = binding;
    const idOf = (): string => this.idNow();
    this.custom = new HostCustomCf(context, idOf);
    this.cellValue = new HostCellValueCf(context, idOf);
  }

  /** @internal the item at `index` of a collection, whatever format is there when it is used. */
  static atPosition(
    context: HostRequestContext,
    formats: CollectionFormats,
    index: number,
  ): HostConditionalFormat {
    return new HostConditionalFormat(context, { kind: "position", formats, index });
  }

  /** @internal */
  bindToPosition(formats: CollectionFormats, index: number): void {
    this.binding = { kind: "position", formats, index };
  }

  /** @internal */
  bindToFormat(formats: CollectionFormats, id: string): void {
    this.binding = { kind: "format", formats, id };
  }

  /** @internal the host's own key of the format this item reaches now (not Excel's id). */
  idNow(): string {
    const binding = this.binding;
    if (binding === undefined)
      throw hostError(HostErrorCodes.itemNotFound, "The conditional format does not exist.");
    if (binding.kind === "format") return binding.id;
    const cf = binding.formats()[binding.index];
    if (!cf)
      throw hostError(
        HostErrorCodes.itemNotFound,
        `There is no conditional format at priority ${binding.index} of this collection any more.`,
      );
    return cf.id;
  }

  /** Excel's id: the format's priority (index) within the collection it was got from. */
  private excelId(): string {
    const binding = this.binding;
    if (binding?.kind === "position") return String(binding.index);
    const key = this.idNow();
    return String((binding?.formats() ?? []).findIndex((f) => f.id === key));
  }

  protected override navigations(): Record<string, HostObject> {
    return { custom: this.custom, cellValue: this.cellValue };
  }

  protected readers(): PropertyReaders {
    const { sheet, cf } = findFormat(this.context, this.idNow());
    return {
      id: () => this.excelId(),
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
