/**
 * The package exceljs is given, and what is read around it. exceljs unpacks every part of the zip it
 * is handed (pictures in xl/media included), so it gets only the few XML parts it reads for the app:
 * the workbook (names, views), its relationships, the styles (conditional formats' looks) and each
 * worksheet without its cells, data validation and links to other parts. Those parts were unpacked and
 * checked here first (zip limits, no DOCTYPE) and are stored uncompressed. Everything else (pictures,
 * comments, printer settings, macros) is never unpacked; pictures are counted from the drawing parts.
 */
import { ZipWriter } from "../zip/zip-writer";
import { readRelationships, type XlsxPackage } from "./package-reader";
import { slimSheetXml, type SheetRegions } from "./sheet-regions";
import { attrOf, parseXml } from "../xml/mini-xml";

/** A worksheet part, decoded, with where its cells and data validation are. */
export interface SheetPart {
  readonly xml: string;
  readonly regions: SheetRegions;
}

export async function exceljsPackage(
  pkg: XlsxPackage,
  workbookPath: string,
  sheets: ReadonlyMap<string, SheetPart>,
): Promise<Uint8Array> {
  const zip = new ZipWriter();
  const slash = workbookPath.lastIndexOf("/");
  const workbookRels = `${workbookPath.slice(0, slash + 1)}_rels/${workbookPath.slice(slash + 1)}.rels`;
  for (const name of ["_rels/.rels", workbookPath, workbookRels, pkg.stylesPath]) {
    if (name !== undefined && pkg.zip.has(name)) zip.addText(name, await pkg.zip.textOf(name), true);
  }
  for (const [name, part] of sheets) zip.addText(name, slimSheetXml(part.xml, part.regions), true);
  return zip.finish();
}

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
