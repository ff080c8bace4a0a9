/** Excel.TableColumn and TableColumnCollection over the model. */
import { HostErrorCodes, hostError } from "../errors";
import { cellValue } from "../model/cell";
import * as rangeOps from "../model/range-ops";
import { dataBodyRect } from "../model/range-ops";
import type { TableState } from "../model/state";
import { addTableColumn, deleteTableColumn } from "../model/table-column-ops";
import { BoundObject } from "./bound-object";
import type { HostRequestContext } from "./context";
import { HostCollection } from "./host-collection";
import type { PropertyReaders } from "./host-object";
import { HostRange } from "./range";
import { requireTable, tableSheet } from "../model/table-ops";

/** What a column proxy keeps: its table and the column's id (stable when columns move). */
interface ColumnKey {
  readonly tableId: string;
  readonly columnId: number;
}

export class HostTableColumn
  extends BoundObject<ColumnKey>
  implements Pick<Excel.TableColumn, "name" | "id" | "index">
{
  protected readonly className = "TableColumn";
  protected readonly noun = "table column";

  constructor(
    context: HostRequestContext,
    find: () => ColumnKey | undefined,
    nullable: boolean,
    description: unknown,
  ) {
    super(context, find, nullable, description);
  }

  private column(): { table: TableState; index: number } {
    const key = this.requireKey();
    const table = requireTable(this.context.model, key.tableId);
    const index = table.columns.findIndex((c) => c.id === key.columnId);
    if (index < 0) throw hostError(HostErrorCodes.itemNotFound, "The table column no longer exists.");
    return { table, index };
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
        const sheet = tableSheet(this.context.model, table);
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
      const sheet = tableSheet(this.context.model, table);
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

export class HostTableColumnCollection extends HostCollection<HostTableColumn> {
  protected readonly className = "TableColumnCollection";

  constructor(
    context: HostRequestContext,
    private readonly table: () => TableState,
  ) {
    super(context);
  }

  protected listItems(): HostTableColumn[] {
    const table = this.table();
    return table.columns.map(
      (c) => new HostTableColumn(this.context, () => ({ tableId: table.id, columnId: c.id }), false, null),
    );
  }

  protected countItems(): number {
    return this.table().columns.length;
  }

  private findKey(key: string | number): ColumnKey | undefined {
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
    let key: ColumnKey | undefined;
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
