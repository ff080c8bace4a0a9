/**
 * Where fast-formula-parser differs from Excel, brought in line:
 * - operators work element by element on arrays and ranges ((A1:A4>3)*A1:A4 is an array of four
 *   numbers, as SUMPRODUCT expects), where the parser used the first element only;
 * - a number written 3E7 (exponent without a sign) parses, where the parser's lexer wants 3E+7;
 * - text is at most 32,767 characters: longer results are #VALUE!, and REPT / SUBSTITUTE refuse before
 *   building them (REPT("x",1E9) would otherwise take gigabytes).
 */
import FormulaParser, { FormulaError } from "fast-formula-parser";
import type { FunctionArg } from "fast-formula-parser";

/** Excel's limit on the length of a cell's text (and of any text a formula returns). */
export const MAX_TEXT_LENGTH = 32_767;

/** The parser's operator hooks (grammar/utils.js), patched per parser instance. */
interface OperandResult {
  val: unknown;
  isArray: boolean;
}
interface ParserUtils {
  _applyInfix(res1: OperandResult, infix: string, res2: OperandResult): unknown;
  _applyPrefix(prefixes: string[], val: unknown, isArray: boolean): unknown;
  _applyPostfix(val: unknown, isArray: boolean, postfix: string): unknown;
}

type Grid = unknown[][];

function tooLong(value: unknown): unknown {
  return typeof value === "string" && value.length > MAX_TEXT_LENGTH ? new FormulaError("#VALUE!") : value;
}

/**
 * Applies `op` element by element. As in Excel, a single row or column (or a scalar) is repeated to the
 * other operand's size; positions one operand does not have give #N/A.
 */
function broadcast(a: unknown, b: unknown, op: (x: unknown, y: unknown) => unknown): Grid {
  const ga = Array.isArray(a) ? (a as Grid) : [[a]];
  const gb = Array.isArray(b) ? (b as Grid) : [[b]];
  const rows = Math.max(ga.length, gb.length);
  const cols = Math.max(ga[0]?.length ?? 0, gb[0]?.length ?? 0);
  const at = (g: Grid, r: number, c: number): unknown => {
    const row = g.length === 1 ? g[0] : g[r];
    if (!row) return new FormulaError("#N/A");
    const width = row.length;
    if (width === 1) return row[0];
    return c < width ? row[c] : new FormulaError("#N/A");
  };
  const out: Grid = [];
  for (let r = 0; r < rows; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < cols; c++) row.push(op(at(ga, r, c), at(gb, r, c)));
    out.push(row);
  }
  return out;
}

function mapGrid(value: Grid, op: (x: unknown) => unknown): Grid {
  return value.map((row) => row.map(op));
}

/** Makes the parser's operators work on arrays element by element and keep text within Excel's limit. */
export function installExcelOperators(parser: FormulaParser): void {
  // The hooks are not part of the parser's typed surface: reached through its `utils` object.
  const utils = (parser as unknown as { utils: ParserUtils }).utils;
  const infix = utils._applyInfix.bind(utils);
  const prefix = utils._applyPrefix.bind(utils);
  const postfix = utils._applyPostfix.bind(utils);
  const scalar = (val: unknown): OperandResult => ({ val, isArray: false });
  utils._applyInfix = (res1, op, res2) => {
    if (!Array.isArray(res1.val) && !Array.isArray(res2.val)) return tooLong(infix(res1, op, res2));
    return broadcast(res1.val, res2.val, (x, y) => tooLong(infix(scalar(x), op, scalar(y))));
  };
  // The parser drops an even number of minus signs; Excel converts to a number (--TRUE is 1).
  const negate = (prefixes: string[], x: unknown, isArray: boolean): unknown => {
    const minus = prefixes.filter((p) => p === "-").length;
    if (minus === 0) return prefix(prefixes, x, isArray);
    const once = prefix(["-"], x, isArray);
    return minus % 2 === 1 ? once : prefix(["-"], once, false);
  };
  utils._applyPrefix = (prefixes, val, isArray) =>
    Array.isArray(val)
      ? mapGrid(val as Grid, (x) => negate(prefixes, x, false))
      : negate(prefixes, val, isArray);
  utils._applyPostfix = (val, isArray, op) =>
    Array.isArray(val) ? mapGrid(val as Grid, (x) => postfix(x, false, op)) : postfix(val, isArray, op);
}

/** The formula text with numbers like 3E7 written 3E+7, which the parser's lexer requires. */
export function normalizeNumberLiterals(formula: string): string {
  if (!/\d[eE]\d/.test(formula)) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] ?? "";
    if (ch === '"' || ch === "'") {
      // A string, or a quoted sheet name: copied as is (a doubled quote stays inside).
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch))
        j += formula[j] === ch ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const previous = out[out.length - 1] ?? "";
    const number = /^(\d+(?:\.\d*)?|\.\d+)([eE])(\d)/.exec(formula.slice(i, i + 400));
    if (number && !/[A-Za-z0-9_.$\]]/.test(previous)) {
      out += `${number[1]}${number[2]}+${number[3]}`;
      i += number[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function textArg(arg: FunctionArg | undefined): string {
  let value = arg?.value;
  while (Array.isArray(value)) value = (value as unknown[])[0];
  if (value instanceof FormulaError) throw value;
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return typeof value === "number" ? String(value) : typeof value === "string" ? value : "";
}

function numberArg(arg: FunctionArg | undefined): number {
  let value = arg?.value;
  while (Array.isArray(value)) value = (value as unknown[])[0];
  if (value instanceof FormulaError) throw value;
  if (value === null || value === undefined) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  const n = typeof value === "number" ? value : typeof value === "string" ? Number(value.trim()) : NaN;
  if (!Number.isFinite(n) || (typeof value === "string" && value.trim() === ""))
    throw new FormulaError("#VALUE!");
  return n;
}

/** Text functions that could build text past Excel's limit, checked before the text is built. */
export const TEXT_LIMIT_FUNCTIONS: Record<string, (...args: FunctionArg[]) => unknown> = {
  REPT: (textArgument, timesArgument) => {
    const text = textArg(textArgument);
    const times = Math.trunc(numberArg(timesArgument));
    if (times < 0 || text.length * times > MAX_TEXT_LENGTH) throw new FormulaError("#VALUE!");
    return text.repeat(times);
  },
  SUBSTITUTE: (textArgument, oldArgument, newArgument, instanceArgument) => {
    const text = textArg(textArgument);
    const oldText = textArg(oldArgument);
    const newText = textArg(newArgument);
    if (oldText === "") return text;
    const parts = text.split(oldText);
    if (instanceArgument && !instanceArgument.omitted) {
      const instance = Math.trunc(numberArg(instanceArgument));
      if (instance < 1) throw new FormulaError("#VALUE!");
      if (instance >= parts.length) return text;
      const before = parts.slice(0, instance).join(oldText);
      return tooLong(`${before}${newText}${parts.slice(instance).join(oldText)}`);
    }
    const length = text.length + (parts.length - 1) * (newText.length - oldText.length);
    if (length > MAX_TEXT_LENGTH) throw new FormulaError("#VALUE!");
    return parts.join(newText);
  },
};
