/** Excel.TableCollection: workbook.tables and worksheet.tables. */
import { addTable } from "../model/table-ops";
import type { TableState } from "../model/state";
import type { HostRequestContext } from "./context";
import { HostEvent } from "./events";
import { describeArg, HostClientResult, HostObject, queueCollectionLoad } from "./host-object";
import type { PropertyReaders } from "./host-object";
import type { HostRange } from "./range";
import { resolveTarget } from "./range-argument";
import { HostTable } from "./table";

export class HostTableCollection extends HostObject {
  protected readonly className = "TableCollection";
  private loadedItems: HostTable[] | undefined;
  /** TableChanged of any table in scope. */
  readonly onChanged: HostEvent;

  /** sheetId: the worksheet for worksheet.tables, undefined for workbook.tables. */
  constructor(
    context: HostRequestContext,
    private readonly sheetId: () => string | undefined,
  ) {
    super(context);
    this.onChanged = new HostEvent(context, "TableChanged", () => {
      const id = this.sheetId();
      return id === undefined ? {} : { worksheetId: id };
    });
  }

  private inScope(): TableState[] {
    const id = this.sheetId();
    return this.context.model.state.tables.filter((t) => id === undefined || t.sheetId === id);
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
      () => this.inScope().map((t) => HostTable.ofId(this.context, t.id)),
      (items) => {
        this.loadedItems = items;
      },
    );
    if (typeof propertyNames === "string" && /\bcount\b/.test(propertyNames)) super.load("count");
    return this;
  }

  get items(): HostTable[] {
    if (!this.loadedItems) return this.loaded("items");
    return this.loadedItems;
  }

  get count(): number {
    return this.loaded("count");
  }

  getCount(): HostClientResult<number> {
    return new HostClientResult(this.context, "TableCollection.getCount", () => this.inScope().length);
  }

  private find(key: string): TableState | undefined {
    const model = this.context.model;
    const table = model.tableById(key) ?? model.tableByName(key);
    return table && this.inScope().includes(table) ? table : undefined;
  }

  getItem(key: string): HostTable {
    return HostTable.locate(this.context, () => this.find(key), false, { getItem: key });
  }

  getItemOrNullObject(key: string): HostTable {
    return HostTable.locate(this.context, () => this.find(key), true, { getItemOrNullObject: key });
  }

  getItemAt(index: number): HostTable {
    return HostTable.locate(this.context, () => this.inScope()[index], false, { getItemAt: index });
  }

  /** add(address or range, hasHeaders). The address may name its sheet ("Claims!A1:F1"). */
  add(address: HostRange | string, hasHeaders: boolean): HostTable {
    let created: string | undefined;
    const table = HostTable.pending(this.context, () =>
      created === undefined ? undefined : this.context.model.tableById(created),
    );
    this.context.enqueueWrite(
      { call: "TableCollection.add", args: [describeArg(address), hasHeaders] },
      () => {
        const { sheet, rect } = resolveTarget(this.context, address, this.sheetId());
        created = addTable(this.context.model, sheet, rect, hasHeaders).id;
        table.bind();
        table.setNull(false);
      },
    );
    return table;
  }
}
