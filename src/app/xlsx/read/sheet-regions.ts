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
  /** <drawing> (pictures, charts): pictures are counted from it (pictures.ts). */
  readonly drawing: Region | undefined;
}

export function sheetRegions(xml: string): SheetRegions {
  const sheetData = findElement(xml, "sheetData");
  // These come after the cells; x14:dataValidations (in extLst) is a different element.
  const after = sheetData?.end ?? 0;
  return {
    sheetData,
    dataValidations: findElement(xml, "dataValidations", after),
    tableParts: findElement(xml, "tableParts", after),
    drawing: findElement(xml, "drawing", after),
  };
}
