/**
 * One cell of the in-memory workbook. Cells are immutable (a write replaces the object) so a sync can be
 * rolled back by restoring row arrays; only the derived formula result (calc*) is mutated, by recalc.
 */
import { EXCEL_ERRORS } from "../../domain/catalog/cells";
import type { CellStyle } from "./style";
import { DEFAULT_STYLE } from "./style";
import type { ValidationRuleState } from "./validation";

export type StoredValue = string | number | boolean;
export type ValueKind = "Empty" | "String" | "Double" | "Boolean" | "Error";

/** The error values Excel shows in cells (one list, shared with the catalog's cell reading). */
export const EXCEL_ERROR_VALUES: readonly string[] = EXCEL_ERRORS;

export class Cell {
  /** Generation of the last recalc that computed this formula cell (-1: never). */
  calcGeneration = -1;
  calcValue: StoredValue = "";
  calcKind: ValueKind = "Empty";
  /** Why the engine could not compute this formula (shown marked in the grid); null when fine. */
  formulaError: string | null = null;

  constructor(
    /** The literal value; "" for empty and for formula cells (their value is calcValue). */
    readonly value: StoredValue,
    readonly kind: ValueKind,
    /** Formula text starting with "=", or null. */
    readonly formula: string | null,
    /** Excel's quote prefix: the text was entered with a leading apostrophe. */
    readonly quotePrefix: boolean,
    readonly numberFormat: string,
    readonly style: CellStyle,
    readonly validation: ValidationRuleState | null,
  ) {}

  get isEmpty(): boolean {
    return this.formula === null && this.kind === "Empty";
  }

  /** True when the cell carries nothing but defaults (can be dropped from storage). */
  get isBlankDefault(): boolean {
    return (
      this.isEmpty &&
      this.numberFormat === "General" &&
      this.style === DEFAULT_STYLE &&
      this.validation === null &&
      !this.quotePrefix
    );
  }

  withContent(value: StoredValue, kind: ValueKind, formula: string | null, quotePrefix: boolean): Cell {
    return new Cell(value, kind, formula, quotePrefix, this.numberFormat, this.style, this.validation);
  }

  withNumberFormat(numberFormat: string): Cell {
    return this.withFormats(numberFormat, this.style, this.validation);
  }

  withStyle(style: CellStyle): Cell {
    return this.withFormats(this.numberFormat, style, this.validation);
  }

  withValidation(validation: ValidationRuleState | null): Cell {
    return this.withFormats(this.numberFormat, this.style, validation);
  }

  /** Same formats, no content. */
  cleared(): Cell {
    return this.withContent("", "Empty", null, false);
  }

  /** The same content with these formats; this cell itself when they are the ones it has. */
  private withFormats(numberFormat: string, style: CellStyle, validation: ValidationRuleState | null): Cell {
    if (numberFormat === this.numberFormat && style === this.style && validation === this.validation) {
      return this;
    }
    const next = new Cell(
      this.value,
      this.kind,
      this.formula,
      this.quotePrefix,
      numberFormat,
      style,
      validation,
    );
    // Same content, same result: a format change does not make the formula compute again.
    next.calcGeneration = this.calcGeneration;
    next.calcValue = this.calcValue;
    next.calcKind = this.calcKind;
    next.formulaError = this.formulaError;
    return next;
  }
}

export const EMPTY_CELL = new Cell("", "Empty", null, false, "General", DEFAULT_STYLE, null);

/** The value a reader sees: the computed result for formulas. */
export function cellValue(cell: Cell): StoredValue {
  return cell.formula === null ? cell.value : cell.calcValue;
}

export function cellKind(cell: Cell): ValueKind {
  return cell.formula === null ? cell.kind : cell.calcKind;
}

export function kindOf(value: StoredValue, isError = false): ValueKind {
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  if (value === "") return "Empty";
  return isError ? "Error" : "String";
}
