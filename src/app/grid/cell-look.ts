/**
 * How one cell looks in the grid: its text (as Excel displays it with its number format), alignment,
 * font and fill, with the table style (header row, banded rows) and the conditional formats the grid can
 * evaluate (constant custom rules such as the add-in's validation marks, and number comparisons).
 */
import type { CSSProperties } from "react";
import type { CellView, ConditionalFormatState, Rect, TableState } from "../../host";
import { DEFAULT_STYLE } from "../../host/model/style";
import { customRuleHolds } from "./cf-formula";

export interface CellLook {
  readonly text: string;
  readonly style: CSSProperties;
  /** Extra class: "pm-formula-error" for a formula the engine could not compute. */
  readonly className: string;
  /** Tooltip, e.g. why a formula shows as text. */
  readonly title?: string;
}

/** Excel's built-in table style families, as header and band colors. */
function tableColors(style: string): { header: string; headerText: string; band: string } {
  if (/^TableStyleDark/i.test(style)) return { header: "#000000", headerText: "#FFFFFF", band: "#D9D9D9" };
  if (/^TableStyleLight/i.test(style)) return { header: "#FFFFFF", headerText: "#000000", band: "#D9E1F2" };
  return { header: "#4472C4", headerText: "#FFFFFF", band: "#D9E1F2" }; // Medium (TableStyleMedium2)
}

const contains = (rect: Rect, row: number, col: number) =>
  row >= rect.r0 && row <= rect.r1 && col >= rect.c0 && col <= rect.c1;

/** Custom rules whose formula has no cell reference evaluate the same everywhere: TRUE, ISTEXT("…"). */
function constantRuleHolds(formula: string | undefined): boolean | undefined {
  const text = (formula ?? "").replace(/^=/, "").trim();
  if (/^TRUE$/i.test(text) || /^ISTEXT\("(?:[^"]|"")*"\)$/i.test(text)) return true;
  if (/^FALSE$/i.test(text) || /^ISNUMBER\("(?:[^"]|"")*"\)$/i.test(text)) return false;
  return undefined;
}

function numberOf(formula: string | undefined): number | undefined {
  const n = Number((formula ?? "").replace(/^=/, ""));
  return formula !== undefined && Number.isFinite(n) ? n : undefined;
}

function cellValueHolds(rule: Record<string, string>, value: unknown): boolean {
  if (typeof value !== "number") return false;
  const a = numberOf(rule.formula1);
  const b = numberOf(rule.formula2);
  if (a === undefined) return false;
  switch (rule.operator) {
    case "Between":
      return b !== undefined && value >= Math.min(a, b) && value <= Math.max(a, b);
    case "NotBetween":
      return b !== undefined && (value < Math.min(a, b) || value > Math.max(a, b));
    case "EqualTo":
      return value === a;
    case "NotEqualTo":
      return value !== a;
    case "GreaterThan":
      return value > a;
    case "LessThan":
      return value < a;
    case "GreaterThanOrEqual":
      return value >= a;
    case "LessThanOrEqual":
      return value <= a;
    default:
      return false;
  }
}

/**
 * The first (highest-priority) format that applies to the cell, if the grid can tell. `valueAt` reads
 * other cells' values for rules like =$F8<=0 (see cf-formula.ts).
 */
export function conditionalFormatAt(
  formats: readonly ConditionalFormatState[],
  row: number,
  col: number,
  value: unknown,
  valueAt?: (row: number, col: number) => unknown,
): ConditionalFormatState["format"] | undefined {
  for (const cf of formats) {
    if (!cf.rects.some((rect) => contains(rect, row, col))) continue;
    const holds =
      cf.type === "Custom"
        ? (constantRuleHolds(cf.rule.formula) ??
          (valueAt ? customRuleHolds(cf.rule.formula, cf.rects[0], row, col, valueAt) : undefined))
        : cf.type === "CellValue"
          ? cellValueHolds(cf.rule, value)
          : undefined;
    if (holds) return cf.format;
  }
  return undefined;
}

const ALIGN: Record<string, CSSProperties["textAlign"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
  Justify: "justify",
  Distributed: "justify",
  CenterAcrossSelection: "center",
  Fill: "left",
};

export function cellLook(
  view: CellView,
  options: {
    table?: TableState | undefined;
    row: number;
    format?: ConditionalFormatState["format"] | undefined;
  },
): CellLook {
  const { table, row, format } = options;
  const style: CSSProperties = {};
  const cellStyle = view.format;
  let text = view.text;
  let className = "";
  let title: string | undefined;
  if (view.formula !== null && view.formulaError !== null) {
    text = view.formula;
    className = "pm-formula-error";
    title = `This formula is not computed here (${view.formulaError}). Excel computes it when you open the file.`;
  }
  const general = cellStyle.horizontalAlignment === "General";
  if (!general) style.textAlign = ALIGN[cellStyle.horizontalAlignment] ?? "left";
  else if (view.valueType === "Double") style.textAlign = "right";
  else if (view.valueType === "Boolean" || view.valueType === "Error") style.textAlign = "center";

  if (table) {
    const colors = tableColors(table.style);
    if (table.showHeaders && row === table.rect.r0) {
      style.backgroundColor = colors.header;
      style.color = colors.headerText;
      style.fontWeight = 600;
    } else if (table.showBandedRows && (row - table.rect.r0 - (table.showHeaders ? 1 : 0)) % 2 === 0) {
      style.backgroundColor = colors.band;
    }
  }
  if (cellStyle !== DEFAULT_STYLE) {
    if (cellStyle.fillColor) style.backgroundColor = cellStyle.fillColor;
    if (cellStyle.bold) style.fontWeight = 700;
    if (cellStyle.italic) style.fontStyle = "italic";
    if (cellStyle.underline !== "None") style.textDecoration = "underline";
    if (cellStyle.fontColor !== DEFAULT_STYLE.fontColor) style.color = cellStyle.fontColor;
    if (cellStyle.wrapText) style.whiteSpace = "normal";
    if (cellStyle.fontSize !== DEFAULT_STYLE.fontSize) style.fontSize = `${fontPixels(cellStyle.fontSize)}px`;
  }
  if (format) {
    if (format.fillColor) style.backgroundColor = format.fillColor;
    if (format.fontColor) style.color = format.fontColor;
    if (format.bold) style.fontWeight = 700;
    if (format.italic) style.fontStyle = "italic";
  }
  return { text, style, className, ...(title ? { title } : {}) };
}

/**
 * Font size on screen: the grid's 13 px stands for Excel's 11 pt; larger fonts are capped so the text
 * fits the grid's fixed row height (Excel would make the row taller).
 */
export function fontPixels(points: number): number {
  return Math.max(8, Math.min(17, Math.round((points * 13) / 11)));
}

/**
 * Text runs on into the empty cells to its right, as in Excel: left-aligned (or General) text that is
 * not wrapped. Returns false for numbers, wrapped or right/centre-aligned text and formula errors.
 */
export function spills(view: CellView): boolean {
  if (view.valueType !== "String" || view.text === "" || view.format.wrapText) return false;
  if (view.formula !== null && view.formulaError !== null) return false;
  const align = view.format.horizontalAlignment;
  return align === "General" || align === "Left";
}

/** What the editor starts with: the formula, or the value the way it can be typed back. */
export function editingText(view: CellView): string {
  if (view.formula !== null) return view.formula;
  if (view.valueType === "Empty") return "";
  if (view.valueType === "Boolean") return view.value ? "TRUE" : "FALSE";
  if (view.valueType === "String") return view.quotePrefix ? `'${String(view.value)}` : String(view.value);
  if (view.valueType === "Double" && /[yd]/i.test(view.numberFormat.replace(/"[^"]*"/g, ""))) {
    // Dates edit as the text Excel would show, when that text reads back as the same date.
    if (/^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}\/\d{1,2}\/\d{4}$/.test(view.text)) return view.text;
  }
  return String(view.value);
}
