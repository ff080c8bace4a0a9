/** Excel.TableColumn and TableColumnCollection over the model. */
import { HostErrorCodes, hostError } from "../errors";
import { cellValue } from "../model/cell";
import * as rangeOps from "../model/range-ops";
import { dataBodyRect } from "../model/range-ops";
import type { TableState } from "../model/state";
import { addTableColumn, deleteTableColumn } from "../model/table-column-ops";
import type { HostRequestContext } from "./context";
import { HostClientResult, HostObject, queueCollectionLoad } from "./host-object";
import type { PropertyReaders } from "./host-object";
import { HostRange } from "./range";
import { requireTable, tableSheet } from "./table-lookup";

export class HostTableColumn extends HostObject implements Pick<Excel.TableColumn, "name" | "id" | "index"> {
  protected readonly className = "TableColumn";
  private key: { tableId: string; columnId: number } | null | undefined;

  constructor(
    context: HostRequestContext,
    private readonly find: () => { tableId: string; columnId: number } | undefined,
    private readonly nullable: boolean,
    description: unknown,
  ) {
    super(context);
    if (description !== null) HostObject.queueBind(context, description, () => this.bind(), this);
  }

  /** @internal */
  bind(): boolean {
    const key = this.find();
    if (!key) {
      if (!this.nullable)
        throw hostError(HostErrorCodes.itemNotFound, "The requested table column does not exist.");
      this.key = null;
      return true;
    }
    this.key = key;
    return false;
  }

  private column(): { table: TableState; index: number } {
    if (this.key === undefined) this.bind();
    if (!this.key) throw hostError(HostErrorCodes.itemNotFound, "The table column is a null object.");
    const table = requireTable(this.context, this.key.tableId);
    const columnId = this.key.columnId;
    const index = table.columns.findIndex((c) => c.id === columnId);
    if (index < 0) throw hostError(HostErrorCodes.itemNotFound, "The table column no longer exists.");
    return { table, index };
  }

  protected resolvesToNull(): boolean {
    if (this.key === undefined) this.bind();
    return this.key === null;
  }

  protected readers(): PropertyReaders {
    return {
      name: () => {
        const { table, index } = this.column();
        return table.columns[index]?.name ?? "";
      },
      id: () => table$(this.column()).id,
      index: () => this.column().index,
      values: () => {
        const { table, index } = this.column();
        const sheet = tableSheet(this.context, table);
        const col = table.rect.c0 + index;
        return this.context.model.readGrid(sheet, { ...table.rect, c0: col, c1: col }, (c) => cellValue(c));
      },
    };
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.queueSet("name", value, () => {
      const { table, index } = this.column();
      const sheet = tableSheet(this.context, table);
      const col = table.rect.c0 + index;
      rangeOps.writeContent(
        this.context.model,
        sheet,
        { r0: table.rect.r0, c0: col, r1: table.rect.r0, c1: col },
        [[value]],
        "values",
      );
    });
  }
  get id(): number {
    return this.loaded("id");
  }
  get index(): number {
    return this.loaded("index");
  }
  get values(): Excel.TableColumn["values"] {
    return this.loaded("values");
  }

  private range(method: string, rows: (table: TableState) => { r0: number; r1: number }): HostRange {
    return new HostRange(
      this.context,
      () => {
        const { table, index } = this.column();
        const col = table.rect.c0 + index;
        return { sheetId: table.sheetId, rect: { ...rows(table), c0: col, c1: col } };
      },
      false,
      { call: `TableColumn.${method}` },
    );
  }

  getRange(): HostRange {
    return this.range("getRange", (t) => ({ r0: t.rect.r0, r1: t.rect.r1 }));
  }

  getHeaderRowRange(): HostRange {
    return this.range("getHeaderRowRange", (t) => ({ r0: t.rect.r0, r1: t.rect.r0 }));
  }

  getDataBodyRange(): HostRange {
    return this.range("getDataBodyRange", (t) => {
      const body = dataBodyRect(t);
      return { r0: body.r0, r1: body.r1 };
    });
  }

  delete(): void {
    this.queueCall("delete", [], () => {
      const { table, index } = this.column();
      deleteTableColumn(this.context.model, table, index);
    });
  }
}

function table$(column: { table: TableState; index: number }): { id: number } {
  const state = column.table.columns[column.index];
  if (!state) throw hostError(HostErrorCodes.itemNotFound, "The table column no longer exists.");
  return state;
}

export class HostTableColumnCollection extends HostObject {
  protected readonly className = "TableColumnCollection";
  private loadedItems: HostTableColumn[] | undefined;

  constructor(
    context: HostRequestContext,
    private readonly table: () => TableState,
  ) {
    super(context);
  }

  protected resolvesToNull(): boolean {
    return false;
  }

  protected readers(): PropertyReaders {
    return { count: () => this.table().columns.length };
  }

  override load(propertyNames?: unknown): this {
    queueCollectionLoad(
      this.context,
      this.className,
      propertyNames,
      () => {
        const table = this.table();
        return table.columns.map(
          (c) =>
            new HostTableColumn(this.context, () => ({ tableId: table.id, columnId: c.id }), false, null),
        );
      },
      (items) => {
        this.loadedItems = items;
      },
    );
    if (typeof propertyNames === "string" && /\bcount\b/.test(propertyNames)) super.load("count");
    return this;
  }

  get items(): HostTableColumn[] {
    if (!this.loadedItems) return this.loaded("items");
    return this.loadedItems;
  }

  get count(): number {
    return this.loaded("count");
  }

  getCount(): HostClientResult<number> {
    return new HostClientResult(
      this.context,
      "TableColumnCollection.getCount",
      () => this.table().columns.length,
    );
  }

  private findKey(key: string | number): { tableId: string; columnId: number } | undefined {
    const table = this.table();
    const column =
      typeof key === "number"
        ? table.columns.find((c) => c.id === key)
        : table.columns.find((c) => c.name.toLowerCase() === key.toLowerCase() || String(c.id) === key);
    return column ? { tableId: table.id, columnId: column.id } : undefined;
  }

  getItem(key: string | number): HostTableColumn {
    return new HostTableColumn(this.context, () => this.findKey(key), false, { getItem: key });
  }

  getItemOrNullObject(key: string | number): HostTableColumn {
    return new HostTableColumn(this.context, () => this.findKey(key), true, { getItemOrNullObject: key });
  }

  getItemAt(index: number): HostTableColumn {
    return new HostTableColumn(
      this.context,
      () => {
        const table = this.table();
        const column = table.columns[index];
        return column ? { tableId: table.id, columnId: column.id } : undefined;
      },
      false,
      { getItemAt: index },
    );
  }

  /** add(index?, values?, name?): values are [[header], [row1], ...] covering header and data rows. */
  add(index?: number | null, values?: unknown, name?: string): HostTableColumn {
    let key: { tableId: string; columnId: number } | undefined;
    const column = new HostTableColumn(this.context, () => key, false, null);
    this.context.enqueueWrite({ call: "TableColumnCollection.add", args: [index, values, name] }, () => {
      const table = this.table();
      const at = addTableColumn(this.context.model, table, index, values, name);
      const state = table.columns[at];
      if (!state) throw hostError(HostErrorCodes.generalException, "The new column is missing.");
      key = { tableId: table.id, columnId: state.id };
      column.bind();
      column.setNull(false);
    });
    return column;
  }
}
