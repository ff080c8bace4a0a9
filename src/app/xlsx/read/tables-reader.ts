/**
 * A worksheet's tables, from its <tableParts> and the table parts they link to. Read here rather than
 * through exceljs, which takes a table without headerRowCount="1" (how Excel writes every table with a
 * header row) as headerless, and stops reading columns at a calculated column's formula.
 */
import { parseAddress, rectRows, type Rect } from "../../../host/address";
import { attrOf, childOf, childrenOf, parseXml } from "../xml/mini-xml";
import { readRelationships } from "./package-reader";
import type { ZipReader } from "../zip/zip-reader";
import type { Region } from "./sheet-regions";

export interface FileTable {
  readonly name: string;
  readonly rect: Rect;
  readonly style: string;
  readonly bandedRows: boolean;
  readonly bandedColumns: boolean;
  readonly filterButton: boolean;
}

const isOn = (value: string | undefined) => value === "1" || value === "true";

/** `region`: where the sheet's <tableParts> element is, if it has one. */
export async function readTables(
  zip: ZipReader,
  sheetPath: string,
  sheetName: string,
  xml: string,
  region: Region | undefined,
  notes: string[],
): Promise<FileTable[]> {
  if (!region) return [];
  const rels = await readRelationships(zip, sheetPath);
  const tables: FileTable[] = [];
  for (const part of childrenOf(parseXml(xml.slice(region.start, region.end)), "tablePart")) {
    const path = rels.get(attrOf(part, "id") ?? "")?.path;
    if (!path || !zip.has(path)) continue;
    const table = parseXml(await zip.textOf(path));
    const name = attrOf(table, "displayName") ?? attrOf(table, "name") ?? "";
    const ref = attrOf(table, "ref") ?? "";
    refuseImpossibleRange(name, sheetName, ref);
    const parsed = parseAddress(ref);
    if (!parsed) {
      notes.push(
        `Table ${name} on ${sheetName} has no readable range; its cells were kept as a plain range.`,
      );
      continue;
    }
    if (attrOf(table, "headerRowCount") === "0") {
      notes.push(`Table ${name} on ${sheetName} hides its header row; its cells were kept as a plain range.`);
      continue;
    }
    let rect = parsed.rect;
    const totals = Number(attrOf(table, "totalsRowCount") ?? 0);
    // A header row and at least one data row: Excel has no table without them.
    if (!Number.isInteger(totals) || totals < 0 || rectRows(rect) - 1 - totals < 1) {
      throw new Error(
        `its table ${name} on ${sheetName} (${ref}) is declared with ${attrOf(table, "totalsRowCount")} ` +
          `total row(s), which leaves it no data rows`,
      );
    }
    if (totals > 0) {
      rect = { ...rect, r1: rect.r1 - totals };
      notes.push(`The total row of table ${name} was kept as plain cells below the table.`);
    }
    const style = childOf(table, "tableStyleInfo");
    tables.push({
      name,
      rect,
      style: attrOf(style, "name") ?? "",
      bandedRows: isOn(attrOf(style, "showRowStripes")),
      bandedColumns: isOn(attrOf(style, "showColumnStripes")),
      filterButton: childOf(table, "autoFilter") !== undefined,
    });
  }
  return tables;
}

const CORNER = /^\$?([A-Za-z]+)\$?(\d+)$/;

/**
 * A range Excel could not have written is refused rather than guessed: corners outside A1:XFD1048576,
 * or written backwards (B5:A1).
 */
function refuseImpossibleRange(name: string, sheetName: string, ref: string): void {
  const corners = ref.split(":");
  const rects = corners.map((corner) => (CORNER.test(corner) ? parseAddress(corner)?.rect : null));
  if (rects.some((r) => r === undefined)) {
    throw new Error(
      `its table ${name} on ${sheetName} has the range ${ref}, outside Excel's grid (A1:XFD1048576)`,
    );
  }
  const [first, last] = rects;
  if (first && last && (first.r0 > last.r0 || first.c0 > last.c0)) {
    throw new Error(`its table ${name} on ${sheetName} has the range ${ref}, written backwards`);
  }
}
