/** FormulaEngine on fast-formula-parser (MIT), plus the functions it lacks (extra-functions.ts). */
import FormulaParser, { FormulaError } from "fast-formula-parser";
import type { CellRef, RangeRef } from "fast-formula-parser";
import { MAX_COLUMNS, MAX_ROWS } from "../address";
import type { EngineScalar, FormulaEngine, FormulaPosition, FormulaResult, FormulaSource } from "./engine";
import {
  installExcelOperators,
  MAX_TEXT_LENGTH,
  normalizeNumberLiterals,
  TEXT_LIMIT_FUNCTIONS,
} from "./excel-semantics";
import { EXTRA_FUNCTIONS, EXTRA_FUNCTIONS_TAKING_VALUES } from "./extra-functions";
import { evaluateSimpleArithmetic } from "./simple-arithmetic";

function toEngine(value: EngineScalar): unknown {
  if (value !== null && typeof value === "object") return new FormulaError(value.error);
  return value;
}

function fromEngine(result: unknown): FormulaResult {
  let value = result;
  while (Array.isArray(value)) value = value[0];
  if (value instanceof FormulaError) return { value: value.error, kind: "Error", problem: null };
  if (value === null || value === undefined) return { value: 0, kind: "Double", problem: null };
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { value, kind: "Double", problem: null }
      : { value: "#NUM!", kind: "Error", problem: null };
  }
  if (typeof value === "boolean") return { value, kind: "Boolean", problem: null };
  if (typeof value === "string") {
    return value.length > MAX_TEXT_LENGTH
      ? { value: "#VALUE!", kind: "Error", problem: null }
      : { value, kind: "String", problem: null };
  }
  return { value: "#VALUE!", kind: "Error", problem: "The formula returned a value Excel cannot hold." };
}

/** A guard only: the recalculator computes inputs first (recalc.ts), so evaluations do not nest. */
const MAX_DEPTH = 400;

/**
 * A parser instance is not reentrant, and computing a formula may need another formula's value first,
 * so there is one parser per nesting depth.
 */
export class FastFormulaEngine implements FormulaEngine {
  private sources: FormulaSource[] = [];
  private readonly parsers: FormulaParser[] = [];

  evaluate(formula: string, at: FormulaPosition, source: FormulaSource): FormulaResult {
    const text = formula.startsWith("=") ? formula.slice(1) : formula;
    const depth = this.sources.length;
    if (depth >= MAX_DEPTH) {
      return {
        value: "#NAME?",
        kind: "Error",
        problem: "The chain of formulas referring to formulas is too deep.",
      };
    }
    const simple = evaluateSimpleArithmetic(text, at, source);
    if (simple) return simple;
    const parser = this.parsers[depth] ?? this.createParser(depth);
    this.sources.push(source);
    try {
      return fromEngine(
        parser.parse(normalizeNumberLiterals(text), { sheet: at.sheet, row: at.row + 1, col: at.col + 1 }),
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { value: "#NAME?", kind: "Error", problem: message || "The formula cannot be computed." };
    } finally {
      this.sources.pop();
    }
  }

  private createParser(depth: number): FormulaParser {
    const source = (): FormulaSource => {
      const current = this.sources[depth];
      if (!current) throw new Error("FastFormulaEngine used outside evaluate()");
      return current;
    };
    const parser = new FormulaParser({
      functions: { ...EXTRA_FUNCTIONS, ...TEXT_LIMIT_FUNCTIONS },
      onCell: (ref: CellRef) => toEngine(source().cell(ref.sheet ?? "", ref.row - 1, ref.col - 1)),
      onRange: (ref: RangeRef) =>
        source()
          .range(ref.sheet ?? "", {
            r0: ref.from.row - 1,
            c0: ref.from.col - 1,
            r1: Math.min(ref.to.row, MAX_ROWS) - 1,
            c1: Math.min(ref.to.col, MAX_COLUMNS) - 1,
          })
          .map((row) => row.map(toEngine)),
      onVariable: (name: string, sheet: string) => {
        const found = source().name(name, sheet);
        if (!found) return null;
        const { rect } = found;
        if (rect.r0 === rect.r1 && rect.c0 === rect.c1) {
          return { sheet: found.sheet, row: rect.r0 + 1, col: rect.c0 + 1 };
        }
        return {
          sheet: found.sheet,
          from: { row: rect.r0 + 1, col: rect.c0 + 1 },
          to: { row: rect.r1 + 1, col: rect.c1 + 1 },
        };
      },
    });
    // Our SUMIF / AVERAGEIF / COUNTIF take retrieved values like the other functions.
    const takesValues = (name: string): boolean => !EXTRA_FUNCTIONS_TAKING_VALUES.includes(name);
    parser.funsNeedContextAndNoDataRetrieve = parser.funsNeedContextAndNoDataRetrieve.filter(takesValues);
    parser.funsNeedContext = parser.funsNeedContext.filter(takesValues);
    installExcelOperators(parser);
    this.parsers[depth] = parser;
    return parser;
  }
}
