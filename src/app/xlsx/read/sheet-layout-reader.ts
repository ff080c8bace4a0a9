/** Column widths and formats (<cols>) and merged ranges (<mergeCells>) of a worksheet part. */
import { MAX_COLUMNS, parseAddress, type Rect } from "../../../host/address";
import { attrOf, childrenOf, parseXml } from "../xml/mini-xml";
import { findElement } from "./sheet-regions";

export interface FileColumn {
  readonly index: number;
  /** File width (characters), when the file gives one. */
  readonly width: number | undefined;
  /** cellXfs index of the whole column's format, when the file gives one. */
  readonly style: number | undefined;
}

export function readColumns(xml: string, before: number): FileColumn[] {
  const region = findElement(xml, "cols");
  if (!region || region.start > before) return [];
  const columns: FileColumn[] = [];
  for (const col of childrenOf(parseXml(xml.slice(region.start, region.end)), "col")) {
    const min = Number(attrOf(col, "min"));
    const max = Math.min(Number(attrOf(col, "max") ?? min), MAX_COLUMNS);
    if (!Number.isInteger(min) || min < 1 || !(max >= min)) continue;
    const width = Number(attrOf(col, "width"));
    const style = Number(attrOf(col, "style"));
    for (let c = min; c <= max; c++) {
      columns.push({
        index: c - 1,
        width: Number.isFinite(width) && width > 0 ? width : undefined,
        style: Number.isInteger(style) && style > 0 ? style : undefined,
      });
    }
  }
  return columns;
}

export function readMerges(xml: string, after: number): Rect[] {
  const region = findElement(xml, "mergeCells", after);
  if (!region) return [];
  return childrenOf(parseXml(xml.slice(region.start, region.end)), "mergeCell")
    .map((m) => parseAddress(attrOf(m, "ref") ?? "")?.rect)
    .filter((r): r is Rect => r !== undefined);
}
