/** Excel.TableCollection: workbook.tables and worksheet.tables. */
import { addTable } from "../model/table-ops";
import type { TableState } from "../model/state";
import type { HostRequestContext } from "./context";
import { HostEvent } from "./events";
import { HostCollection } from "./host-collection";
import { describeArg } from "./host-object";
import type { HostRange } from "./range";
import { resolveTarget } from "./range-argument";
import { HostTable } from "./table";

export class HostTableCollection extends HostCollection<HostTable> {
  protected readonly className = "TableCollection";
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

  protected listItems(): HostTable[] {
    return this.inScope().map((t) => HostTable.ofId(this.context, t.id));
  }

  protected countItems(): number {
    return this.inScope().length;
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
