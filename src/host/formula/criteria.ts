/** Excel's criteria for COUNTIF / SUMIF(S) and friends: "=x", ">5", "<>", wildcards, case-insensitive. */

export type Criterion = (value: unknown) => boolean;

const OPERATORS = [">=", "<=", "<>", "=", ">", "<"] as const;

function asNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return Number(trimmed);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  const parts = iso ? [iso[1], iso[2], iso[3]] : us ? [us[3], us[1], us[2]] : undefined;
  if (!parts) return undefined;
  const utc = Date.UTC(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]));
  return Math.round((utc - Date.UTC(1899, 11, 30)) / 86400000);
}

function wildcardRegex(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? "";
    if (ch === "~" && i + 1 < pattern.length) {
      source += (pattern[i + 1] ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      i++;
    } else if (ch === "*") source += "[\\s\\S]*";
    else if (ch === "?") source += "[\\s\\S]";
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "i");
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

function isErrorValue(value: unknown): boolean {
  return typeof value === "object" && value !== null;
}

export function parseCriterion(criteria: unknown): Criterion {
  if (typeof criteria === "number") {
    return (v) =>
      typeof v === "number" ? v === criteria : typeof v === "string" && asNumber(v) === criteria;
  }
  if (typeof criteria === "boolean") return (v) => v === criteria;
  const text = typeof criteria === "string" ? criteria : "";
  const op = OPERATORS.find((o) => text.startsWith(o)) ?? "";
  const operand = text.slice(op.length);
  const number = asNumber(operand);
  const upper = operand.toUpperCase();
  if (op === "" || op === "=") {
    if (operand === "") return op === "=" ? isEmpty : isEmpty;
    if (number !== undefined) {
      return (v) => (typeof v === "number" ? v === number : typeof v === "string" && asNumber(v) === number);
    }
    if (upper === "TRUE" || upper === "FALSE") return (v) => v === (upper === "TRUE");
    const regex = wildcardRegex(operand);
    return (v) => typeof v === "string" && v !== "" && regex.test(v);
  }
  if (op === "<>") {
    if (operand === "") return (v) => !isEmpty(v);
    if (number !== undefined) return (v) => !(typeof v === "number" && v === number);
    const regex = wildcardRegex(operand);
    return (v) => !(typeof v === "string" && regex.test(v));
  }
  const compare = (a: number | string, b: number | string): boolean => {
    switch (op) {
      case ">":
        return a > b;
      case "<":
        return a < b;
      case ">=":
        return a >= b;
      default:
        return a <= b;
    }
  };
  if (number !== undefined) return (v) => typeof v === "number" && !isErrorValue(v) && compare(v, number);
  const lowered = operand.toLowerCase();
  return (v) => typeof v === "string" && v !== "" && compare(v.toLowerCase(), lowered);
}
