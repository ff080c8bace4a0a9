/**
 * The parts of an .xlsx package the reader needs, found the way the format says: the workbook through
 * the root relationships, each sheet's part through the workbook's relationships.
 */
import { ZipReader } from "../zip/zip-reader";
import { attrOf, childOf, childrenOf, parseXml } from "../xml/mini-xml";

export interface PackageSheet {
  readonly name: string;
  /** The state attribute: "hidden", "veryHidden" or undefined (visible). */
  readonly state: string | undefined;
  /** Zip entry name, e.g. "xl/worksheets/sheet1.xml". */
  readonly path: string;
}

export interface XlsxPackage {
  readonly zip: ZipReader;
  /** Zip entry name of the workbook part, e.g. "xl/workbook.xml". */
  readonly workbookPath: string;
  readonly sheets: readonly PackageSheet[];
  readonly sharedStringsPath: string | undefined;
  readonly stylesPath: string | undefined;
  /** workbookPr date1904 (ECMA-376 18.2.28): serial dates count from 1904. */
  readonly date1904: boolean;
  /** Index (in the file's sheet list) of the sheet shown when the file was saved. */
  readonly activeTab: number;
  readonly definedNames: readonly DefinedNameText[];
}

export interface DefinedNameText {
  readonly name: string;
  /** What the name refers to, as written ("Sheet1!$A$1:$B$4", "0.05"). */
  readonly text: string;
  /** Set for a name scoped to one sheet (its index in the file's sheet list). */
  readonly localSheetId: string | undefined;
}

const TYPE_SUFFIX = {
  officeDocument: "/officeDocument",
  worksheet: "/worksheet",
  sharedStrings: "/sharedStrings",
  styles: "/styles",
};

/** "xl/" + "worksheets/sheet1.xml", "xl/" + "/xl/a.xml", "xl/worksheets/" + "../tables/t.xml". */
export function resolvePart(baseDir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : baseDir + target).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}

/** The relationships of a part: id -> { type, target resolved to a zip entry name }. */
export async function readRelationships(
  zip: ZipReader,
  partPath: string,
): Promise<Map<string, { type: string; path: string }>> {
  const slash = partPath.lastIndexOf("/");
  const dir = slash < 0 ? "" : partPath.slice(0, slash + 1);
  const relsPath = `${dir}_rels/${partPath.slice(slash + 1)}.rels`;
  const out = new Map<string, { type: string; path: string }>();
  if (!zip.has(relsPath)) return out;
  for (const rel of childrenOf(parseXml(await zip.textOf(relsPath)), "Relationship")) {
    const id = attrOf(rel, "Id");
    const target = attrOf(rel, "Target");
    if (id === undefined || target === undefined || attrOf(rel, "TargetMode") === "External") continue;
    out.set(id, { type: attrOf(rel, "Type") ?? "", path: resolvePart(dir, target) });
  }
  return out;
}

export async function openPackage(bytes: Uint8Array): Promise<XlsxPackage> {
  const zip = new ZipReader(bytes);
  const root = await readRelationships(zip, "");
  const workbookPath =
    [...root.values()].find((r) => r.type.endsWith(TYPE_SUFFIX.officeDocument))?.path ?? "xl/workbook.xml";
  if (!zip.has(workbookPath)) throw new Error("the file has no workbook part");
  const rels = await readRelationships(zip, workbookPath);
  const workbook = parseXml(await zip.textOf(workbookPath));
  const sheets: PackageSheet[] = [];
  for (const sheet of childrenOf(childOf(workbook, "sheets"), "sheet")) {
    const name = attrOf(sheet, "name");
    const rel = rels.get(attrOf(sheet, "id") ?? "");
    if (name !== undefined && rel && rel.type.endsWith(TYPE_SUFFIX.worksheet))
      sheets.push({ name, path: rel.path, state: attrOf(sheet, "state") });
  }
  const definedNames = childrenOf(childOf(workbook, "definedNames"), "definedName").map((d) => ({
    name: attrOf(d, "name") ?? "",
    text: d.text,
    localSheetId: attrOf(d, "localSheetId"),
  }));
  const activeTab = Number(attrOf(childOf(childOf(workbook, "bookViews"), "workbookView"), "activeTab") ?? 0);
  const byType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.path;
  return {
    zip,
    workbookPath,
    sheets,
    sharedStringsPath: byType(TYPE_SUFFIX.sharedStrings),
    stylesPath: byType(TYPE_SUFFIX.styles),
    date1904: ["1", "true"].includes(attrOf(childOf(workbook, "workbookPr"), "date1904") ?? ""),
    activeTab: Number.isInteger(activeTab) ? activeTab : 0,
    definedNames,
  };
}
