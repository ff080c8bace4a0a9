/** Excel.Worksheet over the model: properties, its ranges and the collections it holds. */
import { HostPageBreakCollection } from "./page-breaks";
import type { Rect } from "../address";
import { MAX_COLUMNS, MAX_ROWS, parseAddress } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import type { SheetState, SheetVisibility } from "../model/state";
import { requireColor } from "../model/style";
import { BoundObject } from "./bound-object";
import { HostChartCollection } from "./chart-collection";
import type { HostRequestContext } from "./context";
import { HostEvent } from "./events";
import { HostObject } from "./host-object";
import type { PropertyReaders } from "./host-object";
import { HostNamedItemCollection } from "./named-items";
import { HostRange } from "./range";
import { HostFreezePanes, HostPageLayout } from "./sheet-view";
import { HostTableCollection } from "./table-collection";

const VISIBILITIES: readonly SheetVisibility[] = ["Visible", "Hidden", "VeryHidden"];

export class HostWorksheet
  extends BoundObject<string>
  implements Pick<Excel.Worksheet, "name" | "id" | "position" | "tabColor" | "visibility">
{
  protected readonly className = "Worksheet";
  protected readonly noun = "worksheet";
  private tablesProxy: HostTableCollection | undefined;
  private chartsProxy: HostChartCollection | undefined;
  private namesProxy: HostNamedItemCollection | undefined;
  private freezeProxy: HostFreezePanes | undefined;
  private layoutProxy: HostPageLayout | undefined;
  private breaksProxy: HostPageBreakCollection | undefined;
  /** worksheet.onChanged: WorksheetChanged events of this sheet. */
  readonly onChanged: HostEvent;
  readonly onSelectionChanged: HostEvent;

  private constructor(
    context: HostRequestContext,
    find: () => SheetState | undefined,
    nullable: boolean,
    description: unknown,
  ) {
    super(context, () => find()?.id, nullable, description);
    this.onChanged = new HostEvent(context, "WorksheetChanged", () => ({ worksheetId: this.sheet().id }));
    this.onSelectionChanged = new HostEvent(context, "WorksheetSelectionChanged", () => ({
      worksheetId: this.sheet().id,
    }));
  }

  /** A worksheet proxy bound, at the next sync, to what find returns. */
  static locate(
    context: HostRequestContext,
    find: () => SheetState | undefined,
    nullable: boolean,
    description: unknown,
  ): HostWorksheet {
    return new HostWorksheet(context, find, nullable, description);
  }

  /** A worksheet proxy that an operation queued by the caller binds (worksheets.add). */
  static pending(context: HostRequestContext, find: () => SheetState | undefined): HostWorksheet {
    return new HostWorksheet(context, find, false, null);
  }

  /** A proxy for a sheet known by id (collection items). */
  static ofId(context: HostRequestContext, id: string): HostWorksheet {
    const sheet = new HostWorksheet(context, () => context.model.sheetById(id), false, null);
    sheet.bindTo(id);
    return sheet;
  }

  /** @internal the sheet at sync time. */
  sheet(): SheetState {
    const sheet = this.context.model.sheetById(this.requireKey());
    if (!sheet) throw hostError(HostErrorCodes.itemNotFound, "The worksheet no longer exists.");
    return sheet;
  }

  protected readers(): PropertyReaders {
    return {
      name: () => this.sheet().name,
      id: () => this.sheet().id,
      position: () => this.context.model.sheets().indexOf(this.sheet()),
      visibility: () => this.sheet().visibility,
      tabColor: () => this.sheet().tabColor,
      showGridlines: () => this.sheet().showGridlines,
      standardWidth: () => 8.43,
    };
  }

  protected override navigations(): Record<string, HostObject> {
    return {
      tables: this.tables,
      charts: this.charts,
      names: this.names,
      freezePanes: this.freezePanes,
      pageLayout: this.pageLayout,
    };
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.queueSet("name", value, () => this.context.model.renameSheet(this.sheet(), value));
  }
  get id(): string {
    return this.loaded("id");
  }
  get position(): number {
    return this.loaded("position");
  }
  set position(value: number) {
    this.queueSet("position", value, () => this.context.model.moveSheet(this.sheet(), value));
  }
  get visibility(): Excel.SheetVisibility {
    return this.loaded("visibility");
  }
  set visibility(value: Excel.SheetVisibility) {
    this.queueSet("visibility", value, () => {
      if (!VISIBILITIES.includes(value)) {
        throw hostError(HostErrorCodes.invalidArgument, `"${String(value)}" is not a sheet visibility.`);
      }
      const sheet = this.sheet();
      const model = this.context.model;
      const visible = model.sheets().filter((s) => s.visibility === "Visible");
      const hiding = String(value) !== "Visible";
      if (hiding && visible.length === 1 && visible[0] === sheet) {
        throw hostError(
          HostErrorCodes.invalidOperation,
          "A workbook must keep at least one visible worksheet.",
        );
      }
      sheet.visibility = value;
      if (hiding && model.state.activeSheetId === sheet.id) {
        const next = model.sheets().find((s) => s.visibility === "Visible");
        if (next) model.activate(next);
      }
    });
  }
  get tabColor(): string {
    return this.loaded("tabColor");
  }
  set tabColor(value: string) {
    this.queueSet("tabColor", value, () => {
      const color = value === "" ? "" : requireColor(value);
      this.sheet().tabColor = color;
    });
  }
  get showGridlines(): boolean {
    return this.loaded("showGridlines");
  }
  set showGridlines(value: boolean) {
    this.queueSet("showGridlines", value, () => {
      this.sheet().showGridlines = Boolean(value);
    });
  }

  get tables(): HostTableCollection {
    this.tablesProxy ??= new HostTableCollection(this.context, () => this.sheet().id);
    return this.tablesProxy;
  }

  get charts(): HostChartCollection {
    this.chartsProxy ??= new HostChartCollection(this.context, () => this.sheet());
    return this.chartsProxy;
  }

  get names(): HostNamedItemCollection {
    this.namesProxy ??= new HostNamedItemCollection(this.context, () => this.sheet().id);
    return this.namesProxy;
  }

  get freezePanes(): HostFreezePanes {
    this.freezeProxy ??= new HostFreezePanes(this.context, () => this.sheet());
    return this.freezeProxy;
  }

  /** ExcelApi 1.9: https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-horizontalpagebreaks-member */
  get horizontalPageBreaks(): HostPageBreakCollection {
    this.breaksProxy ??= new HostPageBreakCollection(this.context, () => this.sheet());
    return this.breaksProxy;
  }

  get pageLayout(): HostPageLayout {
    this.layoutProxy ??= new HostPageLayout(this.context, () => this.sheet());
    return this.layoutProxy;
  }

  activate(): void {
    this.queueCall("activate", [], () => this.context.model.activate(this.sheet()));
  }

  delete(): void {
    this.queueCall("delete", [], () => this.context.model.deleteSheet(this.sheet()));
  }

  private range(
    method: string,
    args: unknown[],
    rect: (sheet: SheetState) => Rect | undefined,
    nullable = false,
  ): HostRange {
    return new HostRange(
      this.context,
      () => {
        const sheet = this.sheet();
        const found = rect(sheet);
        return found ? { sheetId: sheet.id, rect: found } : undefined;
      },
      nullable,
      { call: `Worksheet.${method}`, args },
    );
  }

  /** getRange() is the whole sheet; addresses may be "A1", "A1:C3", "A:C", "2:5" or "Sheet!A1". */
  getRange(address?: string): HostRange {
    return this.range("getRange", [address], (sheet) => {
      if (address === undefined || address === "")
        return { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 };
      const parsed = parseAddress(address);
      if (!parsed) {
        const name =
          this.context.model.findName(address, sheet.id) ?? this.context.model.findName(address, null);
        if (name?.ref && name.ref.sheetId === sheet.id) return name.ref.rect;
        throw hostError(HostErrorCodes.invalidArgument, `"${address}" is not a valid range address.`);
      }
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw hostError(HostErrorCodes.invalidArgument, `The address "${address}" is on another worksheet.`);
      }
      return parsed.rect;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): HostRange {
    return this.range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => {
      const valid = [startRow, startColumn, rowCount, columnCount].every((n) => Number.isInteger(n));
      if (
        !valid ||
        startRow < 0 ||
        startColumn < 0 ||
        rowCount < 1 ||
        columnCount < 1 ||
        startRow + rowCount > MAX_ROWS ||
        startColumn + columnCount > MAX_COLUMNS
      ) {
        throw hostError(
          HostErrorCodes.invalidArgument,
          `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is outside the sheet.`,
        );
      }
      return {
        r0: startRow,
        c0: startColumn,
        r1: startRow + rowCount - 1,
        c1: startColumn + columnCount - 1,
      };
    });
  }

  getCell(row: number, column: number): HostRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): HostRange {
    return this.range("getUsedRange", [valuesOnly], (sheet) => {
      return this.context.model.usedRect(sheet, valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): HostRange {
    return this.range(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (sheet) => this.context.model.usedRect(sheet, valuesOnly === true),
      true,
    );
  }

  /** Formulas recalculate automatically; kept for API compatibility. */
  calculate(_markAllDirty: boolean): void {
    this.queueCall("calculate", [], () => this.context.model.touch());
  }
}
