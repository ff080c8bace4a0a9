/** Conditional formats between the host (Custom / CellValue) and exceljs (expression / cellIs rules). */
import type ExcelJS from "exceljs";
import type { ConditionalFormatState } from "../../host/model/state";
import { argbFromRgb, rgbFromArgb } from "./style-map";

const OPERATOR_OUT: Record<string, string> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqual: "greaterThanOrEqual",
  LessThanOrEqual: "lessThanOrEqual",
};
const OPERATOR_IN = Object.fromEntries(Object.entries(OPERATOR_OUT).map(([k, v]) => [v, k]));

const noEquals = (formula: string | undefined) => (formula ?? "").replace(/^=/, "");

type Format = ConditionalFormatState["format"];

function formatToExcel(format: Format): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (format.fillColor) {
    // Conditional formats (dxf) paint a solid fill with bgColor.
    style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argbFromRgb(format.fillColor) } };
  }
  if (format.fontColor || format.bold !== null || format.italic !== null) {
    style.font = {
      ...(format.fontColor ? { color: { argb: argbFromRgb(format.fontColor) } } : {}),
      ...(format.bold !== null ? { bold: format.bold } : {}),
      ...(format.italic !== null ? { italic: format.italic } : {}),
    };
  }
  return style;
}

function formatFromExcel(style: Partial<ExcelJS.Style> | undefined): Format {
  const fill = style?.fill;
  const fillColor =
    fill?.type === "pattern" ? (rgbFromArgb(fill.bgColor) ?? rgbFromArgb(fill.fgColor) ?? null) : null;
  return {
    fillColor,
    fontColor: rgbFromArgb(style?.font?.color) ?? null,
    bold: typeof style?.font?.bold === "boolean" ? style.font.bold : null,
    italic: typeof style?.font?.italic === "boolean" ? style.font.italic : null,
  };
}

/** The exceljs rule for a host conditional format; null for a type the file writer cannot express. */
export function cfRuleToExcel(cf: ConditionalFormatState): ExcelJS.ConditionalFormattingRule | null {
  const base = { priority: cf.priority + 1, style: formatToExcel(cf.format) };
  if (cf.type === "Custom") {
    return { ...base, type: "expression", formulae: [noEquals(cf.rule.formula)] };
  }
  if (cf.type === "CellValue") {
    const formulae = [noEquals(cf.rule.formula1)];
    if (cf.rule.formula2 !== undefined) formulae.push(noEquals(cf.rule.formula2));
    return {
      ...base,
      type: "cellIs",
      operator: (OPERATOR_OUT[cf.rule.operator ?? ""] ?? "equal") as "equal",
      formulae,
    };
  }
  return null;
}

/** The host's parts of an exceljs rule (id, rects and priority are the caller's); null if unsupported. */
export function cfRuleFromExcel(
  rule: ExcelJS.ConditionalFormattingRule,
): Pick<ConditionalFormatState, "type" | "rule" | "format" | "stopIfTrue"> | null {
  const formulae = "formulae" in rule && Array.isArray(rule.formulae) ? rule.formulae.map(String) : [];
  const stopIfTrue = (rule as { stopIfTrue?: boolean }).stopIfTrue === true;
  if (rule.type === "expression" && formulae[0] !== undefined) {
    return {
      type: "Custom",
      rule: { formula: `=${formulae[0]}` },
      format: formatFromExcel(rule.style),
      stopIfTrue,
    };
  }
  if (rule.type === "cellIs" && formulae[0] !== undefined) {
    const operator = OPERATOR_IN[String((rule as { operator?: string }).operator)] ?? "EqualTo";
    return {
      type: "CellValue",
      rule: {
        formula1: `=${formulae[0]}`,
        ...(formulae[1] !== undefined ? { formula2: `=${formulae[1]}` } : {}),
        operator,
      },
      format: formatFromExcel(rule.style),
      stopIfTrue,
    };
  }
  return null;
}
