/**
 * Base of the collection proxies (worksheets, tables, table columns and rows, charts, names, settings,
 * conditional formats): load() fills items, each with the properties asked for; count; getCount().
 */
import { parseLoadArgument } from "./load-options";
import { HostClientResult, HostObject } from "./host-object";
import type { PropertyReaders } from "./host-object";
import { jsonBytes } from "./payload";

/** Item property names a collection load asks for: "name", "items/name", "items" (= all). */
function itemPropertyNames(propertyNames: unknown): string[] {
  const request = parseLoadArgument(propertyNames);
  const names = request
    .map((n) => (n.startsWith("items/") ? n.slice(6) : n))
    .filter((n) => n !== "items" && n !== "count" && n !== "");
  return names.length === 0 ? ["*"] : names;
}

export abstract class HostCollection<T extends HostObject> extends HostObject {
  private loadedItems: T[] | undefined;
  /** False where Excel's collection has no count property: load("count") then loads the items only. */
  protected readonly hasCount: boolean = true;

  /** At sync time: proxies of the items there are now, bound to them. */
  protected abstract listItems(): T[];

  /** At sync time: how many items there are. */
  protected abstract countItems(): number;

  protected readers(): PropertyReaders {
    return { count: () => this.countItems() };
  }

  /** load("items/name"), load("name"), load("items") (every item property), with ", count" where it exists. */
  override load(propertyNames?: unknown): this {
    this.queueItemsLoad(itemPropertyNames(propertyNames));
    if (this.hasCount && typeof propertyNames === "string" && /\bcount\b/.test(propertyNames)) {
      this.queueLoad(["count"]);
    }
    return this;
  }

  /** At sync, lists the items and reads their properties; they become `items` once the sync succeeded. */
  private queueItemsLoad(names: readonly string[]): void {
    let items: T[] = [];
    this.context.enqueue({
      bytes: jsonBytes({ load: `${this.className}.items`, properties: names }),
      readOnly: true,
      run: () => {
        items = this.listItems();
        return items.map((item) => item.readFor(names));
      },
      deliver: (snapshots) => {
        items.forEach((item, i) => {
          item.setNull(false);
          item.receive((snapshots as unknown[])[i] ?? {});
        });
        this.loadedItems = items;
      },
    });
  }

  /** For collections that load their items another way. */
  protected setItems(items: T[]): void {
    this.loadedItems = items;
  }

  get items(): T[] {
    return this.loadedItems ?? this.loaded<T[]>("items");
  }

  get count(): number {
    return this.loaded("count");
  }

  getCount(): HostClientResult<number> {
    return new HostClientResult(this.context, `${this.className}.getCount`, () => this.countItems());
  }
}
