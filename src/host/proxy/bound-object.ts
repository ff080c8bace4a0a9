/**
 * Base of the proxies bound, at a sync, to one object of the model (getItem, getItemOrNullObject,
 * getRange ...). getItem of a missing object fails that sync; getItemOrNullObject gives a null object.
 * The proxy keeps a key (an id, a name, a location), not the object, and finds the object by it.
 */
import { HostErrorCodes, hostError } from "../errors";
import type { HostRequestContext } from "./context";
import { HostObject } from "./host-object";

export abstract class BoundObject<K> extends HostObject {
  /** undefined until bound, null for a null object. */
  private binding: K | null | undefined;

  /** What the object is called in messages: "The requested table does not exist." */
  protected abstract readonly noun: string;

  /**
   * find runs at sync, in queue order. description: the request that binds the proxy (queued now), or
   * null when the caller binds it (add, items of a collection).
   */
  protected constructor(
    context: HostRequestContext,
    private readonly find: () => K | undefined,
    private readonly nullable: boolean,
    description: unknown,
  ) {
    super(context);
    if (description !== null) HostObject.queueBind(context, description, () => this.bind(), this);
  }

  /** @internal binds now (inside a sync); returns true for a null object. */
  bind(): boolean {
    const key = this.find();
    if (key === undefined) {
      if (!this.nullable) throw hostError(HostErrorCodes.itemNotFound, this.missingMessage());
      this.binding = null;
      return true;
    }
    this.binding = key;
    return false;
  }

  /** Binds at once to an object known to exist (collection items). */
  protected bindTo(key: K): void {
    this.binding = key;
    this.setNull(false);
  }

  /** The key at sync time, null for a null object. */
  protected boundKey(): K | null {
    if (this.binding === undefined) this.bind();
    return this.binding ?? null;
  }

  /** The key at sync time; a null object throws ItemNotFound. */
  protected requireKey(): K {
    const key = this.boundKey();
    if (key === null) throw hostError(HostErrorCodes.itemNotFound, `The ${this.noun} is a null object.`);
    return key;
  }

  protected override resolvesToNull(): boolean {
    return this.boundKey() === null;
  }

  protected missingMessage(): string {
    return `The requested ${this.noun} does not exist.`;
  }
}
