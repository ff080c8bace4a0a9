/** Named items (workbook.names, worksheet.names) and workbook.settings. */
import { HostErrorCodes, hostError } from "../errors";
import type { NameState, SettingState } from "../model/state";
import type { HostRequestContext } from "./context";
import { describeArg, HostClientResult, HostObject, queueCollectionLoad } from "./host-object";
import type { PropertyReaders } from "./host-object";
import { HostRange } from "./range";

function nameType(model: HostRequestContext["model"], name: NameState): string {
  if (name.ref) return "Range";
  const body = model.nameFormula(name).slice(1);
  if (/^#[A-Z/0!?]+/.test(body)) return "Error";
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (/^-?\d+$/.test(body)) return "Integer";
  if (/^-?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(body)) return "Double";
  if (/^".*"$/.test(body)) return "String";
  return "Formula";
}

function nameValue(model: HostRequestContext["model"], name: NameState): unknown {
  const body = model.nameFormula(name).slice(1);
  switch (nameType(model, name)) {
    case "Integer":
    case "Double":
      return Number(body);
    case "Boolean":
      return body.toUpperCase() === "TRUE";
    case "String":
      return body.slice(1, -1).replace(/""/g, '"');
    default:
      return body;
  }
}

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

export class HostSetting extends HostObject {
  protected readonly className = "Setting";
  private boundKey: string | null | undefined;

  constructor(
    context: HostRequestContext,
    private readonly key$: string,
    private readonly nullable: boolean,
    description: unknown,
  ) {
    super(context);
    if (description !== null) HostObject.queueBind(context, description, () => this.bind(), this);
  }

  /** @internal */
  bind(): boolean {
    const found = this.context.model.state.settings.some((s) => s.key === this.key$);
    if (!found) {
      if (!this.nullable)
        throw hostError(HostErrorCodes.itemNotFound, `The setting "${this.key$}" does not exist.`);
      this.boundKey = null;
      return true;
    }
    this.boundKey = this.key$;
    return false;
  }

  private state(): SettingState {
    if (this.boundKey === undefined) this.bind();
    const found = this.context.model.state.settings.find((s) => s.key === this.boundKey);
    if (!found) throw hostError(HostErrorCodes.itemNotFound, `The setting "${this.key$}" does not exist.`);
    return found;
  }

  protected resolvesToNull(): boolean {
    if (this.boundKey === undefined) this.bind();
    return this.boundKey === null;
  }

  protected readers(): PropertyReaders {
    return {
      key: () => this.state().key,
      value: () => JSON.parse(this.state().json) as unknown,
    };
  }

  get key(): string {
    return this.loaded("key");
  }

  get value(): unknown {
    return this.loaded("value");
  }
  set value(value: unknown) {
    this.queueSet("value", value, () => this.context.model.setSetting(this.state().key, value));
  }

  delete(): void {
    this.queueCall("delete", [], () => this.context.model.deleteSetting(this.state().key));
  }
}

export class HostSettingCollection extends HostObject {
  protected readonly className = "SettingCollection";
  private loadedItems: HostSetting[] | undefined;

  constructor(context: HostRequestContext) {
    super(context);
  }

  protected resolvesToNull(): boolean {
    return false;
  }

  protected readers(): PropertyReaders {
    return { count: () => this.context.model.state.settings.length };
  }

  override load(propertyNames?: unknown): this {
    queueCollectionLoad(
      this.context,
      this.className,
      propertyNames,
      () =>
        this.context.model.state.settings.map((s) => {
          const item = new HostSetting(this.context, s.key, false, null);
          item.bind();
          return item;
        }),
      (items) => {
        this.loadedItems = items;
      },
    );
    return this;
  }

  get items(): HostSetting[] {
    if (!this.loadedItems) return this.loaded("items");
    return this.loadedItems;
  }

  getCount(): HostClientResult<number> {
    return new HostClientResult(
      this.context,
      "SettingCollection.getCount",
      () => this.context.model.state.settings.length,
    );
  }

  /** add(key, value): replaces an existing value; the value must be JSON-serialisable. */
  add(key: string, value: unknown): HostSetting {
    const item = new HostSetting(this.context, key, false, null);
    this.context.enqueueWrite({ call: "SettingCollection.add", args: [key, value] }, () => {
      this.context.model.setSetting(key, value);
      item.bind();
      item.setNull(false);
    });
    return item;
  }

  getItem(key: string): HostSetting {
    return new HostSetting(this.context, key, false, { getItem: key });
  }

  getItemOrNullObject(key: string): HostSetting {
    return new HostSetting(this.context, key, true, { getItemOrNullObject: key });
  }
}
