/**
 * Base of every proxy: load() queues a read of named properties, values are readable only after the
 * sync that ran it (PropertyNotLoaded before), and stay a snapshot until the next load + sync.
 */
import { HostErrorCodes, hostError } from "../errors";
import type { HostRequestContext } from "./context";
import { parseLoadArgument, splitPath } from "./load-options";
import type { LoadRequest } from "./load-options";
import { jsonBytes } from "./payload";

export type PropertyReaders = Record<string, () => unknown>;

export abstract class HostObject {
  private readonly loadedValues = new Map<string, unknown>();
  /** undefined until a sync told whether the object exists. */
  private nullKnown: boolean | undefined;

  constructor(readonly context: HostRequestContext) {}

  /** Name used in messages, e.g. "Range". */
  protected abstract readonly className: string;

  /** Scalar properties readable at sync time (called inside sync only). */
  protected abstract readers(): PropertyReaders;

  /** Child objects reachable by load paths ("format/fill/color"). */
  protected navigations(): Record<string, HostObject> {
    return {};
  }

  /** At sync time: true when this object is a null object (getItemOrNullObject found nothing). */
  protected resolvesToNull(): boolean {
    return false;
  }

  load(propertyNames?: unknown): this {
    this.queueLoad(parseLoadArgument(propertyNames));
    return this;
  }

  /** @internal */
  queueLoad(request: LoadRequest): void {
    const own: string[] = [];
    const navs = this.navigations();
    for (const name of request) {
      const { head, rest } = splitPath(name);
      const nav = navs[head];
      if (nav) nav.queueLoad([rest ?? "*"]);
      else own.push(name);
    }
    if (own.length === 0) return;
    this.context.enqueue({
      bytes: jsonBytes({ load: this.className, properties: own }),
      readOnly: true,
      run: () => this.readNow(own),
      deliver: (result) => this.receive(result),
    });
  }

  /** Reads properties now (inside a sync). */
  protected readNow(names: readonly string[]): Record<string, unknown> | null {
    if (this.resolvesToNull()) return null;
    const readers = this.readers();
    const wanted = names.includes("*") ? Object.keys(readers) : names;
    const values: Record<string, unknown> = {};
    for (const name of wanted) {
      const reader = readers[name];
      if (!reader) {
        throw hostError(
          HostErrorCodes.invalidArgument,
          `${this.className} has no loadable property "${name}".`,
        );
      }
      values[name] = reader();
    }
    return values;
  }

  /** @internal reads properties now, inside a sync (collection loads). */
  readFor(names: readonly string[]): Record<string, unknown> | null {
    return this.readNow(names);
  }

  /** @internal */
  receive(result: unknown): void {
    if (result === null) {
      this.nullKnown = true;
      return;
    }
    for (const [name, value] of Object.entries(result as Record<string, unknown>))
      this.loadedValues.set(name, value);
  }

  /** @internal marks, after a sync, whether the object exists. */
  setNull(isNull: boolean): void {
    this.nullKnown = isNull;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) {
      throw hostError(
        HostErrorCodes.propertyNotLoaded,
        `The property 'isNullObject' of ${this.className} is not available. Call context.sync() first.`,
      );
    }
    return this.nullKnown;
  }

  protected loaded<T>(name: string): T {
    if (this.nullKnown === true) {
      throw hostError(
        HostErrorCodes.invalidObjectPath,
        `The ${this.className} is a null object: check isNullObject before reading "${name}".`,
      );
    }
    if (!this.loadedValues.has(name)) {
      throw hostError(
        HostErrorCodes.propertyNotLoaded,
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loadedValues.get(name) as T;
  }

  /** Queues a property write; like office-js, the proxy echoes the value written. */
  protected queueSet(name: string, value: unknown, apply: () => void): void {
    this.context.enqueueWrite({ set: `${this.className}.${name}`, value }, apply);
    this.loadedValues.set(name, value);
  }

  /** Queues a method call with no result. */
  protected queueCall(method: string, args: readonly unknown[], apply: () => void): void {
    this.context.enqueueWrite({ call: `${this.className}.${method}`, args }, apply);
  }

  /** Queues an operation that binds a child proxy (getItem, getRange ...): errors surface at sync. */
  protected static queueBind(
    context: HostRequestContext,
    description: unknown,
    bind: () => boolean,
    target: HostObject,
  ): void {
    context.enqueue({
      bytes: jsonBytes(description),
      readOnly: true,
      run: () => bind(),
      deliver: (isNull) => target.setNull(isNull === true),
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }
}

/** An argument as it appears in a request description or message: addresses as text, proxies by class. */
export function describeArg(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof HostObject) return "[Range]";
  return JSON.stringify(value) ?? "";
}

/** A value returned by a method (getCount, getValue ...): .value after sync, like OfficeExtension.ClientResult. */
export class HostClientResult<T> {
  private result: { value: T } | undefined;

  constructor(context: HostRequestContext, method: string, compute: () => T) {
    context.enqueue({
      bytes: jsonBytes({ call: method }),
      readOnly: true,
      run: () => ({ value: compute() }),
      deliver: (r) => {
        this.result = r as { value: T };
      },
    });
  }

  get value(): T {
    if (!this.result) {
      throw hostError(
        HostErrorCodes.propertyNotLoaded,
        "The value of the result object has not been loaded yet. Call context.sync() before reading it.",
      );
    }
    return this.result.value;
  }
}
