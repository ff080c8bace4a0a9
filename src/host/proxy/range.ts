/**
 * Excel.Range over the model: values, formulas, number formats, text, formats, validation, conditional
 * formats and actions. Its location and the ranges derived from it: range-navigation.ts.
 */
import type { Rect } from "../address";
import { isWholeColumns, isWholeRows, qualifiedAddress, rectColumns, rectRows } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import { cellKind, cellValue } from "../model/cell";
import type { Cell } from "../model/cell";
import { deleteCellsUp, insertCellsDown } from "../model/cell-shift";
import { clearRange, writeContent, writeNumberFormat } from "../model/range-ops";
import type { ClearApplyTo } from "../model/range-ops";
import { formatValue } from "../number-format";
import { HostConditionalFormatCollection } from "./conditional-format-collection";
import type { HostRequestContext } from "./context";
import { HostDataValidation } from "./data-validation";
import type { HostObject } from "./host-object";
import type { PropertyReaders } from "./host-object";
import { HostRangeFormat } from "./range-format";
import { RangeNavigation } from "./range-navigation";
import type { RangeLocation } from "./range-navigation";
import { HostWorksheet } from "./worksheet";

export class HostRange
  extends RangeNavigation<HostRange>
  implements
    Pick<
      Excel.Range,
      "address" | "addressLocal" | "rowIndex" | "columnIndex" | "rowCount" | "columnCount" | "cellCount"
    >
{
  protected readonly className = "Range";
  private formatProxy: HostRangeFormat | undefined;
  private validationProxy: HostDataValidation | undefined;
  private cfProxy: HostConditionalFormatCollection | undefined;

  /** locate runs at sync, in queue order; undefined means "null object" (only when nullable). */
  constructor(
    context: HostRequestContext,
    locate: () => RangeLocation | undefined,
    nullable = false,
    description: unknown = { range: true },
  ) {
    super(context, locate, nullable, description);
  }

  protected rangeAt(
    locate: () => RangeLocation | undefined,
    nullable: boolean,
    description: unknown,
  ): HostRange {
    return new HostRange(this.context, locate, nullable, description);
  }

  private grid<T>(read: (cell: Cell) => T): T[][] {
    const { sheet, rect } = this.location();
    return this.context.model.readGrid(sheet, rect, read);
  }

  protected readers(): PropertyReaders {
    const bounds = (): Rect => this.location().rect;
    const address = (): string => {
      const { sheet, rect } = this.location();
      return qualifiedAddress(sheet.name, rect);
    };
    // The host has one locale (en-US): the *Local properties read the same as the others.
    const formulas = (): unknown[][] => this.grid((cell) => cell.formula ?? cellValue(cell));
    const numberFormat = (): string[][] => this.grid((cell) => cell.numberFormat);
    return {
      address,
      addressLocal: address,
      rowIndex: () => bounds().r0,
      columnIndex: () => bounds().c0,
      rowCount: () => rectRows(bounds()),
      columnCount: () => rectColumns(bounds()),
      cellCount: () => rectRows(bounds()) * rectColumns(bounds()),
      isEntireColumn: () => isWholeColumns(bounds()),
      isEntireRow: () => isWholeRows(bounds()),
      values: () => this.grid((cell) => cellValue(cell)),
      formulas,
      formulasLocal: formulas,
      numberFormat,
      numberFormatLocal: numberFormat,
      text: () => this.grid((cell) => formatValue(cellValue(cell), cell.numberFormat)),
      valueTypes: () => this.grid((cell) => cellKind(cell)),
      hidden: () => false,
    };
  }

  get address(): string {
    return this.loaded("address");
  }
  get addressLocal(): string {
    return this.loaded("addressLocal");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get cellCount(): number {
    return this.loaded("cellCount");
  }
  get isEntireColumn(): boolean {
    return this.loaded("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.loaded("isEntireRow");
  }
  get text(): string[][] {
    return this.loaded("text");
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.loaded("valueTypes");
  }

  get values(): Excel.Range["values"] {
    return this.loaded("values");
  }
  set values(value: Excel.Range["values"]) {
    this.queueSet("values", value, () => {
      const { sheet, rect } = this.location();
      writeContent(this.context.model, sheet, rect, value, "values");
    });
  }

  get formulas(): Excel.Range["formulas"] {
    return this.loaded("formulas");
  }
  set formulas(value: Excel.Range["formulas"]) {
    this.queueSet("formulas", value, () => {
      const { sheet, rect } = this.location();
      writeContent(this.context.model, sheet, rect, value, "formulas");
    });
  }

  get formulasLocal(): Excel.Range["formulasLocal"] {
    return this.loaded("formulasLocal");
  }
  set formulasLocal(value: Excel.Range["formulasLocal"]) {
    this.formulas = value;
  }

  get numberFormat(): Excel.Range["numberFormat"] {
    return this.loaded("numberFormat");
  }
  set numberFormat(value: Excel.Range["numberFormat"]) {
    this.queueSet("numberFormat", value, () => {
      const { sheet, rect } = this.location();
      writeNumberFormat(this.context.model, sheet, rect, value);
    });
  }

  get numberFormatLocal(): Excel.Range["numberFormatLocal"] {
    return this.loaded("numberFormatLocal");
  }
  set numberFormatLocal(value: Excel.Range["numberFormatLocal"]) {
    this.numberFormat = value;
  }

  get format(): HostRangeFormat {
    this.formatProxy ??= new HostRangeFormat(this.context, this);
    return this.formatProxy;
  }

  get dataValidation(): HostDataValidation {
    this.validationProxy ??= new HostDataValidation(this.context, this);
    return this.validationProxy;
  }

  get conditionalFormats(): HostConditionalFormatCollection {
    this.cfProxy ??= new HostConditionalFormatCollection(this.context, this);
    return this.cfProxy;
  }

  get worksheet(): HostWorksheet {
    return HostWorksheet.locate(
      this.context,
      () => this.context.model.sheetById(this.locationKey().sheetId),
      false,
      {
        range: "worksheet",
      },
    );
  }

  protected override navigations(): Record<string, HostObject> {
    return {
      format: this.format,
      dataValidation: this.dataValidation,
      conditionalFormats: this.conditionalFormats,
    };
  }

  // ---------------------------------------------------------------- actions

  select(): void {
    this.queueCall("select", [], () => {
      const { sheet, rect } = this.location();
      this.context.model.select(sheet, rect);
    });
  }

  clear(
    applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks",
  ): void {
    this.queueCall("clear", [applyTo], () => {
      const { sheet, rect } = this.location();
      clearRange(this.context.model, sheet, rect, (applyTo ?? "All") as ClearApplyTo);
    });
  }

  /**
   * delete("Up"): whole data rows of one table shrink it; elsewhere the cells below move up in the
   * range's columns (InvalidOperation when that would move part of a table). "Left" is not supported.
   */
  delete(shift: Excel.DeleteShiftDirection | "Up" | "Left"): void {
    this.queueCall("delete", [shift], () => {
      const { sheet, rect } = this.location();
      if (shift !== "Up")
        throw hostError(HostErrorCodes.notImplemented, 'The host supports Range.delete("Up") only.');
      deleteCellsUp(this.context.model, sheet, rect);
    });
  }

  /** insert("Down"): cells of the range's columns move down; InvalidOperation when a table is in the way. */
  insert(shift: Excel.InsertShiftDirection | "Down" | "Right"): HostRange {
    this.queueCall("insert", [shift], () => {
      const { sheet, rect } = this.location();
      if (shift !== "Down")
        throw hostError(HostErrorCodes.notImplemented, 'The host supports Range.insert("Down") only.');
      insertCellsDown(this.context.model, sheet, rect);
    });
    return this.derive("insert", [], (r) => r);
  }

  /** Formulas recalculate automatically; kept for API compatibility. */
  calculate(): void {
    this.queueCall("calculate", [], () => this.context.model.touch());
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}
