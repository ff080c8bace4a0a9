/** workbook.settings: JSON values by key, stored in the workbook. */
import { HostErrorCodes, hostError } from "../errors";
import type { SettingState } from "../model/state";
import { BoundObject } from "./bound-object";
import type { HostRequestContext } from "./context";
import { HostCollection } from "./host-collection";
import type { PropertyReaders } from "./host-object";

export class HostSetting extends BoundObject<string> {
  protected readonly className = "Setting";
  protected readonly noun = "setting";

  constructor(
    context: HostRequestContext,
    private readonly settingKey: string,
    nullable: boolean,
    description: unknown,
  ) {
    super(
      context,
      () => (context.model.state.settings.some((s) => s.key === settingKey) ? settingKey : undefined),
      nullable,
      description,
    );
  }

  protected override missingMessage(): string {
    return `The setting "${this.settingKey}" does not exist.`;
  }

  private state(): SettingState {
    const key = this.boundKey();
    const found = this.context.model.state.settings.find((s) => s.key === key);
    if (!found) throw hostError(HostErrorCodes.itemNotFound, this.missingMessage());
    return found;
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

export class HostSettingCollection extends HostCollection<HostSetting> {
  protected readonly className = "SettingCollection";
  protected override readonly hasCount = false;

  protected listItems(): HostSetting[] {
    return this.context.model.state.settings.map((s) => {
      const item = new HostSetting(this.context, s.key, false, null);
      item.bind();
      return item;
    });
  }

  protected countItems(): number {
    return this.context.model.state.settings.length;
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
