/**
 * xl/styles.xml: the cell formats (number format + font + fill + alignment) the cells refer to by index,
 * and the differential formats (dxf) of conditional formats. Equal formats share one index; lookups go
 * by the host's interned CellStyle object, so a cell costs two Map lookups.
 */
import type ExcelJS from "exceljs";
import { DEFAULT_STYLE, type CellStyle } from "../../../host/model/style";
import { BUILTIN_IDS, FIRST_CUSTOM_FORMAT_ID } from "../num-formats";
import { styleToExcel } from "../style-map";
import { escapeAttr } from "../xml/escape";
import { NS_MAIN, XML_DECLARATION } from "./namespaces";

/** Font 0, the workbook's base font (what exceljs and Excel before 2023 write). */
const BASE_FONT =
  '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
/** Fills 0 and 1 are reserved by the format (none, gray125). */
const RESERVED_FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
];

function colorXml(tag: string, color: Partial<ExcelJS.Color> | undefined): string {
  return color?.argb ? `<${tag} rgb="${escapeAttr(color.argb)}"/>` : "";
}

const UNDERLINE_VAL: Record<string, string> = {
  double: "double",
  singleAccounting: "singleAccounting",
  doubleAccounting: "doubleAccounting",
};

export function fontXml(font: Partial<ExcelJS.Font>): string {
  let xml = "<font>";
  if (font.bold) xml += "<b/>";
  if (font.italic) xml += "<i/>";
  if (font.underline === true || font.underline === "single") xml += "<u/>";
  else if (typeof font.underline === "string" && UNDERLINE_VAL[font.underline]) {
    xml += `<u val="${UNDERLINE_VAL[font.underline]}"/>`;
  }
  if (font.size !== undefined) xml += `<sz val="${font.size}"/>`;
  xml += colorXml("color", font.color);
  if (font.name !== undefined) xml += `<name val="${escapeAttr(font.name)}"/>`;
  return `${xml}</font>`;
}

export function fillXml(fill: ExcelJS.Fill): string {
  if (fill.type !== "pattern") return RESERVED_FILLS[0] ?? "";
  return (
    `<fill><patternFill patternType="${fill.pattern}">` +
    `${colorXml("fgColor", fill.fgColor)}${colorXml("bgColor", fill.bgColor)}</patternFill></fill>`
  );
}

function alignmentXml(alignment: Partial<ExcelJS.Alignment>): string {
  let xml = "<alignment";
  if (alignment.horizontal) xml += ` horizontal="${alignment.horizontal}"`;
  if (alignment.vertical) xml += ` vertical="${alignment.vertical}"`;
  if (alignment.wrapText) xml += ' wrapText="1"';
  if (alignment.indent) xml += ` indent="${alignment.indent}"`;
  return `${xml}/>`;
}

class Indexed {
  readonly items: string[];
  private readonly index = new Map<string, number>();
  constructor(initial: readonly string[]) {
    this.items = [...initial];
    initial.forEach((xml, i) => this.index.set(xml, i));
  }
  of(xml: string): number {
    let at = this.index.get(xml);
    if (at === undefined) {
      at = this.items.length;
      this.items.push(xml);
      this.index.set(xml, at);
    }
    return at;
  }
}

export class StylesPart {
  private readonly numFmts = new Map<string, number>();
  private readonly fonts = new Indexed([BASE_FONT]);
  private readonly fills = new Indexed(RESERVED_FILLS);
  private readonly xfs = new Indexed(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs = new Indexed([]);
  private readonly byStyle = new Map<CellStyle, Map<string, number>>();

  /**
   * The cellXfs index of a number format and host style (0: General, unformatted). `quotePrefix`: the
   * text was entered with Excel's leading apostrophe; the xf's quotePrefix="1" (ECMA-376 18.8.45) keeps
   * it, so F2+Enter in Excel leaves text such as "=cmd" or "00123" as text instead of re-reading it.
   */
  xf(numberFormat: string, style: CellStyle, quotePrefix = false): number {
    let byFormat = this.byStyle.get(style);
    if (!byFormat) {
      byFormat = new Map();
      this.byStyle.set(style, byFormat);
    }
    const key = quotePrefix ? `${numberFormat}\u0000quote` : numberFormat;
    let index = byFormat.get(key);
    if (index === undefined) {
      index = this.newXf(numberFormat, style, quotePrefix);
      byFormat.set(key, index);
    }
    return index;
  }

  /** The dxfs index of a conditional format's style (font color / bold / italic, fill). */
  dxf(style: Partial<ExcelJS.Style>): number {
    let xml = "<dxf>";
    if (style.font) xml += fontXml(style.font);
    if (style.fill) xml += fillXml(style.fill);
    return this.dxfs.of(`${xml}</dxf>`);
  }

  render(): string {
    const list = (tag: string, items: readonly string[]) =>
      `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    const numFmts = [...this.numFmts].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`,
    );
    return (
      `${XML_DECLARATION}<styleSheet xmlns="${NS_MAIN}">` +
      (numFmts.length > 0 ? list("numFmts", numFmts) : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list("dxfs", this.dxfs.items) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }

  private numFmtId(code: string): number {
    const builtin = BUILTIN_IDS.get(code);
    if (builtin !== undefined) return builtin;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT_ID + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  private newXf(numberFormat: string, style: CellStyle, quotePrefix: boolean): number {
    const numFmtId = this.numFmtId(numberFormat);
    const { font, fill, alignment } = style === DEFAULT_STYLE ? {} : styleToExcel(style);
    const fontId = font ? this.fonts.of(fontXml(font)) : 0;
    const fillId = fill ? this.fills.of(fillXml(fill)) : 0;
    let xml = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"`;
    if (numFmtId !== 0) xml += ' applyNumberFormat="1"';
    if (fontId !== 0) xml += ' applyFont="1"';
    if (fillId !== 0) xml += ' applyFill="1"';
    if (quotePrefix) xml += ' quotePrefix="1"';
    xml += alignment ? ` applyAlignment="1">${alignmentXml(alignment)}</xf>` : "/>";
    return this.xfs.of(xml);
  }
}
