/**
 * Structured references (Table[Column], [@Column], [@[Total Charge]], Table[[#This Row],[Col]],
 * Table[#All], Table[[ColA]:[ColB]]) rewritten to A1 references before evaluation.
 */
import type { Rect } from "../address";
import { absoluteAddress, cellAddress, quoteSheetName } from "../address";
import { stringLiteralEnd } from "./references";

export interface TableInfo {
  readonly name: string;
  readonly sheetName: string;
  /** Whole table including the header row when shown. */
  readonly rect: Rect;
  readonly showHeaders: boolean;
  readonly columns: readonly string[];
}

export interface TableLookup {
  tableByName(name: string): TableInfo | undefined;
  /**
   * The table whose range holds the formula cell (for unqualified references like [@Paid]).
   * `thisRowOnly`: the reference reads only the formula's own row ([@Paid]), whose cells stay where they
   * are when rows are appended to the table, so the table growing does not change its result.
   */
  tableAt(sheetName: string, row: number, col: number, thisRowOnly?: boolean): TableInfo | undefined;
}

export interface RewriteResult {
  readonly formula: string;
  /** Why a reference could not be resolved (the formula then evaluates to #REF!). */
  readonly problem: string | null;
}

const NAME_START = /[A-Za-z_\\\u00C0-\uFFFF]/;
const NAME_CHAR = /[A-Za-z0-9_.\\\u00C0-\uFFFF]/;

/** Index just past the bracket group starting at open (honouring ' escapes), or -1. */
function groupEnd(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    const c = text[j];
    if (c === "'") {
      j++;
      continue;
    }
    if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return j + 1;
  }
  return -1;
}

function unescapeName(name: string): string {
  return name.replace(/'(.)/g, "$1").trim();
}

type RowPart = "data" | "headers" | "all" | "thisRow" | "totals";

interface Parsed {
  rows: RowPart[];
  columns: { from: string; to: string } | null;
}

/** Splits the inside of an outer bracket group into items "[...]" or "[a]:[b]". */
function parseInner(inner: string): Parsed | undefined {
  const rows: RowPart[] = [];
  let columns: { from: string; to: string } | null = null;
  const specifier = (text: string): RowPart | undefined => {
    switch (text.trim().toLowerCase()) {
      case "#all":
        return "all";
      case "#data":
        return "data";
      case "#headers":
        return "headers";
      case "#totals":
        return "totals";
      case "#this row":
        return "thisRow";
      default:
        return undefined;
    }
  };
  if (inner.startsWith("@")) {
    rows.push("thisRow");
    const rest = inner.slice(1).trim();
    if (rest !== "") {
      const name = rest.startsWith("[") ? rest.slice(1, groupEnd(rest, 0) - 1) : rest;
      const range = /^\[?(.*?)\]?:\[(.*)\]$/.exec(rest);
      columns = range
        ? { from: unescapeName(range[1] ?? ""), to: unescapeName(range[2] ?? "") }
        : { from: unescapeName(name), to: unescapeName(name) };
    }
    return { rows, columns };
  }
  if (!inner.startsWith("[")) {
    const spec = specifier(inner);
    if (spec) return { rows: [spec], columns: null };
    const name = unescapeName(inner);
    return { rows: [], columns: { from: name, to: name } };
  }
  let i = 0;
  while (i < inner.length) {
    const ch = inner[i];
    if (ch === "," || ch === " ") {
      i++;
      continue;
    }
    if (ch !== "[") return undefined;
    const end = groupEnd(inner, i);
    if (end < 0) return undefined;
    const first = inner.slice(i + 1, end - 1);
    i = end;
    const spec = specifier(first);
    if (spec) {
      rows.push(spec);
      continue;
    }
    let last = first;
    if (inner[i] === ":" && inner[i + 1] === "[") {
      const end2 = groupEnd(inner, i + 1);
      if (end2 < 0) return undefined;
      last = inner.slice(i + 2, end2 - 1);
      i = end2;
    }
    columns = { from: unescapeName(first), to: unescapeName(last) };
  }
  return { rows, columns };
}

function resolve(table: TableInfo, parsed: Parsed, at: { row: number }): Rect | string {
  const headerRow = table.showHeaders ? table.rect.r0 : -1;
  const dataTop = table.showHeaders ? table.rect.r0 + 1 : table.rect.r0;
  let c0 = table.rect.c0;
  let c1 = table.rect.c1;
  if (parsed.columns) {
    const find = (name: string): number =>
      table.columns.findIndex((c) => c.toLowerCase() === name.toLowerCase());
    const a = find(parsed.columns.from);
    const b = find(parsed.columns.to);
    if (a < 0 || b < 0)
      return `Table ${table.name} has no column "${a < 0 ? parsed.columns.from : parsed.columns.to}".`;
    c0 = table.rect.c0 + Math.min(a, b);
    c1 = table.rect.c0 + Math.max(a, b);
  }
  const rows = parsed.rows.length === 0 ? ["data"] : parsed.rows;
  let r0 = Infinity;
  let r1 = -Infinity;
  for (const part of rows) {
    if (part === "thisRow") {
      if (at.row < dataTop || at.row > table.rect.r1) return "[@...] used outside the table's rows.";
      r0 = Math.min(r0, at.row);
      r1 = Math.max(r1, at.row);
    } else if (part === "headers") {
      if (headerRow < 0) return `Table ${table.name} shows no header row.`;
      r0 = Math.min(r0, headerRow);
      r1 = Math.max(r1, headerRow);
    } else if (part === "all") {
      r0 = Math.min(r0, table.rect.r0);
      r1 = Math.max(r1, table.rect.r1);
    } else if (part === "data") {
      r0 = Math.min(r0, dataTop);
      r1 = Math.max(r1, table.rect.r1);
    } else {
      return `Table ${table.name} shows no totals row.`;
    }
  }
  return { r0, c0, r1, c1 };
}

function a1(table: TableInfo, rect: Rect, atSheet: string): string {
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1 && table.sheetName === atSheet)
    return cellAddress(rect.r0, rect.c0);
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1)
    return `${quoteSheetName(table.sheetName)}!${cellAddress(rect.r0, rect.c0)}`;
  return absoluteAddress(table.sheetName, rect);
}

export function hasStructuredReference(formula: string): boolean {
  return formula.includes("[");
}

export function rewriteStructuredRefs(
  formula: string,
  at: { sheetName: string; row: number; col: number },
  lookup: TableLookup,
): RewriteResult {
  if (!hasStructuredReference(formula)) return { formula, problem: null };
  let out = "";
  let problem: string | null = null;
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] ?? "";
    if (ch === '"') {
      const end = stringLiteralEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    let nameStart = i;
    let name = "";
    if (NAME_START.test(ch) && (i === 0 || !NAME_CHAR.test(formula[i - 1] ?? ""))) {
      let j = i;
      while (j < formula.length && NAME_CHAR.test(formula[j] ?? "")) j++;
      if (formula[j] === "[") {
        name = formula.slice(i, j);
        nameStart = j;
      } else {
        out += formula.slice(i, j);
        i = j;
        continue;
      }
    }
    if (formula[nameStart] !== "[") {
      out += ch;
      i++;
      continue;
    }
    const end = groupEnd(formula, nameStart);
    if (end < 0) return { formula, problem: "Unbalanced brackets in the formula." };
    const inner = formula.slice(nameStart + 1, end - 1);
    const parsed = parseInner(inner);
    const thisRowOnly = parsed?.rows.length === 1 && parsed.rows[0] === "thisRow";
    const table = name ? lookup.tableByName(name) : lookup.tableAt(at.sheetName, at.row, at.col, thisRowOnly);
    let replacement = "#REF!";
    if (!table)
      problem ??= name ? `There is no table named ${name}.` : "A structured reference outside a table.";
    else if (!parsed) problem ??= `Cannot read the structured reference ${formula.slice(i, end)}.`;
    else {
      const rect = resolve(table, parsed, at);
      if (typeof rect === "string") problem ??= rect;
      else replacement = a1(table, rect, at.sheetName);
    }
    out += replacement;
    i = end;
  }
  return { formula: out, problem };
}
