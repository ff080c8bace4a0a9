/** Excel.Table, TableCollection, TableColumn(Collection), TableRow(Collection) over the model. */
import type { Rect } from "../address";
import { parseAddress, rectRows } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import { cellValue } from "../model/cell";
import * as rangeOps from "../model/range-ops";
import { dataBodyRect } from "../model/range-ops";
import type { SheetState, TableState } from "../model/state";
import {
  addTable,
  addTableColumn,
  addTableRows,
  convertTableToRange,
  deleteTable,
  deleteTableColumn,
  deleteTableRows,
  renameTable,
  resizeTable,
} from "../model/table-ops";
import type { HostRequestContext } from "./context";
import { HostEvent } from "./events";
import { describeArg, HostClientResult, HostObject, queueCollectionLoad } from "./host-object";
import type { PropertyReaders } from "./host-object";
import { HostRange } from "./range";
import { HostWorksheet } from "./worksheet";

function requireTable(context: HostRequestContext, id: string): TableState {
  const table = context.model.tableById(id);
  if (!table) throw hostError(HostErrorCodes.itemNotFound, "The table no longer exists.");
  return table;
}

function tableSheet(context: HostRequestContext, table: TableState): SheetState {
  const sheet = context.model.sheetById(table.sheetId);
  if (!sheet) throw hostError(HostErrorCodes.itemNotFound, "The table's worksheet no longer exists.");
  return sheet;
}

/** Resolves an address or range argument to a sheet + rectangle at sync time. */
function resolveTarget(
  context: HostRequestContext,
  target: HostRange | string,
  defaultSheetId: string | undefined,
): { sheet: SheetState; rect: Rect } {
  if (typeof target !== "string") return target.location();
  const parsed = parseAddress(target);
  if (!parsed) throw hostError(HostErrorCodes.invalidArgument, `"${target}" is not a valid address.`);
  const sheet =
    parsed.sheet !== undefined
      ? context.model.requireSheet(parsed.sheet)
      : defaultSheetId !== undefined
        ? context.model.requireSheet(defaultSheetId)
        : context.model.activeSheet();
  if (defaultSheetId !== undefined && sheet.id !== defaultSheetId) {
    throw hostError(HostErrorCodes.invalidArgument, `The address "${target}" is on another worksheet.`);
  }
  return { sheet, rect: parsed.rect };
}

export class HostTable
  extends HostObject
  implements Pick<Excel.Table, "name" | "id" | "style" | "showBandedRows">
{
  protected readonly className = "Table";
  private tableId: string | null | undefined;
  private columnsProxy: HostTableColumnCollection | undefined;
  private rowsProxy: HostTableRowCollection | undefined;
  private worksheetProxy: HostWorksheet | undefined;
  readonly onChanged: HostEvent;

  private constructor(
    context: HostRequestContext,
    private readonly find: () => TableState | undefined,
    private readonly nullable: boolean,
  ) {
    super(context);
    this.onChanged = new HostEvent(context, "TableChanged", () => ({ tableId: this.table().id }));
  }

  static locate(
    context: HostRequestContext,
    find: () => TableState | undefined,
    nullable: boolean,
    description: unknown,
  ): HostTable {
    const table = new HostTable(context, find, nullable);
    HostObject.queueBind(context, description, () => table.bind(), table);
    return table;
  }

  static pending(context: HostRequestContext, find: () => TableState | undefined): HostTable {
    return new HostTable(context, find, false);
  }

  static ofId(context: HostRequestContext, id: string): HostTable {
    const table = new HostTable(context, () => context.model.tableById(id), false);
    table.tableId = id;
    table.setNull(false);
    return table;
  }

  /** @internal */
  bind(): boolean {
    const table = this.find();
    if (!table) {
      if (!this.nullable) throw hostError(HostErrorCodes.itemNotFound, "The requested table does not exist.");
      this.tableId = null;
      return true;
    }
    this.tableId = table.id;
    return false;
  }

  /** @internal */
  table(): TableState {
    if (this.tableId === undefined) this.bind();
    if (this.tableId === null || this.tableId === undefined) {
      throw hostError(HostErrorCodes.itemNotFound, "The table is a null object.");
    }
    return requireTable(this.context, this.tableId);
  }

  protected resolvesToNull(): boolean {
    if (this.tableId === undefined) this.bind();
    return this.tableId === null;
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

  protected resolvesToNull(): boolean {
    return false;
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
        const sheet = tableSheet(this.context, table);
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
      const sheet = tableSheet(this.context, table);
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

export class HostTableRowCollection extends HostObject {
  protected readonly className = "TableRowCollection";
  private loadedItems: HostTableRow[] | undefined;

  constructor(
    context: HostRequestContext,
    private readonly table: () => TableState,
  ) {
    super(context);
  }

  private rowCount(): number {
    return rectRows(dataBodyRect(this.table()));
  }

  protected resolvesToNull(): boolean {
    return false;
  }

  protected readers(): PropertyReaders {
    return { count: () => this.rowCount() };
  }

  override load(propertyNames?: unknown): this {
    if (typeof propertyNames === "string" && propertyNames.trim() === "count") return super.load("count");
    queueCollectionLoad(
      this.context,
      this.className,
      propertyNames,
      () =>
        Array.from(
          { length: this.rowCount() },
          (_, i) => new HostTableRow(this.context, this.table, () => i),
        ),
      (items) => {
        this.loadedItems = items;
      },
    );
    if (typeof propertyNames === "string" && /\bcount\b/.test(propertyNames)) super.load("count");
    return this;
  }

  get items(): HostTableRow[] {
    if (!this.loadedItems) return this.loaded("items");
    return this.loadedItems;
  }

  get count(): number {
    return this.loaded("count");
  }

  getCount(): HostClientResult<number> {
    return new HostClientResult(this.context, "TableRowCollection.getCount", () => this.rowCount());
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
