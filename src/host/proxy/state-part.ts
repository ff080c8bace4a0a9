/**
 * Base of the sub-objects (a chart's title, legend and axes; a conditional format's rule, fill and
 * font) whose properties read and write part of a model object found at sync time.
 */
import type { HostRequestContext } from "./context";
import { HostObject } from "./host-object";
import type { PropertyReaders } from "./host-object";

export abstract class StatePart<S> extends HostObject {
  protected readonly className: string;

  constructor(
    context: HostRequestContext,
    /** The model object, at sync time. */
    protected readonly state: () => S,
    className: string,
    private readonly read: (state: S) => PropertyReaders,
  ) {
    super(context);
    this.className = className;
  }

  protected readers(): PropertyReaders {
    return this.read(this.state());
  }

  /** Queues a property write that changes the model object. */
  protected update(name: string, value: unknown, change: (state: S) => void): void {
    this.queueSet(name, value, () => change(this.state()));
  }
}
