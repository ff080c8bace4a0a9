/** The formula engine boundary: the host evaluates formulas through this, so the engine can be swapped. */
import type { Rect } from "../address";
import type { StoredValue, ValueKind } from "../model/cell";

/** A value as the engine sees a cell: null for empty, { error } for Excel errors. */
export type EngineScalar = number | string | boolean | null | { readonly error: string };

export interface FormulaSource {
  /** Zero-based row / column. */
  cell(sheet: string, row: number, col: number): EngineScalar;
  range(sheet: string, rect: Rect): EngineScalar[][];
  /** A defined name or table name as a reference, undefined when unknown. */
  name(name: string, sheet: string): { sheet: string; rect: Rect } | undefined;
}

export interface FormulaPosition {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export interface FormulaResult {
  readonly value: StoredValue;
  readonly kind: ValueKind;
  /** Set when the engine could not compute the formula at all (unknown function, syntax). */
  readonly problem: string | null;
}

export interface FormulaEngine {
  /** formula: A1 references only (structured references already rewritten), with or without "=". */
  evaluate(formula: string, at: FormulaPosition, source: FormulaSource): FormulaResult;
}
