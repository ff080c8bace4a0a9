/**
 * One cell of the in-memory workbook. Cells are immutable (a write replaces the object) so a sync can be
 * rolled back by restoring row arrays; only the derived formula result (calc*) is mutated, by recalc, and
 * only formula cells have one. Cells without formula are shared (empty ones, one per formatting; equal
 * ones in a column, cell-store.ts), so nothing may key on them or tell positions apart by identity.
 */
import { EXCEL_ERRORS } from "../../domain/catalog/cells";
import type { CellFormatting } from "./cell-parts";
import { DEFAULT_FORMATTING, FormulaState, formattingOf } from "./cell-parts";
import type { CellStyle } from "./style";
import type { ValidationRuleState } from "./validation";

export type StoredValue = string | number | boolean;
export type ValueKind = "Empty" | "String" | "Double" | "Boolean" | "Error";

/** The error values Excel shows in cells (one list, shared with the catalog's cell reading). */
export const EXCEL_ERROR_VALUES: readonly string[] = EXCEL_ERRORS;

/** Kinds by their number in a cell's bits (the low 3 bits; bit 3 is the quote prefix). */
const KINDS: readonly ValueKind[] = ["Empty", "String", "Double", "Boolean", "Error"];
const QUOTE_PREFIX = 8;

function bitsOf(kind: ValueKind, quotePrefix: boolean): number {
  return KINDS.indexOf(kind) | (quotePrefix ? QUOTE_PREFIX : 0);
}

/**
 * A cell holds three fields (it held eleven): its value, its interned formatting, and either its kind
 * and quote prefix as one small integer or, for a formula cell, an object with those, the formula and
 * its calculation state. Empty cells are shared, one per formatting (blankWith).
 */
export class Cell {
  /** The literal value; "" for empty and for formula cells (their value is calcValue). */
  readonly value: StoredValue;
  /**
   * Kind and quote prefix (bits) of a cell without formula; a formula cell's formula, result and bits.
   * One field for both: a small integer is stored in the field itself, no object.
   */
  private readonly extra: FormulaState | number;
  /** Number format, style and validation, interned (cell-parts.ts). */
  readonly formatting: CellFormatting;

  constructor(
    value: StoredValue,
    kind: ValueKind,
    /** Formula text starting with "=", or null. */
    formula: string | null,
    /** Excel's quote prefix: the text was entered with a leading apostrophe. */
    quotePrefix: boolean,
    numberFormat: string,
    style: CellStyle,
    validation: ValidationRuleState | null,
  ) {
    this.value = value;
    const bits = bitsOf(kind, quotePrefix);
    this.extra = formula === null ? bits : new FormulaState(formula, bits);
    this.formatting = formattingOf(numberFormat, style, validation);
  }

  private get bits(): number {
    const extra = this.extra;
    return typeof extra === "number" ? extra : extra.bits;
  }

  /** The formula and its computed result; null when the cell holds no formula. */
  private get formulaState(): FormulaState | null {
    const extra = this.extra;
    return typeof extra === "number" ? null : extra;
  }

  get kind(): ValueKind {
    return KINDS[this.bits & 7] ?? "Empty";
  }

  /** Formula text starting with "=", or null. */
  get formula(): string | null {
    const extra = this.extra;
    return typeof extra === "number" ? null : extra.formula;
  }

  /** Excel's quote prefix: the text was entered with a leading apostrophe. */
  get quotePrefix(): boolean {
    return (this.bits & QUOTE_PREFIX) !== 0;
  }

  get numberFormat(): string {
    return this.formatting.numberFormat;
  }

  get style(): CellStyle {
    return this.formatting.style;
  }

  get validation(): ValidationRuleState | null {
    return this.formatting.validation;
  }

  /** Generation of the last recalc that computed this formula cell (-1: never, and for non-formulas). */
  get calcGeneration(): number {
    return this.formulaState === null ? -1 : this.formulaState.calcGeneration;
  }

  set calcGeneration(generation: number) {
    this.requireFormula().calcGeneration = generation;
  }

  get calcValue(): StoredValue {
    return this.formulaState === null ? "" : this.formulaState.calcValue;
  }

  set calcValue(value: StoredValue) {
    this.requireFormula().calcValue = value;
  }

  get calcKind(): ValueKind {
    return this.formulaState === null ? "Empty" : this.formulaState.calcKind;
  }

  set calcKind(kind: ValueKind) {
    this.requireFormula().calcKind = kind;
  }

  /** Why the engine could not compute this formula (shown marked in the grid); null when fine. */
  get formulaError(): string | null {
    return this.formulaState === null ? null : this.formulaState.formulaError;
  }

  set formulaError(problem: string | null) {
    this.requireFormula().formulaError = problem;
  }

  get isEmpty(): boolean {
    const extra = this.extra;
    return typeof extra === "number" && (extra & 7) === 0;
  }

  /** True when the cell carries nothing but defaults (can be dropped from storage). */
  get isBlankDefault(): boolean {
    return this.isEmpty && this.formatting === DEFAULT_FORMATTING && !this.quotePrefix;
  }

  /** Empty, no quote prefix: the shared cell of its formatting (never mutated, never computed). */
  get isBlank(): boolean {
    return this.extra === 0;
  }

  /**
   * May be stored as one object with equal cells (cell-store.ts): no formula (formula cells hold their
   * own computed result), and no long text (a store keeps a few cells to share).
   */
  get shareable(): boolean {
    const value = this.value;
    return typeof this.extra === "number" && (typeof value !== "string" || value.length <= 64);
  }

  /** Same content and formatting, for cells without formula (-0 is not 0: a stored value never changes). */
  sameAs(other: Cell): boolean {
    return (
      this.extra === other.extra && this.formatting === other.formatting && Object.is(this.value, other.value)
    );
  }

  withContent(value: StoredValue, kind: ValueKind, formula: string | null, quotePrefix: boolean): Cell {
    if (formula === null && kind === "Empty" && !quotePrefix) return blankWith(this.formatting);
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
    return blankWith(this.formatting);
  }

  /** The same content with these formats; this cell itself when they are the ones it has. */
  private withFormats(numberFormat: string, style: CellStyle, validation: ValidationRuleState | null): Cell {
    const formatting = this.formatting;
    if (
      numberFormat === formatting.numberFormat &&
      style === formatting.style &&
      validation === formatting.validation
    ) {
      return this;
    }
    if (this.isBlank) return blankWith(formattingOf(numberFormat, style, validation));
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
    if (this.formulaState !== null) next.formulaState?.copyResultFrom(this.formulaState);
    return next;
  }

  private requireFormula(): FormulaState {
    if (this.formulaState === null) throw new Error("Only formula cells hold a computed result.");
    return this.formulaState;
  }
}

/** The shared empty cell with this formatting. */
export function blankWith(formatting: CellFormatting): Cell {
  formatting.blank ??= new Cell(
    "",
    "Empty",
    null,
    false,
    formatting.numberFormat,
    formatting.style,
    formatting.validation,
  );
  return formatting.blank;
}

export const EMPTY_CELL: Cell = blankWith(DEFAULT_FORMATTING);

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
