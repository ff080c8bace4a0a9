/** Named items: workbook.names and worksheet.names. */
import { HostErrorCodes, hostError } from "../errors";
import { nameType, nameValue } from "../model/defined-names";
import type { NameState } from "../model/state";
import { BoundObject } from "./bound-object";
import type { HostRequestContext } from "./context";
import { HostCollection } from "./host-collection";
import { describeArg } from "./host-object";
import type { PropertyReaders } from "./host-object";
import { HostRange } from "./range";

/** What a name proxy keeps: the name and its scope (names are unique per scope). */
interface NameKey {
  readonly name: string;
  readonly scope: string | null;
}

export class HostNamedItem
  extends BoundObject<NameKey>
  implements Pick<Excel.NamedItem, "name" | "comment" | "visible">
{
  protected readonly className = "NamedItem";
  protected readonly noun = "name";

  constructor(
    context: HostRequestContext,
    find: () => NameState | undefined,
    nullable: boolean,
    description: unknown,
  ) {
    super(
      context,
      () => {
        const name = find();
        return name && { name: name.name, scope: name.scopeSheetId };
      },
      nullable,
      description,
    );
  }

  private state(): NameState {
    const key = this.requireKey();
    const found = this.context.model.findName(key.name, key.scope);
    if (!found) throw hostError(HostErrorCodes.itemNotFound, `The name "${key.name}" no longer exists.`);
    return found;
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

export class HostNamedItemCollection extends HostCollection<HostNamedItem> {
  protected readonly className = "NamedItemCollection";
  protected override readonly hasCount = false;

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

  protected listItems(): HostNamedItem[] {
    return this.inScope().map((n) => {
      const item = new HostNamedItem(this.context, () => n, false, null);
      item.bind();
      return item;
    });
  }

  protected countItems(): number {
    return this.inScope().length;
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
        item.bind();
        item.setNull(false);
      },
    );
    return item;
  }
}
