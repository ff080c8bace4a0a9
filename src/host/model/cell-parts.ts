/**
 * The parts a cell shares or keeps aside, so each of the workbook's millions of cells is a small object
 * (V8's major GC marks every live object: on the Large sample, bytes per cell are page stalls, issue 12):
 * its formatting (number format, style, validation) interned as one object, and the calculation state
 * that only formula cells have.
 */
import type { Cell, StoredValue, ValueKind } from "./cell";
import type { CellStyle } from "./style";
import { DEFAULT_STYLE } from "./style";
import type { ValidationRuleState } from "./validation";

/** Number format, style and validation of a cell: one frozen object per distinct combination. */
export class CellFormatting {
  /** The one empty cell with this formatting (cell.ts): empty cells are immutable and shared. */
  blank: Cell | undefined = undefined;

  constructor(
    readonly numberFormat: string,
    /** Interned (style.ts): compared with ===. */
    readonly style: CellStyle,
    /** Interned (validation.ts): compared with ===. */
    readonly validation: ValidationRuleState | null,
  ) {}
}

const formattings = new Map<string, Map<CellStyle, Map<ValidationRuleState | null, CellFormatting>>>();
let lastFormatting: CellFormatting | undefined;

/** The interned formatting of these parts (style and validation must be interned ones). */
export function formattingOf(
  numberFormat: string,
  style: CellStyle,
  validation: ValidationRuleState | null,
): CellFormatting {
  // Cells are mostly made in runs with one formatting (a column written): skip the lookups then.
  const last = lastFormatting;
  if (
    last !== undefined &&
    last.numberFormat === numberFormat &&
    last.style === style &&
    last.validation === validation
  ) {
    return last;
  }
  let byStyle = formattings.get(numberFormat);
  if (!byStyle) {
    byStyle = new Map<CellStyle, Map<ValidationRuleState | null, CellFormatting>>();
    formattings.set(numberFormat, byStyle);
  }
  let byValidation = byStyle.get(style);
  if (!byValidation) {
    byValidation = new Map<ValidationRuleState | null, CellFormatting>();
    byStyle.set(style, byValidation);
  }
  let formatting = byValidation.get(validation);
  if (!formatting) {
    formatting = new CellFormatting(numberFormat, style, validation);
    byValidation.set(validation, formatting);
  }
  lastFormatting = formatting;
  return formatting;
}

export const DEFAULT_FORMATTING: CellFormatting = formattingOf("General", DEFAULT_STYLE, null);

/** A formula cell's text and the result recalc.ts last computed for it (mutated by recalc only). */
export class FormulaState {
  /** Generation of the last recalc that computed this formula cell (-1: never). */
  calcGeneration = -1;
  calcValue: StoredValue = "";
  calcKind: ValueKind = "Empty";
  /** Why the engine could not compute this formula (shown marked in the grid); null when fine. */
  formulaError: string | null = null;

  constructor(
    readonly formula: string,
    /** The cell's kind and quote prefix (cell.ts), kept here so the cell needs no field of its own. */
    readonly bits: number,
  ) {}

  /** The same result for the same formula (a format change does not make it compute again). */
  copyResultFrom(other: FormulaState): void {
    this.calcGeneration = other.calcGeneration;
    this.calcValue = other.calcValue;
    this.calcKind = other.calcKind;
    this.formulaError = other.formulaError;
  }
}
