/**
 * xl/styles.xml -> the number format and host style of each cell format (cellXfs index), read the way
 * exceljs did (fonts, solid fills, alignment; theme colors have no RGB and read as the default).
 * Format codes are kept exactly as written (backslash escapes included).
 */
import type ExcelJS from "exceljs";
import { DEFAULT_STYLE, type CellStyle } from "../../../host/model/style";
import { BUILTIN_NUMBER_FORMATS } from "../num-formats";
import { styleFromExcel } from "../style-map";
import { attrOf, childOf, childrenOf, parseXml, type XmlElement } from "../xml/mini-xml";

export interface CellFormat {
  readonly numberFormat: string;
  readonly style: CellStyle;
  /** xf quotePrefix="1": text entered with Excel's leading apostrophe (kept as text on F2+Enter). */
  readonly quotePrefix?: boolean;
}

export const DEFAULT_FORMAT: CellFormat = { numberFormat: "General", style: DEFAULT_STYLE };

/** <b/>, <b val="1"/>, <b val="true"/> are on; <b val="0"/> and no element are off. */
function flag(element: XmlElement | undefined): boolean {
  if (!element) return false;
  const val = attrOf(element, "val");
  return val === undefined || val === "1" || val === "true";
}

function colorOf(element: XmlElement | undefined): Partial<ExcelJS.Color> | undefined {
  if (!element) return undefined;
  const argb = attrOf(element, "rgb");
  if (argb !== undefined) return { argb };
  const theme = attrOf(element, "theme");
  return theme !== undefined ? { theme: Number(theme) } : undefined;
}

function fontOf(element: XmlElement): Partial<ExcelJS.Font> {
  const font: Partial<ExcelJS.Font> = {};
  if (flag(childOf(element, "b"))) font.bold = true;
  if (flag(childOf(element, "i"))) font.italic = true;
  const u = childOf(element, "u");
  if (u) {
    const val = attrOf(u, "val");
    if (val !== "none") font.underline = (val ?? true) as ExcelJS.Font["underline"];
  }
  const size = Number(attrOf(childOf(element, "sz"), "val"));
  if (Number.isFinite(size) && size > 0) font.size = size;
  const color = colorOf(childOf(element, "color"));
  if (color) font.color = color;
  const name = attrOf(childOf(element, "name"), "val");
  if (name !== undefined) font.name = name;
  return font;
}

function fillOf(element: XmlElement): ExcelJS.Fill | undefined {
  const pattern = childOf(element, "patternFill");
  if (!pattern) return undefined;
  const fgColor = colorOf(childOf(pattern, "fgColor"));
  const bgColor = colorOf(childOf(pattern, "bgColor"));
  return {
    type: "pattern",
    pattern: (attrOf(pattern, "patternType") ?? "none") as ExcelJS.FillPatterns,
    ...(fgColor ? { fgColor } : {}),
    ...(bgColor ? { bgColor } : {}),
  };
}

function alignmentOf(element: XmlElement | undefined): Partial<ExcelJS.Alignment> | undefined {
  if (!element) return undefined;
  const alignment: Partial<ExcelJS.Alignment> = {};
  const horizontal = attrOf(element, "horizontal");
  if (horizontal) alignment.horizontal = horizontal as ExcelJS.Alignment["horizontal"];
  const vertical = attrOf(element, "vertical");
  if (vertical) alignment.vertical = vertical as ExcelJS.Alignment["vertical"];
  const wrap = attrOf(element, "wrapText");
  if (wrap === "1" || wrap === "true") alignment.wrapText = true;
  const indent = Number(attrOf(element, "indent"));
  if (Number.isInteger(indent) && indent > 0) alignment.indent = indent;
  return alignment;
}

/** The cell formats by cellXfs index; [DEFAULT_FORMAT] when the file has no styles part. */
export function readStyles(xml: string | undefined): CellFormat[] {
  if (xml === undefined) return [DEFAULT_FORMAT];
  const root = parseXml(xml);
  const codes = new Map<number, string>(BUILTIN_NUMBER_FORMATS);
  for (const numFmt of childrenOf(childOf(root, "numFmts"), "numFmt")) {
    const id = Number(attrOf(numFmt, "numFmtId"));
    const code = attrOf(numFmt, "formatCode");
    if (Number.isInteger(id) && code !== undefined) codes.set(id, code);
  }
  const fonts = childrenOf(childOf(root, "fonts"), "font").map(fontOf);
  const fills = childrenOf(childOf(root, "fills"), "fill").map(fillOf);
  const formats = childrenOf(childOf(root, "cellXfs"), "xf").map((xf): CellFormat => {
    const numFmtId = Number(attrOf(xf, "numFmtId") ?? 0);
    const font = fonts[Number(attrOf(xf, "fontId") ?? 0)];
    const fill = fills[Number(attrOf(xf, "fillId") ?? 0)];
    const alignment = alignmentOf(childOf(xf, "alignment"));
    const quotePrefix = ["1", "true"].includes(attrOf(xf, "quotePrefix") ?? "");
    return {
      ...(quotePrefix ? { quotePrefix } : {}),
      numberFormat: (numFmtId !== 0 ? codes.get(numFmtId) : undefined) ?? "General",
      style: styleFromExcel({
        ...(font ? { font } : {}),
        ...(fill ? { fill } : {}),
        ...(alignment ? { alignment } : {}),
      }),
    };
  });
  return formats.length > 0 ? formats : [DEFAULT_FORMAT];
}

/**
 * The differential formats (<dxfs>) conditional formats point to by dxfId, as exceljs styles (font and
 * fill; what cf-map.ts reads). Empty when the file has no styles part.
 */
export function readDifferentialFormats(xml: string | undefined): Partial<ExcelJS.Style>[] {
  if (xml === undefined) return [];
  return childrenOf(childOf(parseXml(xml), "dxfs"), "dxf").map((dxf) => {
    const font = childOf(dxf, "font");
    const fill = childOf(dxf, "fill");
    const fillStyle = fill ? fillOf(fill) : undefined;
    return { ...(font ? { font: fontOf(font) } : {}), ...(fillStyle ? { fill: fillStyle } : {}) };
  });
}
