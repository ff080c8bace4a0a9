/** Excel.Range over the model: values, formulas, number formats, text, formats, validation, CF. */
import type { Rect } from "../address";
import {
  boundingRect,
  intersectRects,
  isWholeColumns,
  isWholeRows,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAddress,
  qualifiedAddress,
  rectColumns,
  rectRows,
} from "../address";
import { HostErrorCodes, hostError } from "../errors";
import { cellKind, cellValue } from "../model/cell";
import type { Cell } from "../model/cell";
import { deleteCellsUp, insertCellsDown } from "../model/cell-shift";
import { clearRange, writeContent, writeNumberFormat } from "../model/range-ops";
import type { ClearApplyTo } from "../model/range-ops";
import type { SheetState } from "../model/state";
import { formatValue } from "../number-format";
import { BoundObject } from "./bound-object";
import { HostConditionalFormatCollection } from "./conditional-format-collection";
import type { HostRequestContext } from "./context";
import { HostDataValidation } from "./data-validation";
import { describeArg, HostObject } from "./host-object";
import type { PropertyReaders } from "./host-object";
import { HostRangeFormat } from "./range-format";
import type { RangeTarget } from "./range-target";
import { HostWorksheet } from "./worksheet";

export interface RangeLocation {
  readonly sheetId: string;
  readonly rect: Rect;
}

export class HostRange
  extends BoundObject<RangeLocation>
  implements
    RangeTarget,
    Pick<
      Excel.Range,
      "address" | "addressLocal" | "rowIndex" | "columnIndex" | "rowCount" | "columnCount" | "cellCount"
    >
{
  protected readonly className = "Range";
  protected readonly noun = "range";
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

  /** @internal the bound sheet and rectangle, at sync time. */
  location(): { sheet: SheetState; rect: Rect } {
    const { sheetId, rect } = this.requireKey();
    const sheet = this.context.model.sheetById(sheetId);
    if (!sheet) throw hostError(HostErrorCodes.itemNotFound, "The range's worksheet no longer exists.");
    return { sheet, rect };
  }

  /** @internal */
  locationKey(): RangeLocation {
    const { sheet, rect } = this.location();
    return { sheetId: sheet.id, rect };
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

  // ---------------------------------------------------------------- derived ranges

  private derive(
    method: string,
    args: unknown[],
    compute: (rect: Rect) => Rect | undefined,
    nullable = false,
  ): HostRange {
    return new HostRange(
      this.context,
      () => {
        const { sheet, rect } = this.location();
        const next = compute(rect);
        if (!next) return undefined;
        if (
          next.r0 < 0 ||
          next.c0 < 0 ||
          next.r1 >= MAX_ROWS ||
          next.c1 >= MAX_COLUMNS ||
          next.r1 < next.r0 ||
          next.c1 < next.c0
        ) {
          throw hostError(
            HostErrorCodes.invalidArgument,
            `Range.${method}: the resulting range is outside the sheet.`,
          );
        }
        return { sheetId: sheet.id, rect: next };
      },
      nullable,
      { call: `Range.${method}`, args },
    );
  }

  getCell(row: number, column: number): HostRange {
    return this.derive("getCell", [row, column], (r) => ({
      r0: r.r0 + row,
      c0: r.c0 + column,
      r1: r.r0 + row,
      c1: r.c0 + column,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): HostRange {
    return this.derive("getOffsetRange", [rowOffset, columnOffset], (r) => ({
      r0: r.r0 + rowOffset,
      c0: r.c0 + columnOffset,
      r1: r.r1 + rowOffset,
      c1: r.c1 + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): HostRange {
    return this.derive("getResizedRange", [deltaRows, deltaColumns], (r) => ({
      ...r,
      r1: r.r1 + deltaRows,
      c1: r.c1 + deltaColumns,
    }));
  }

  getRow(row: number): HostRange {
    return this.derive("getRow", [row], (r) => ({ ...r, r0: r.r0 + row, r1: r.r0 + row }));
  }

  getColumn(column: number): HostRange {
    return this.derive("getColumn", [column], (r) => ({ ...r, c0: r.c0 + column, c1: r.c0 + column }));
  }

  getRows(first: number, count: number): HostRange {
    return this.derive("getRows", [first, count], (r) => ({
      ...r,
      r0: r.r0 + first,
      r1: r.r0 + first + count - 1,
    }));
  }

  getEntireRow(): HostRange {
    return this.derive("getEntireRow", [], (r) => ({ r0: r.r0, r1: r.r1, c0: 0, c1: MAX_COLUMNS - 1 }));
  }

  getEntireColumn(): HostRange {
    return this.derive("getEntireColumn", [], (r) => ({ r0: 0, r1: MAX_ROWS - 1, c0: r.c0, c1: r.c1 }));
  }

  getLastRow(): HostRange {
    return this.derive("getLastRow", [], (r) => ({ ...r, r0: r.r1 }));
  }

  getLastColumn(): HostRange {
    return this.derive("getLastColumn", [], (r) => ({ ...r, c0: r.c1 }));
  }

  getLastCell(): HostRange {
    return this.derive("getLastCell", [], (r) => ({ r0: r.r1, c0: r.c1, r1: r.r1, c1: r.c1 }));
  }

  private otherRect(other: HostRange | string): Rect {
    if (typeof other !== "string") {
      const loc = other.location();
      if (loc.sheet.id !== this.location().sheet.id) {
        throw hostError(HostErrorCodes.invalidArgument, "The ranges are on different worksheets.");
      }
      return loc.rect;
    }
    const parsed = parseAddress(other);
    if (!parsed) throw hostError(HostErrorCodes.invalidArgument, `"${other}" is not a valid address.`);
    return parsed.rect;
  }

  getIntersectionOrNullObject(other: HostRange | string): HostRange {
    return this.derive(
      "getIntersectionOrNullObject",
      [describeArg(other)],
      (r) => intersectRects(r, this.otherRect(other)),
      true,
    );
  }

  getIntersection(other: HostRange | string): HostRange {
    return this.derive("getIntersection", [describeArg(other)], (r) => {
      const hit = intersectRects(r, this.otherRect(other));
      if (!hit) throw hostError(HostErrorCodes.itemNotFound, "The ranges do not intersect.");
      return hit;
    });
  }

  getBoundingRect(other: HostRange | string): HostRange {
    return this.derive("getBoundingRect", [describeArg(other)], (r) =>
      boundingRect(r, this.otherRect(other)),
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): HostRange {
    return this.derive(
      "getUsedRangeOrNullObject",
      [valuesOnly],
      (r) => {
        const used = this.context.model.usedRect(this.location().sheet, valuesOnly === true);
        return used ? intersectRects(used, r) : undefined;
      },
      true,
    );
  }

  getUsedRange(valuesOnly?: boolean): HostRange {
    return this.derive("getUsedRange", [valuesOnly], (r) => {
      const used = this.context.model.usedRect(this.location().sheet, valuesOnly === true);
      const hit = used ? intersectRects(used, r) : undefined;
      return hit ?? { r0: r.r0, c0: r.c0, r1: r.r0, c1: r.c0 };
    });
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
