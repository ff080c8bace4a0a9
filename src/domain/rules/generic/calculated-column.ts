import type { ColumnSpec, TableSpec } from "../../catalog";
import { isBlank } from "../../catalog/cells";
import { money, shownValue } from "../display";
import type { Rule } from "../rule";

interface Term {
  readonly sign: 1 | -1;
  readonly column: ColumnSpec;
}

const TERM = /([+-]?)\s*\[@(?:\[([^\]]+)\]|([^\]]+))\]\s*/y;

/** Reads a calculated column's formula when it only adds and subtracts this-row columns ("=[@A]-[@[B C]]"). */
export function sumFormulaTerms(spec: TableSpec, formula: string): Term[] | null {
  const text = formula.trim().replace(/^=/, "").trim();
  const terms: Term[] = [];
  TERM.lastIndex = 0;
  while (TERM.lastIndex < text.length) {
    const at = TERM.lastIndex;
    const m = TERM.exec(text);
    if (!m || (m[1] === "" && at > 0)) return null;
    const header = (m[2] ?? m[3] ?? "").trim();
    const column = spec.columns.find((c) => c.header === header);
    if (!column) return null;
    terms.push({ sign: m[1] === "-" ? -1 : 1, column });
  }
  return terms.length > 0 ? terms : null;
}

const cents = (amount: number) => Math.round(amount * 100);

/**
 * A calculated column (Claims[Balance]) agrees with its catalog formula: a value typed over the formula
 * silently stops following its inputs.
 */
export function calculatedColumnRule(spec: TableSpec, column: ColumnSpec): Rule | null {
  if (column.formula === undefined) return null;
  const terms = sumFormulaTerms(spec, column.formula);
  if (!terms) return null;
  const expression = terms
    .map((t, i) => `${i === 0 ? "" : t.sign < 0 ? " - " : " + "}${t.column.header}`)
    .join("");
  return {
    id: "calc.agrees",
    table: spec.name,
    reads: [],
    checker(workbook) {
      const model = workbook.table(spec.name);
      const values = model?.columnValues(column.key);
      if (!model || !values) return null;
      const inputs = terms.map((t) => ({
        sign: t.sign,
        key: t.column.key,
        values: model.columnValues(t.column.key),
      }));
      const show = (n: number) => (column.kind === "currency" ? money(n) : shownValue(column.kind, n));
      return (row, out) => {
        const value = values[row];
        if (typeof value !== "number") return;
        let expected = 0;
        for (const input of inputs) {
          const v = input.values?.[row] ?? null;
          if (typeof v === "number") expected += input.sign * v;
          else if (!isBlank(model.raw(input.key, row))) return; // unreadable input: reported on its own cell
        }
        if (cents(value) === cents(expected)) return;
        out.push(
          model.finding(
            column.key,
            row,
            "error",
            "calc.agrees",
            `${column.header} ${show(value)} does not agree with ${expression} (${show(expected)}): the calculated value was typed over`,
          ),
        );
      };
    },
  };
}
