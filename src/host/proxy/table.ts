/** Excel.Table over the model: properties, its ranges, resize, delete, convertToRange. */
import type { Rect } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import { dataBodyRect } from "../model/range-ops";
import type { TableState } from "../model/state";
import { convertTableToRange, deleteTable, renameTable, resizeTable } from "../model/table-ops";
import { BoundObject } from "./bound-object";
import type { HostRequestContext } from "./context";
import { HostEvent } from "./events";
import { describeArg, HostObject } from "./host-object";
import type { PropertyReaders } from "./host-object";
import { HostRange } from "./range";
import { resolveTarget } from "./range-argument";
import { HostTableColumnCollection } from "./table-columns";
import { requireTable } from "../model/table-ops";
import { HostTableRowCollection } from "./table-rows";
import { HostWorksheet } from "./worksheet";

export class HostTable
  extends BoundObject<string>
  implements Pick<Excel.Table, "name" | "id" | "style" | "showBandedRows">
{
  protected readonly className = "Table";
  protected readonly noun = "table";
  private columnsProxy: HostTableColumnCollection | undefined;
  private rowsProxy: HostTableRowCollection | undefined;
  private worksheetProxy: HostWorksheet | undefined;
  readonly onChanged: HostEvent;

  private constructor(
    context: HostRequestContext,
    find: () => TableState | undefined,
    nullable: boolean,
    description: unknown,
  ) {
    super(context, () => find()?.id, nullable, description);
    this.onChanged = new HostEvent(context, "TableChanged", () => ({ tableId: this.table().id }));
  }

  /** A table proxy bound, at the next sync, to what find returns. */
  static locate(
    context: HostRequestContext,
    find: () => TableState | undefined,
    nullable: boolean,
    description: unknown,
  ): HostTable {
    return new HostTable(context, find, nullable, description);
  }

  /** A table proxy that an operation queued by the caller binds (tables.add). */
  static pending(context: HostRequestContext, find: () => TableState | undefined): HostTable {
    return new HostTable(context, find, false, null);
  }

  /** A proxy for a table known by id (collection items). */
  static ofId(context: HostRequestContext, id: string): HostTable {
    const table = new HostTable(context, () => context.model.tableById(id), false, null);
    table.bindTo(id);
    return table;
  }

  /** @internal the table at sync time. */
  table(): TableState {
    return requireTable(this.context.model, this.requireKey());
  }

  protected readers(): PropertyReaders {
    return {
      name: () => this.table().name,
      id: () => this.table().id,
      style: () => this.table().style,
      showBandedRows: () => this.table().showBandedRows,
      showBandedColumns: () => this.table().showBandedColumns,
      showFilterButton: () => this.table().showFilterButton,
      showHeaders: () => this.table().showHeaders,
      showTotals: () => this.table().showTotals,
      highlightFirstColumn: () => false,
      highlightLastColumn: () => false,
    };
  }

  protected override navigations(): Record<string, HostObject> {
    // worksheet is a getter: locating it queues a bind, which must not happen (and fail) for a null table
    // whose load path never asked for the worksheet.
    const navs: Record<string, HostObject> = { columns: this.columns, rows: this.rows };
    return Object.defineProperty(navs, "worksheet", { get: () => this.worksheet, enumerable: true });
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.queueSet("name", value, () => renameTable(this.context.model, this.table(), value));
  }
  get id(): string {
    return this.loaded("id");
  }
  get style(): string {
    return this.loaded("style");
  }
  set style(value: string) {
    this.queueSet("style", value, () => {
      this.table().style = String(value);
    });
  }
  get showBandedRows(): boolean {
    return this.loaded("showBandedRows");
  }
  set showBandedRows(value: boolean) {
    this.queueSet("showBandedRows", value, () => {
      this.table().showBandedRows = Boolean(value);
    });
  }
  get showBandedColumns(): boolean {
    return this.loaded("showBandedColumns");
  }
  set showBandedColumns(value: boolean) {
    this.queueSet("showBandedColumns", value, () => {
      this.table().showBandedColumns = Boolean(value);
    });
  }
  get showFilterButton(): boolean {
    return this.loaded("showFilterButton");
  }
  set showFilterButton(value: boolean) {
    this.queueSet("showFilterButton", value, () => {
      this.table().showFilterButton = Boolean(value);
    });
  }
  get showHeaders(): boolean {
    return this.loaded("showHeaders");
  }
  set showHeaders(value: boolean) {
    this.queueSet("showHeaders", value, () => {
      if (value !== true)
        throw hostError(HostErrorCodes.notImplemented, "The host keeps table headers shown.");
    });
  }
  get showTotals(): boolean {
    return this.loaded("showTotals");
  }
  set showTotals(value: boolean) {
    this.queueSet("showTotals", value, () => {
      if (value !== false)
        throw hostError(HostErrorCodes.notImplemented, "The host does not support total rows.");
    });
  }

  get columns(): HostTableColumnCollection {
    this.columnsProxy ??= new HostTableColumnCollection(this.context, () => this.table());
    return this.columnsProxy;
  }

  get rows(): HostTableRowCollection {
    this.rowsProxy ??= new HostTableRowCollection(this.context, () => this.table());
    return this.rowsProxy;
  }

  get worksheet(): HostWorksheet {
    // One proxy per table proxy, so table.load("worksheet/name") fills the object table.worksheet returns.
    this.worksheetProxy ??= HostWorksheet.locate(
      this.context,
      () => this.context.model.sheetById(this.table().sheetId),
      false,
      { table: "worksheet" },
    );
    return this.worksheetProxy;
  }

  private range(method: string, rect: (table: TableState) => Rect): HostRange {
    return new HostRange(
      this.context,
      () => {
        const table = this.table();
        return { sheetId: table.sheetId, rect: rect(table) };
      },
      false,
      { call: `Table.${method}` },
    );
  }

  getRange(): HostRange {
    return this.range("getRange", (t) => t.rect);
  }

  getHeaderRowRange(): HostRange {
    return this.range("getHeaderRowRange", (t) => ({ ...t.rect, r1: t.rect.r0 }));
  }

  getDataBodyRange(): HostRange {
    return this.range("getDataBodyRange", (t) => dataBodyRect(t));
  }

  getTotalRowRange(): HostRange {
    return this.range("getTotalRowRange", () => {
      throw hostError(HostErrorCodes.notImplemented, "The host does not support total rows.");
    });
  }

  resize(newRange: HostRange | string): void {
    this.queueCall("resize", [describeArg(newRange)], () => {
      const table = this.table();
      const { sheet, rect } = resolveTarget(this.context, newRange, table.sheetId);
      if (sheet.id !== table.sheetId)
        throw hostError(HostErrorCodes.invalidArgument, "A table can't move to another sheet.");
      resizeTable(this.context.model, table, rect);
    });
  }

  delete(): void {
    this.queueCall("delete", [], () => deleteTable(this.context.model, this.table()));
  }

  convertToRange(): HostRange {
    const range = new HostRange(
      this.context,
      () => {
        const table = this.table();
        return { sheetId: table.sheetId, rect: table.rect };
      },
      false,
      { call: "Table.convertToRange" },
    );
    this.queueCall("convertToRange", [], () => convertTableToRange(this.context.model, this.table()));
    return range;
  }

  clearFilters(): void {
    this.queueCall("clearFilters", [], () => undefined);
  }

  reapplyFilters(): void {
    this.queueCall("reapplyFilters", [], () => undefined);
  }
}
