/** workbook.settings: JSON values by key, stored in the workbook. */
import { HostErrorCodes, hostError } from "../errors";
import type { SettingState } from "../model/state";
import type { HostRequestContext } from "./context";
import { HostClientResult, HostObject, queueCollectionLoad } from "./host-object";
import type { PropertyReaders } from "./host-object";

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
