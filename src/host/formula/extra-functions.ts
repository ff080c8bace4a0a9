/**
 * Functions fast-formula-parser lacks (or stubs) that the workbook's formulas use: MAX, MIN, COUNTA,
 * COUNTBLANK, the *IF / *IFS family with Excel's case-insensitive criteria, MATCH, MEDIAN, LARGE, SMALL.
 */
import { FormulaError } from "fast-formula-parser";
import type { FunctionArg } from "fast-formula-parser";
import { parseCriterion } from "./criteria";

type Grid = unknown[][];

function isError(value: unknown): value is FormulaError {
  return value instanceof FormulaError;
}

function grid(arg: FunctionArg | undefined): Grid {
  if (!arg) throw new FormulaError("#VALUE!");
  const value = arg.value;
  if (isError(value)) throw value;
  if (Array.isArray(value))
    return (value as unknown[]).map((row) => (Array.isArray(row) ? (row as unknown[]) : [row]));
  return [[value]];
}

/** Numbers among the arguments: references count numbers only; literal arguments may be numeric text. */
function numbers(args: FunctionArg[]): number[] {
  const out: number[] = [];
  for (const arg of args) {
    if (arg.omitted) continue;
    if (arg.isRangeRef || arg.isArray || arg.isCellRef) {
      for (const row of grid(arg)) {
        for (const v of row) {
          if (isError(v)) throw v;
          if (typeof v === "number") out.push(v);
        }
      }
    } else {
      const v = arg.value;
      if (isError(v)) throw v;
      if (typeof v === "number") out.push(v);
      else if (typeof v === "boolean") out.push(v ? 1 : 0);
      else if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) out.push(Number(v));
      else if (typeof v === "string") throw new FormulaError("#VALUE!");
    }
  }
  return out;
}

/** Rows of (criteria range, criterion) pairs matched cell by cell against a target shape. */
function matchingMask(pairs: FunctionArg[], rows: number, cols: number): boolean[][] {
  if (pairs.length === 0 || pairs.length % 2 !== 0) throw new FormulaError("#VALUE!");
  const mask = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(true));
  for (let i = 0; i < pairs.length; i += 2) {
    const range = grid(pairs[i]);
    const criterionArg = pairs[i + 1];
    const criterionValue = criterionArg?.isArray ? grid(criterionArg)[0]?.[0] : criterionArg?.value;
    if (isError(criterionValue)) throw criterionValue;
    const test = parseCriterion(criterionValue);
    if (range.length !== rows || (range[0]?.length ?? 0) !== cols) throw new FormulaError("#VALUE!");
    for (let r = 0; r < rows; r++) {
      const maskRow = mask[r] ?? [];
      for (let c = 0; c < cols; c++) {
        if (maskRow[c] && !test(range[r]?.[c] ?? null)) maskRow[c] = false;
      }
    }
  }
  return mask;
}

function selectedNumbers(target: Grid, mask: boolean[][]): number[] {
  const out: number[] = [];
  target.forEach((row, r) =>
    row.forEach((v, c) => {
      if (mask[r]?.[c] && typeof v === "number") out.push(v);
    }),
  );
  return out;
}

function ifFamily(
  targetArg: FunctionArg | undefined,
  pairs: FunctionArg[],
  reduce: (values: number[]) => number,
): number {
  const target = grid(targetArg);
  const mask = matchingMask(pairs, target.length, target[0]?.length ?? 0);
  return reduce(selectedNumbers(target, mask));
}

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
const average = (values: number[]): number => {
  if (values.length === 0) throw new FormulaError("#DIV/0!");
  return sum(values) / values.length;
};
const max = (values: number[]): number => (values.length === 0 ? 0 : Math.max(...values));
const min = (values: number[]): number => (values.length === 0 ? 0 : Math.min(...values));

function countCells(args: FunctionArg[], counts: (v: unknown) => boolean): number {
  let count = 0;
  for (const arg of args) {
    if (arg.omitted) continue;
    if (arg.isRangeRef || arg.isArray || arg.isCellRef) {
      for (const row of grid(arg)) for (const v of row) if (counts(v)) count++;
    } else if (counts(arg.value)) count++;
  }
  return count;
}

function sortedNumbers(arg: FunctionArg | undefined): number[] {
  return numbers(arg ? [arg] : []).sort((a, b) => a - b);
}

function kth(arg: FunctionArg | undefined, kArg: FunctionArg | undefined, fromTop: boolean): number {
  const values = sortedNumbers(arg);
  const k = Number(kArg?.value);
  if (!Number.isInteger(k) || k < 1 || k > values.length) throw new FormulaError("#NUM!");
  const value = fromTop ? values[values.length - k] : values[k - 1];
  if (value === undefined) throw new FormulaError("#NUM!");
  return value;
}

function lookupKey(value: unknown): unknown {
  return typeof value === "string" ? value.toLowerCase() : value;
}

export const EXTRA_FUNCTIONS: Record<string, (...args: FunctionArg[]) => unknown> = {
  MAX: (...args) => max(numbers(args)),
  MIN: (...args) => min(numbers(args)),
  COUNTA: (...args) => countCells(args, (v) => v !== null && v !== undefined && v !== ""),
  COUNTBLANK: (...args) => countCells(args, (v) => v === null || v === undefined || v === ""),
  MEDIAN: (...args) => {
    const values = numbers(args).sort((a, b) => a - b);
    if (values.length === 0) throw new FormulaError("#NUM!");
    const mid = Math.floor(values.length / 2);
    return values.length % 2 === 1 ? (values[mid] ?? 0) : ((values[mid - 1] ?? 0) + (values[mid] ?? 0)) / 2;
  },
  LARGE: (range, k) => kth(range, k, true),
  SMALL: (range, k) => kth(range, k, false),
  COUNTIF: (range, criteria) => {
    const g = grid(range);
    return sum(
      matchingMask([range, criteria], g.length, g[0]?.length ?? 0).map((row) => row.filter(Boolean).length),
    );
  },
  COUNTIFS: (...pairs) => {
    const g = grid(pairs[0]);
    return sum(matchingMask(pairs, g.length, g[0]?.length ?? 0).map((row) => row.filter(Boolean).length));
  },
  SUMIF: (range, criteria, sumRange) =>
    ifFamily(sumRange && !sumRange.omitted ? sumRange : range, [range, criteria], sum),
  SUMIFS: (target, ...pairs) => ifFamily(target, pairs, sum),
  AVERAGEIF: (range, criteria, avgRange) =>
    ifFamily(avgRange && !avgRange.omitted ? avgRange : range, [range, criteria], average),
  AVERAGEIFS: (target, ...pairs) => ifFamily(target, pairs, average),
  MAXIFS: (target, ...pairs) => ifFamily(target, pairs, max),
  MINIFS: (target, ...pairs) => ifFamily(target, pairs, min),
  MATCH: (lookup, range, matchTypeArg) => {
    const flat = grid(range).flat();
    const matchType = matchTypeArg && !matchTypeArg.omitted ? Number(matchTypeArg.value) : 1;
    const needle = lookup?.isArray ? grid(lookup)[0]?.[0] : lookup?.value;
    if (matchType === 0) {
      if (typeof needle === "string" && /[*?~]/.test(needle)) {
        const test = parseCriterion(needle);
        const index = flat.findIndex((v) => test(v));
        if (index >= 0) return index + 1;
        throw new FormulaError("#N/A");
      }
      const index = flat.findIndex((v) => lookupKey(v) === lookupKey(needle));
      if (index >= 0) return index + 1;
      throw new FormulaError("#N/A");
    }
    let found = -1;
    for (let i = 0; i < flat.length; i++) {
      const v = flat[i];
      if (typeof v !== typeof needle) continue;
      const key = lookupKey(v) as number | string;
      const target = lookupKey(needle) as number | string;
      if (matchType > 0 ? key <= target : key >= target) found = i;
      else break;
    }
    if (found < 0) throw new FormulaError("#N/A");
    return found + 1;
  },
};

/** Names whose default fast-formula-parser wiring passes raw references; ours take values. */
export const EXTRA_FUNCTIONS_TAKING_VALUES = ["SUMIF", "AVERAGEIF", "COUNTIF"];
