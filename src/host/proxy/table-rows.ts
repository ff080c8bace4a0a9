/** Excel.TableRow and TableRowCollection over the model. */
import { rectRows } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import { cellValue } from "../model/cell";
import * as rangeOps from "../model/range-ops";
import { dataBodyRect } from "../model/range-ops";
import type { TableState } from "../model/state";
import { addTableRows, deleteTableRows } from "../model/table-row-ops";
import type { HostRequestContext } from "./context";
import { HostCollection } from "./host-collection";
import { HostObject } from "./host-object";
import type { PropertyReaders } from "./host-object";
import { HostRange } from "./range";
import { tableSheet } from "../model/table-ops";

export class HostTableRow extends HostObject {
  protected readonly className = "TableRow";

  constructor(
    context: HostRequestContext,
    private readonly table: () => TableState,
    private readonly indexAt: () => number,
  ) {
    super(context);
  }

  private get rowIndex(): number {
    return this.indexAt();
  }

  private sheetRow(): { table: TableState; row: number } {
    const table = this.table();
    const body = dataBodyRect(table);
    const row = body.r0 + this.rowIndex;
    if (row > body.r1) throw hostError(HostErrorCodes.itemNotFound, `The table has no row ${this.rowIndex}.`);
    return { table, row };
  }

  protected readers(): PropertyReaders {
    return {
      index: () => this.rowIndex,
      values: () => {
        const { table, row } = this.sheetRow();
        const sheet = tableSheet(this.context.model, table);
        return this.context.model.readGrid(sheet, { ...table.rect, r0: row, r1: row }, (c) => cellValue(c));
      },
    };
  }

  get index(): number {
    return this.loaded("index");
  }

  get values(): Excel.TableRow["values"] {
    return this.loaded("values");
  }
  set values(value: Excel.TableRow["values"]) {
    this.queueSet("values", value, () => {
      const { table, row } = this.sheetRow();
      const sheet = tableSheet(this.context.model, table);
      rangeOps.writeContent(this.context.model, sheet, { ...table.rect, r0: row, r1: row }, value, "values");
    });
  }

  getRange(): HostRange {
    return new HostRange(
      this.context,
      () => {
        const { table, row } = this.sheetRow();
        return { sheetId: table.sheetId, rect: { ...table.rect, r0: row, r1: row } };
      },
      false,
      { call: "TableRow.getRange" },
    );
  }

  delete(): void {
    this.queueCall("delete", [], () => {
      const { table, row } = this.sheetRow();
      deleteTableRows(this.context.model, table, row, 1);
    });
  }
}

export class HostTableRowCollection extends HostCollection<HostTableRow> {
  protected readonly className = "TableRowCollection";

  constructor(
    context: HostRequestContext,
    private readonly table: () => TableState,
  ) {
    super(context);
  }

  protected listItems(): HostTableRow[] {
    return Array.from(
      { length: this.countItems() },
      (_, i) => new HostTableRow(this.context, this.table, () => i),
    );
  }

  protected countItems(): number {
    return rectRows(dataBodyRect(this.table()));
  }

  /** load("count") alone reads no rows. */
  override load(propertyNames?: unknown): this {
    if (typeof propertyNames === "string" && propertyNames.trim() === "count") {
      this.queueLoad(["count"]);
      return this;
    }
    return super.load(propertyNames);
  }

  getItemAt(index: number): HostTableRow {
    return new HostTableRow(this.context, this.table, () => index);
  }

  /**
   * add(index?, values?): values is a 2-D array of whole rows. A table whose only data row is blank
   * gets it filled first (Excel's behaviour). Returns a row proxy for the first added row.
   */
  add(index?: number | null, values?: unknown, _alwaysInsert?: boolean): HostTableRow {
    let first = -1;
    const row = new HostTableRow(this.context, this.table, () => first);
    this.context.enqueueWrite({ call: "TableRowCollection.add", args: [index, values] }, () => {
      const table = this.table();
      const added = addTableRows(this.context.model, table, index, values);
      first = added.r0 - dataBodyRect(table).r0;
    });
    return row;
  }

  /** deleteRowsAt(index, count): removes data rows; Excel keeps one blank row when all go. */
  deleteRowsAt(index: number, count = 1): void {
    this.context.enqueueWrite({ call: "TableRowCollection.deleteRowsAt", args: [index, count] }, () => {
      const table = this.table();
      deleteTableRows(this.context.model, table, dataBodyRect(table).r0 + index, count);
    });
  }
}
