/**
 * Cell formatting between the host (CellStyle) and exceljs (font, fill, alignment). Theme colors have
 * no RGB without the workbook's theme, so they read as the default; borders are not kept (the host has none).
 */
import type ExcelJS from "exceljs";
import { internStyle, type CellStyle, DEFAULT_STYLE } from "../../host/model/style";

type Style = Partial<Pick<ExcelJS.Style, "font" | "fill" | "alignment">>;

/** "FFC00000" / "C00000" -> "#C00000"; undefined for theme or indexed colors. */
export function rgbFromArgb(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = color?.argb;
  if (typeof argb !== "string") return undefined;
  const hex = /^(?:[0-9a-f]{2})?([0-9a-f]{6})$/i.exec(argb);
  return hex ? `#${(hex[1] ?? "").toUpperCase()}` : undefined;
}

export function argbFromRgb(rgb: string): string {
  return `FF${rgb.replace(/^#/, "").toUpperCase()}`;
}

const HORIZONTAL_IN: Record<string, string> = {
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
};
const VERTICAL_IN: Record<string, string> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
};
const invert = (map: Record<string, string>) =>
  Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k]));
const HORIZONTAL_OUT = invert(HORIZONTAL_IN);
const VERTICAL_OUT = invert(VERTICAL_IN);

function underlineIn(underline: ExcelJS.Font["underline"] | undefined): string {
  if (underline === true || underline === "single") return "Single";
  if (underline === "double") return "Double";
  if (underline === "singleAccounting") return "SingleAccountant";
  if (underline === "doubleAccounting") return "DoubleAccountant";
  return "None";
}

function underlineOut(underline: string): ExcelJS.Font["underline"] | undefined {
  switch (underline) {
    case "Single":
      return "single";
    case "Double":
      return "double";
    case "SingleAccountant":
      return "singleAccounting";
    case "DoubleAccountant":
      return "doubleAccounting";
    default:
      return undefined;
  }
}

/** Workbook default fonts (Excel before 2023 / since, exceljs): cells in them count as unformatted. */
const BASE_FONTS = new Set(["Calibri|11", "Aptos Narrow|11", "Aptos|11"]);

function isPlainFont(font: Partial<ExcelJS.Font> | undefined): boolean {
  if (!font) return true;
  const color = rgbFromArgb(font.color);
  return (
    font.bold !== true &&
    font.italic !== true &&
    underlineIn(font.underline) === "None" &&
    (color === undefined || color === DEFAULT_STYLE.fontColor) &&
    BASE_FONTS.has(`${font.name ?? "Calibri"}|${font.size ?? 11}`)
  );
}

function isPlainAlignment(alignment: Partial<ExcelJS.Alignment> | undefined): boolean {
  return (
    !alignment ||
    ((alignment.horizontal === undefined || alignment.horizontal === ("general" as string)) &&
      (alignment.vertical === undefined || alignment.vertical === "bottom") &&
      alignment.wrapText !== true &&
      !alignment.indent)
  );
}

/** The host style of an exceljs cell style (DEFAULT_STYLE when it sets nothing the host keeps). */
export function styleFromExcel(style: Style): CellStyle {
  const { fill, alignment } = style;
  const font = isPlainFont(style.font) ? undefined : style.font;
  const fillColor =
    fill?.type === "pattern" && fill.pattern === "solid" ? (rgbFromArgb(fill.fgColor) ?? null) : null;
  if (!font && fillColor === null && isPlainAlignment(alignment)) return DEFAULT_STYLE;
  return internStyle({
    fillColor,
    bold: font?.bold === true,
    italic: font?.italic === true,
    underline: underlineIn(font?.underline),
    fontColor: rgbFromArgb(font?.color) ?? DEFAULT_STYLE.fontColor,
    fontSize: typeof font?.size === "number" ? font.size : DEFAULT_STYLE.fontSize,
    fontName: typeof font?.name === "string" ? font.name : DEFAULT_STYLE.fontName,
    horizontalAlignment: HORIZONTAL_IN[alignment?.horizontal ?? ""] ?? "General",
    verticalAlignment: VERTICAL_IN[alignment?.vertical ?? ""] ?? "Bottom",
    wrapText: alignment?.wrapText === true,
    indentLevel: typeof alignment?.indent === "number" ? alignment.indent : 0,
  });
}

/** exceljs font / fill / alignment for a host style; only the parts that differ from the default. */
export function styleToExcel(style: CellStyle): Style {
  if (style === DEFAULT_STYLE) return {};
  const out: Style = {};
  const d = DEFAULT_STYLE;
  if (
    style.bold ||
    style.italic ||
    style.underline !== "None" ||
    style.fontColor !== d.fontColor ||
    style.fontSize !== d.fontSize ||
    style.fontName !== d.fontName
  ) {
    const underline = underlineOut(style.underline);
    out.font = {
      name: style.fontName,
      size: style.fontSize,
      bold: style.bold,
      italic: style.italic,
      color: { argb: argbFromRgb(style.fontColor) },
      ...(underline ? { underline } : {}),
    };
  }
  if (style.fillColor !== null) {
    out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argbFromRgb(style.fillColor) } };
  }
  const horizontal = HORIZONTAL_OUT[style.horizontalAlignment];
  const vertical = style.verticalAlignment === "Bottom" ? undefined : VERTICAL_OUT[style.verticalAlignment];
  if (horizontal || vertical || style.wrapText || style.indentLevel > 0) {
    out.alignment = {
      ...(horizontal ? { horizontal: horizontal as ExcelJS.Alignment["horizontal"] } : {}),
      ...(vertical ? { vertical: vertical as ExcelJS.Alignment["vertical"] } : {}),
      ...(style.wrapText ? { wrapText: true } : {}),
      ...(style.indentLevel > 0 ? { indent: style.indentLevel } : {}),
    };
  }
  return out;
}
