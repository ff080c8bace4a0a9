/**
 * The package's small parts: [Content_Types].xml, the relationships, xl/workbook.xml (sheets, visibility,
 * active tab, defined names) and the document properties.
 */
import { escapeAttr, escapeText } from "../xml/escape";
import { CONTENT_TYPE, NS_MAIN, NS_R, NS_RELS, REL, XML_DECLARATION } from "./namespaces";

export interface SheetEntry {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  /** 1-based: xl/worksheets/sheet{n}.xml. */
  readonly number: number;
}

export interface DefinedName {
  readonly name: string;
  /** "'My Sheet'!$A$1:$B$2" */
  readonly ref: string;
}

/** `extra`: parts written beside the sheets and tables (drawings, charts). */
export function contentTypes(
  sheets: number,
  tables: number,
  extra: readonly { part: string; type: string }[] = [],
): string {
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  const items = [
    `<Default Extension="rels" ContentType="${CONTENT_TYPE.rels}"/>`,
    `<Default Extension="xml" ContentType="${CONTENT_TYPE.xml}"/>`,
    override("/xl/workbook.xml", CONTENT_TYPE.workbook),
  ];
  for (let i = 1; i <= sheets; i++)
    items.push(override(`/xl/worksheets/sheet${i}.xml`, CONTENT_TYPE.worksheet));
  for (let i = 1; i <= tables; i++) items.push(override(`/xl/tables/table${i}.xml`, CONTENT_TYPE.table));
  for (const { part, type } of extra) items.push(override(part, type));
  items.push(
    override("/xl/theme/theme1.xml", CONTENT_TYPE.theme),
    override("/xl/styles.xml", CONTENT_TYPE.styles),
    override("/xl/sharedStrings.xml", CONTENT_TYPE.sharedStrings),
    override("/docProps/core.xml", CONTENT_TYPE.core),
    override("/docProps/app.xml", CONTENT_TYPE.app),
  );
  return `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${items.join("")}</Types>`;
}

export function relationships(targets: readonly { type: string; target: string }[]): string {
  const items = targets.map(
    ({ type, target }, i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${escapeAttr(target)}"/>`,
  );
  return `${XML_DECLARATION}<Relationships xmlns="${NS_RELS}">${items.join("")}</Relationships>`;
}

export const ROOT_RELS = relationships([
  { type: REL.officeDocument, target: "xl/workbook.xml" },
  { type: REL.coreProperties, target: "docProps/core.xml" },
  { type: REL.extendedProperties, target: "docProps/app.xml" },
]);

/** xl/_rels/workbook.xml.rels: the sheets first (rId1..rIdN, as workbook.xml refers to them). */
export function workbookRels(sheets: readonly SheetEntry[]): string {
  return relationships([
    ...sheets.map((s) => ({ type: REL.worksheet, target: `worksheets/sheet${s.number}.xml` })),
    { type: REL.styles, target: "styles.xml" },
    { type: REL.theme, target: "theme/theme1.xml" },
    { type: REL.sharedStrings, target: "sharedStrings.xml" },
  ]);
}

export function workbookXml(
  sheets: readonly SheetEntry[],
  activeTab: number,
  names: readonly DefinedName[],
  date1904 = false,
): string {
  const sheetItems = sheets.map(
    (s, i) =>
      `<sheet name="${escapeAttr(s.name)}" sheetId="${s.number}"` +
      `${s.state === "visible" ? "" : ` state="${s.state}"`} r:id="rId${i + 1}"/>`,
  );
  const nameItems = names.map(
    (n) => `<definedName name="${escapeAttr(n.name)}">${escapeText(n.ref)}</definedName>`,
  );
  return (
    `${XML_DECLARATION}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
    (date1904 ? '<workbookPr date1904="1"/>' : "") +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000" activeTab="${activeTab}"/></bookViews>` +
    `<sheets>${sheetItems.join("")}</sheets>` +
    (nameItems.length > 0 ? `<definedNames>${nameItems.join("")}</definedNames>` : "") +
    '<calcPr calcId="171027"/></workbook>'
  );
}

export function coreProperties(creator: string, created: Date): string {
  const when = `${created.toISOString().slice(0, 19)}Z`;
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${escapeText(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

export const APP_PROPERTIES =
  `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
  "<Application>Microsoft Excel</Application></Properties>";
