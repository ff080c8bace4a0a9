/**
 * Formula text differs between what Excel shows (and the add-in writes through Office.js) and what an
 * .xlsx stores: in the file, "this row" references are spelled Table[[#This Row],[Col]] (never [@Col]),
 * table references always name their table, and functions newer than Excel 2007 carry an "_xlfn."
 * prefix. toFileFormula / fromFileFormula convert between the two; string literals are left alone.
 */

/** Functions added after Excel 2007 that the file format stores as _xlfn.NAME (the common ones). */
const FUTURE_FUNCTIONS = new Set([
  "AGGREGATE",
  "CONCAT",
  "DAYS",
  "FILTER",
  "IFNA",
  "IFS",
  "ISOWEEKNUM",
  "LET",
  "MAXIFS",
  "MINIFS",
  "NUMBERVALUE",
  "SEQUENCE",
  "SORT",
  "SORTBY",
  "SWITCH",
  "TEXTJOIN",
  "UNIQUE",
  "XLOOKUP",
  "XMATCH",
  "STDEV.S",
  "STDEV.P",
  "VAR.S",
  "VAR.P",
  "PERCENTILE.INC",
  "PERCENTILE.EXC",
  "QUARTILE.INC",
  "MODE.SNGL",
  "RANK.EQ",
  "RANK.AVG",
  "CEILING.MATH",
  "FLOOR.MATH",
  "FORMULATEXT",
]);

/** Splits a formula into code and string-literal segments; only code segments are rewritten. */
function mapCode(formula: string, rewrite: (code: string) => string): string {
  let out = "";
  let code = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] ?? "";
    if (ch === '"') {
      out += rewrite(code);
      code = "";
      let end = i + 1;
      while (end < formula.length) {
        if (formula[end] === '"' && formula[end + 1] === '"') end += 2;
        else if (formula[end] === '"') break;
        else end++;
      }
      out += formula.slice(i, end + 1);
      i = end + 1;
    } else {
      code += ch;
      i++;
    }
  }
  return out + rewrite(code);
}

/** Index just past the "]" that closes the "[" at `start` (nested brackets, ' escapes); -1 if none. */
function closingBracket(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") i++;
    else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return i + 1;
  }
  return -1;
}

const NAME_CHAR = /[A-Za-z0-9_.\\\u00C0-\uFFFF]/;

/** Rewrites each structured reference Name[...] / [...] found in code; `rewrite` returns the new text. */
function mapStructuredRefs(code: string, rewrite: (table: string, body: string) => string): string {
  let out = "";
  let i = 0;
  while (i < code.length) {
    const ch = code[i] ?? "";
    if (ch === "'") {
      // A quoted sheet name ('My Sheet'!A1): copy it whole.
      let end = i + 1;
      while (end < code.length && !(code[end] === "'" && code[end + 1] !== "'"))
        end += code[end] === "'" ? 2 : 1;
      out += code.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (ch !== "[") {
      out += ch;
      i++;
      continue;
    }
    const end = closingBracket(code, i);
    if (end < 0) {
      out += code.slice(i);
      break;
    }
    let nameStart = out.length;
    while (nameStart > 0 && NAME_CHAR.test(out[nameStart - 1] ?? "")) nameStart--;
    const table = out.slice(nameStart);
    out = out.slice(0, nameStart) + rewrite(table, code.slice(i + 1, end - 1));
    i = end;
  }
  return out;
}

/** "Total Charge" needs brackets inside a this-row reference; "Paid" does not. */
function columnSpec(column: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(column) ? column : `[${column}]`;
}

/**
 * For the file: [@Col] / [@[Col]] / T[@Col] become T[[#This Row],[Col]], an unqualified [Col] inside
 * table T becomes T[Col], and newer functions get their _xlfn. prefix. `table` is the table the formula's
 * cell belongs to (unqualified references need it); without one they are left as written.
 */
export function toFileFormula(formula: string, table: string | null): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return mapCode(body, (code) => {
    const structured = mapStructuredRefs(code, (name, inner) => {
      const owner = name || table;
      if (!owner) return `${name}[${inner}]`;
      if (inner.startsWith("@")) {
        const rest = inner.slice(1).trim();
        if (rest === "") return `${owner}[#This Row]`;
        const columns = rest.startsWith("[") ? rest : `[${rest}]`;
        return `${owner}[[#This Row],${columns}]`;
      }
      return `${owner}[${inner}]`;
    });
    return structured.replace(
      /(^|[^A-Za-z0-9_.])([A-Za-z][A-Za-z0-9.]*)\s*\(/g,
      (match, before: string, fn: string) =>
        FUTURE_FUNCTIONS.has(fn.toUpperCase()) ? `${before}_xlfn.${fn}(` : match,
    );
  });
}

/**
 * From the file: _xlfn./_xlws./_xlpm. prefixes go, and T[[#This Row],[Col]] becomes [@Col] inside T's own
 * cells (T[@Col] elsewhere), the way Excel shows it. Returns the formula with its leading "=".
 */
export function fromFileFormula(formula: string, table: string | null): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  const text = mapCode(body, (code) => {
    const plain = code.replace(/_xl(fn|ws|pm)\./gi, "");
    return mapStructuredRefs(plain, (name, inner) => {
      const thisRow = /^\s*(?:\[#This Row\]|#This Row)\s*(?:,\s*(.*))?$/i.exec(inner);
      if (!thisRow) return `${name}[${inner}]`;
      const prefix = table !== null && name.toLowerCase() === table.toLowerCase() ? "" : name;
      const columns = (thisRow[1] ?? "").trim();
      if (columns === "") return `${prefix}[@]`;
      const single = /^\[([^\]]*)\]$/.exec(columns);
      return `${prefix}[@${single ? columnSpec(single[1] ?? "") : columns}]`;
    });
  });
  return `=${text}`;
}
