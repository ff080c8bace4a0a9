/** Named items: workbook.names and worksheet.names. */
import { HostErrorCodes, hostError } from "../errors";
import { nameType, nameValue } from "../model/defined-names";
import type { NameState } from "../model/state";
import type { HostRequestContext } from "./context";
import { describeArg, HostClientResult, HostObject, queueCollectionLoad } from "./host-object";
import type { PropertyReaders } from "./host-object";
import { HostRange } from "./range";

export class HostNamedItem
  extends HostObject
  implements Pick<Excel.NamedItem, "name" | "comment" | "visible">
{
  protected readonly className = "NamedItem";
  private bound: { name: string; scope: string | null } | null | undefined;

  constructor(
    context: HostRequestContext,
    private readonly find: () => NameState | undefined,
    private readonly nullable: boolean,
    description: unknown,
  ) {
    super(context);
    if (description !== null) HostObject.queueBind(context, description, () => this.bind(), this);
  }

  /** @internal */
  bind(): boolean {
    const name = this.find();
    if (!name) {
      if (!this.nullable) throw hostError(HostErrorCodes.itemNotFound, "The requested name does not exist.");
      this.bound = null;
      return true;
    }
    this.bound = { name: name.name, scope: name.scopeSheetId };
    return false;
  }

  private state(): NameState {
    if (this.bound === undefined) this.bind();
    if (!this.bound) throw hostError(HostErrorCodes.itemNotFound, "The name is a null object.");
    const found = this.context.model.findName(this.bound.name, this.bound.scope);
    if (!found)
      throw hostError(HostErrorCodes.itemNotFound, `The name "${this.bound.name}" no longer exists.`);
    return found;
  }

  protected resolvesToNull(): boolean {
    if (this.bound === undefined) this.bind();
    return this.bound === null;
  }

  protected readers(): PropertyReaders {
    const model = this.context.model;
    return {
      name: () => this.state().name,
      formula: () => model.nameFormula(this.state()),
      value: () => {
        const state = this.state();
        return state.ref ? model.nameFormula(state).slice(1) : nameValue(model, state);
      },
      type: () => nameType(model, this.state()),
      comment: () => this.state().comment,
      visible: () => this.state().visible,
      scope: () => (this.state().scopeSheetId === null ? "Workbook" : "Worksheet"),
    };
  }

  get name(): string {
    return this.loaded("name");
  }
  get formula(): string {
    return this.loaded("formula");
  }
  set formula(value: string) {
    this.queueSet("formula", value, () => {
      const state = this.state();
      const model = this.context.model;
      model.deleteName(state);
      const added = model.addName(state.name, String(value), state.comment, state.scopeSheetId);
      added.visible = state.visible;
    });
  }
  get value(): unknown {
    return this.loaded("value");
  }
  get type(): Excel.NamedItemType {
    return this.loaded("type");
  }
  get comment(): string {
    return this.loaded("comment");
  }
  set comment(value: string) {
    this.queueSet("comment", value, () => {
      this.state().comment = String(value);
    });
  }
  get visible(): boolean {
    return this.loaded("visible");
  }
  set visible(value: boolean) {
    this.queueSet("visible", value, () => {
      this.state().visible = Boolean(value);
    });
  }
  get scope(): Excel.NamedItemScope {
    return this.loaded("scope");
  }

  private range(nullable: boolean): HostRange {
    return new HostRange(
      this.context,
      () => {
        const state = this.state();
        if (!state.ref) {
          if (nullable) return undefined;
          throw hostError(
            HostErrorCodes.invalidArgument,
            `The name "${state.name}" does not refer to a range.`,
          );
        }
        if (!this.context.model.sheetById(state.ref.sheetId)) return undefined;
        return { sheetId: state.ref.sheetId, rect: state.ref.rect };
      },
      nullable,
      { call: nullable ? "NamedItem.getRangeOrNullObject" : "NamedItem.getRange" },
    );
  }

  getRange(): HostRange {
    return this.range(false);
  }

  getRangeOrNullObject(): HostRange {
    return this.range(true);
  }

  delete(): void {
    this.queueCall("delete", [], () => this.context.model.deleteName(this.state()));
  }
}

export class HostNamedItemCollection extends HostObject {
  protected readonly className = "NamedItemCollection";
  private loadedItems: HostNamedItem[] | undefined;

  /** scope: the sheet id for worksheet.names, undefined for workbook.names. */
  constructor(
    context: HostRequestContext,
    private readonly scope: () => string | undefined,
  ) {
    super(context);
  }

  private scopeId(): string | null {
    return this.scope() ?? null;
  }

  private inScope(): NameState[] {
    const scope = this.scopeId();
    return this.context.model.names().filter((n) => n.scopeSheetId === scope);
  }

  protected resolvesToNull(): boolean {
    return false;
  }

  protected readers(): PropertyReaders {
    return { count: () => this.inScope().length };
  }

  override load(propertyNames?: unknown): this {
    queueCollectionLoad(
      this.context,
      this.className,
      propertyNames,
      () =>
        this.inScope().map((n) => {
          const item = new HostNamedItem(this.context, () => n, false, null);
          item.bind();
          return item;
        }),
      (items) => {
        this.loadedItems = items;
      },
    );
    return this;
  }

  get items(): HostNamedItem[] {
    if (!this.loadedItems) return this.loaded("items");
    return this.loadedItems;
  }

  getCount(): HostClientResult<number> {
    return new HostClientResult(this.context, "NamedItemCollection.getCount", () => this.inScope().length);
  }

  getItem(name: string): HostNamedItem {
    return new HostNamedItem(this.context, () => this.context.model.findName(name, this.scopeId()), false, {
      getItem: name,
    });
  }

  getItemOrNullObject(name: string): HostNamedItem {
    return new HostNamedItem(this.context, () => this.context.model.findName(name, this.scopeId()), true, {
      getItemOrNullObject: name,
    });
  }

  /** add(name, reference, comment?): reference is a Range or a formula text ("=Claims!$A$1:$A$9", "=0.05"). */
  add(name: string, reference: HostRange | string, comment?: string): HostNamedItem {
    const item = new HostNamedItem(
      this.context,
      () => this.context.model.findName(name, this.scopeId()),
      false,
      null,
    );
    this.context.enqueueWrite(
      { call: "NamedItemCollection.add", args: [name, describeArg(reference), comment] },
      () => {
        const target = typeof reference === "string" ? reference : reference.locationKey();
        this.context.model.addName(name, target, comment ?? "", this.scopeId());
        this.context.model.touch();
        item.bind();
        item.setNull(false);
      },
    );
    return item;
  }
}
