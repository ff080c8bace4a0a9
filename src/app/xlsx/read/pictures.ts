/**
 * Pictures are not kept, but the user is told how many: counted from each sheet's drawing part (XML),
 * never by unpacking the pictures themselves (xl/media), which may be large or hostile.
 */
import { readRelationships, type XlsxPackage } from "./package-reader";
import type { SheetPart } from "./sheet-part";
import { attrOf, parseXml } from "../xml/mini-xml";

const PICTURE = /<(?:[A-Za-z_][\w.-]*:)?pic[\s>]/g;

/** How many pictures the sheet's drawing holds (0 without one); only the drawing's XML is unpacked. */
export async function countPictures(pkg: XlsxPackage, sheetPath: string, part: SheetPart): Promise<number> {
  const region = part.regions.drawing;
  if (!region) return 0;
  const id = attrOf(parseXml(part.xml.slice(region.start, region.end)), "id");
  const path = id === undefined ? undefined : (await readRelationships(pkg.zip, sheetPath)).get(id)?.path;
  if (path === undefined || !pkg.zip.has(path)) return 0;
  return (await pkg.zip.textOf(path)).match(PICTURE)?.length ?? 0;
}
