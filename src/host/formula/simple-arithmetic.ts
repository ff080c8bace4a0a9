/**
 * A fast path for the most common formulas (calculated columns like =E2-F2-G2): references to cells of
 * the formula's own sheet, numbers, + - * / ^, parentheses. Anything else returns undefined and goes to
 * the full engine. Follows Excel: empty cells are 0, numeric text converts, other text is #VALUE!.
 */
import { columnIndex } from "../address";
import type { EngineScalar, FormulaPosition, FormulaResult, FormulaSource } from "./engine";

type Token =
  { kind: "num"; value: number } | { kind: "ref"; row: number; col: number } | { kind: "op"; op: string };

const TOKEN = /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)|\$?([A-Za-z]{1,3})\$?(\d{1,7})|([-+*/^()]))/y;

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let index = 0;
  while (index < text.length) {
    if (/^\s*$/.test(text.slice(index))) break;
    TOKEN.lastIndex = index;
    const m = TOKEN.exec(text);
    if (!m) return undefined;
    index = TOKEN.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: "num", value: Number(m[1]) });
    else if (m[2] !== undefined) {
      if (/^[A-Za-z(]/.test(text.slice(index, index + 1))) return undefined; // a function or name
      tokens.push({ kind: "ref", row: Number(m[3]) - 1, col: columnIndex(m[2]) });
    } else tokens.push({ kind: "op", op: m[4] ?? "" });
  }
  return tokens;
}

class Failure extends Error {
  constructor(readonly error: string) {
    super(error);
  }
}

function toNumber(value: EngineScalar): number {
  if (value === null || value === "") return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "object") throw new Failure(value.error);
  const trimmed = value.trim();
  if (trimmed !== "" && Number.isFinite(Number(trimmed))) return Number(trimmed);
  throw new Failure("#VALUE!");
}

/** Recursive descent over + - (lowest), * /, ^, unary, primary. */
class Evaluator {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly read: (row: number, col: number) => EngineScalar,
  ) {}

  run(): number | undefined {
    const value = this.sum();
    return this.i === this.tokens.length ? value : undefined;
  }

  private peekOp(): string | undefined {
    const t = this.tokens[this.i];
    return t?.kind === "op" ? t.op : undefined;
  }

  private sum(): number {
    let value = this.product();
    for (let op = this.peekOp(); op === "+" || op === "-"; op = this.peekOp()) {
      this.i++;
      const right = this.product();
      value = op === "+" ? value + right : value - right;
    }
    return value;
  }

  private product(): number {
    let value = this.power();
    for (let op = this.peekOp(); op === "*" || op === "/"; op = this.peekOp()) {
      this.i++;
      const right = this.power();
      if (op === "/" && right === 0) throw new Failure("#DIV/0!");
      value = op === "*" ? value * right : value / right;
    }
    return value;
  }

  private power(): number {
    let value = this.unary();
    while (this.peekOp() === "^") {
      this.i++;
      value = Math.pow(value, this.unary());
    }
    return value;
  }

  private unary(): number {
    const op = this.peekOp();
    if (op === "-" || op === "+") {
      this.i++;
      const value = this.unary();
      return op === "-" ? -value : value;
    }
    return this.primary();
  }

  private primary(): number {
    const t = this.tokens[this.i++];
    if (!t) throw new Failure("syntax");
    if (t.kind === "num") return t.value;
    if (t.kind === "ref") return toNumber(this.read(t.row, t.col));
    if (t.op === "(") {
      const value = this.sum();
      const close = this.tokens[this.i++];
      if (close?.kind !== "op" || close.op !== ")") throw new Failure("syntax");
      return value;
    }
    throw new Failure("syntax");
  }
}

/** The result, or undefined when the formula is not simple arithmetic. */
export function evaluateSimpleArithmetic(
  formula: string,
  at: FormulaPosition,
  source: FormulaSource,
): FormulaResult | undefined {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  if (text.length > 200 || /[!"'[:,&<>=%]/.test(text)) return undefined;
  const tokens = tokenize(text);
  if (!tokens || tokens.length === 0) return undefined;
  try {
    const value = new Evaluator(tokens, (row, col) => source.cell(at.sheet, row, col)).run();
    if (value === undefined) return undefined;
    if (!Number.isFinite(value)) return { value: "#NUM!", kind: "Error", problem: null };
    return { value, kind: "Double", problem: null };
  } catch (error) {
    if (error instanceof Failure) {
      return error.error === "syntax" ? undefined : { value: error.error, kind: "Error", problem: null };
    }
    throw error;
  }
}
