/**
 * The "Use a formula" conditional-format rules the grid can evaluate itself: one cell compared with a
 * number, optionally guarded by ISNUMBER, e.g. =$F8<=0 or =AND(ISNUMBER(D8),D8>0) (the summary sheets'
 * "needs attention" highlights). References are relative to the rule's first range, as in Excel.
 * Anything else returns undefined: the grid does not guess.
 */
import { columnIndex, type Rect } from "../../host";

type Op = "<" | "<=" | ">" | ">=" | "=" | "<>";

const REF = String.raw`(\$?)([A-Z]{1,3})(\$?)(\d+)`;
const NUMBER = String.raw`(-?\d+(?:\.\d+)?)`;
const COMPARISON = new RegExp(String.raw`^${REF}(<=|>=|<>|<|>|=)${NUMBER}$`, "i");
const GUARDED = new RegExp(String.raw`^AND\(ISNUMBER\(${REF}\),${REF}(<=|>=|<>|<|>|=)${NUMBER}\)$`, "i");

interface Reference {
  readonly colAbsolute: boolean;
  readonly col: number;
  readonly rowAbsolute: boolean;
  readonly row: number;
}

function reference(parts: readonly (string | undefined)[]): Reference {
  return {
    colAbsolute: parts[0] === "$",
    col: columnIndex((parts[1] ?? "A").toUpperCase()),
    rowAbsolute: parts[2] === "$",
    row: Number(parts[3]) - 1,
  };
}

/** Excel's comparison of a cell with a number: blank is 0, text sorts after every number. */
function compare(value: unknown, op: Op, n: number): boolean {
  if (typeof value === "string" && value !== "") return op === ">" || op === ">=" || op === "<>";
  const v = value === null || value === undefined || value === "" ? 0 : Number(value);
  switch (op) {
    case "<":
      return v < n;
    case "<=":
      return v <= n;
    case ">":
      return v > n;
    case ">=":
      return v >= n;
    case "=":
      return v === n;
    case "<>":
      return v !== n;
  }
}

/**
 * Whether a custom rule holds at (row, col); undefined when the grid cannot tell. `anchor` is the
 * rule's first range (its top-left cell is where the formula was written).
 */
export function customRuleHolds(
  formula: string | undefined,
  anchor: Rect | undefined,
  row: number,
  col: number,
  valueAt: (row: number, col: number) => unknown,
): boolean | undefined {
  if (formula === undefined || anchor === undefined) return undefined;
  const text = formula.replace(/^=/, "").replace(/\s+/g, "");
  const at = (ref: Reference) => ({
    row: ref.rowAbsolute ? ref.row : ref.row + row - anchor.r0,
    col: ref.colAbsolute ? ref.col : ref.col + col - anchor.c0,
  });
  const plain = COMPARISON.exec(text);
  if (plain) {
    const target = at(reference(plain.slice(1, 5)));
    return compare(valueAt(target.row, target.col), plain[5] as Op, Number(plain[6]));
  }
  const guarded = GUARDED.exec(text);
  if (guarded) {
    const checked = at(reference(guarded.slice(1, 5)));
    const compared = at(reference(guarded.slice(5, 9)));
    const checkedValue = valueAt(checked.row, checked.col);
    if (typeof checkedValue !== "number") return false;
    return compare(valueAt(compared.row, compared.col), guarded[9] as Op, Number(guarded[10]));
  }
  return undefined;
}
