/**
 * Where the elements of a worksheet part are that this reader handles itself: <sheetData> (the cells),
 * <dataValidations> and <tableParts>, and the small ones it reads directly (<cols>, <mergeCells>).
 */
import { tagEnd } from "../xml/mini-xml";

export interface Region {
  /** Start of the element's start tag. */
  readonly start: number;
  /** Inside: from just after the start tag to the end tag (empty for <x/>). */
  readonly innerStart: number;
  readonly innerEnd: number;
  /** Just past the end tag. */
  readonly end: number;
}

/** The first unprefixed <name> element at or after `from`; undefined when there is none. */
export function findElement(xml: string, name: string, from = 0): Region | undefined {
  let at = xml.indexOf(`<${name}`, from);
  while (at >= 0) {
    const next = xml.charCodeAt(at + name.length + 1);
    // "<sheetData" followed by ">", "/" or a space (not "<sheetDataX").
    if (next === 62 || next === 47 || next === 32 || next === 9 || next === 10 || next === 13) break;
    at = xml.indexOf(`<${name}`, at + 1);
  }
  if (at < 0) return undefined;
  const gt = tagEnd(xml, at + 1);
  if (gt < 0) return undefined;
  if (xml.charCodeAt(gt - 1) === 47) return { start: at, innerStart: gt + 1, innerEnd: gt + 1, end: gt + 1 };
  const closeTag = `</${name}>`;
  const close = xml.indexOf(closeTag, gt);
  if (close < 0) return undefined;
  return { start: at, innerStart: gt + 1, innerEnd: close, end: close + closeTag.length };
}

export interface SheetRegions {
  readonly sheetData: Region | undefined;
  readonly dataValidations: Region | undefined;
  readonly tableParts: Region | undefined;
  /** <drawing> (pictures, charts): pictures are counted from it (exceljs-package.ts). */
  readonly drawing: Region | undefined;
  /**
   * Elements linking to other parts that exceljs is not given (comments, pictures, links): left out of
   * what it reads, as it fails on a link to a part it does not have.
   */
  readonly links: readonly Region[];
}

/** Worksheet elements that point into the sheet's relationships (besides <tableParts>). */
const LINKING_ELEMENTS = [
  "hyperlinks",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
];

export function sheetRegions(xml: string): SheetRegions {
  const sheetData = findElement(xml, "sheetData");
  // These come after the cells; x14:dataValidations (in extLst) is a different element.
  const after = sheetData?.end ?? 0;
  const links = LINKING_ELEMENTS.map((name) => findElement(xml, name, after)).filter(
    (r): r is Region => r !== undefined,
  );
  return {
    sheetData,
    dataValidations: findElement(xml, "dataValidations", after),
    tableParts: findElement(xml, "tableParts", after),
    drawing: findElement(xml, "drawing", after),
    links,
  };
}

/**
 * The worksheet part without its cells, data validation and links to other parts: what exceljs is
 * given to read the rest (conditional formats, views, merged ranges, tab color).
 */
export function slimSheetXml(xml: string, regions: SheetRegions): string {
  const cut = [regions.sheetData, regions.dataValidations, regions.tableParts, ...regions.links]
    .filter((r): r is Region => r !== undefined)
    .sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const region of cut) {
    out += xml.slice(at, region.start);
    if (region === regions.sheetData) out += "<sheetData/>";
    at = region.end;
  }
  return out + xml.slice(at);
}
