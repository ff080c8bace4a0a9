/**
 * Saves the in-memory workbook as an .xlsx: sheets in order with values, formulas (with their computed
 * results cached, so other programs show values before recalculating), number formats, cell styles,
 * real Excel tables (with calculated columns), data validation, conditional formats, defined names,
 * column widths, row heights, frozen panes, visibility, tab colors and the add-in's settings (in a very
 * hidden sheet), and charts (DrawingML chart parts). What the file cannot carry (formula-based names,
 * chart types the app does not draw) is listed in `notes`.
 *
 * The package is written directly (not through exceljs's object model, which built several objects per
 * cell and took about 100 s for 100k claim lines): cells go from the host's rows into XML chunks, and
 * the zip is deflated by the platform's CompressionStream.
 */
import theme1 from "exceljs/lib/xlsx/xml/theme1";
import { quoteSheetName, rectAddress } from "../../host/address";
import type { SheetState } from "../../host/model/state";
import type { WorkbookModel } from "../../host/model/workbook-model";
import { breathe } from "../slices";
import { SETTINGS_HEADERS, SETTINGS_SHEET } from "./settings-sheet";
import { FileFormulas } from "./write/formula-cache";
import {
  APP_PROPERTIES,
  contentTypes,
  coreProperties,
  relationships,
  ROOT_RELS,
  workbookRels,
  workbookXml,
  type DefinedName,
  type SheetEntry,
} from "./write/package-parts";
import { REL, NS_MAIN, XML_DECLARATION } from "./write/namespaces";
import { SharedStringsPart } from "./write/shared-strings-part";
import { ChartParts } from "./write/sheet-charts";
import { renderSheet } from "./write/sheet-part";
import { StylesPart } from "./write/styles-part";
import { renderTable } from "./write/table-part";
import { ZipWriter } from "./zip/zip-writer";

export interface WriteResult {
  readonly bytes: Uint8Array;
  /** What the file could not keep, in plain words. */
  readonly notes: string[];
}

const STATE: Record<SheetState["visibility"], SheetEntry["state"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

function definedNames(model: WorkbookModel, notes: string[]): DefinedName[] {
  const names: DefinedName[] = [];
  const skipped: string[] = [];
  for (const name of model.names()) {
    const sheet = name.ref ? model.sheetById(name.ref.sheetId) : undefined;
    if (!name.ref || !sheet || name.scopeSheetId !== null) {
      skipped.push(name.name);
      continue;
    }
    const absolute = rectAddress(name.ref.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    names.push({ name: name.name, ref: `${quoteSheetName(sheet.name)}!${absolute}` });
  }
  if (skipped.length > 0) {
    notes.push(
      `Names that are formulas or belong to one sheet cannot be saved by the app: ${skipped.join(", ")}.`,
    );
  }
  return names;
}

/** The very hidden sheet of key / JSON rows (text cells; the JSON never starts with = + - @). */
function settingsSheet(model: WorkbookModel, strings: SharedStringsPart): string {
  const rows = [[...SETTINGS_HEADERS], ...model.state.settings.map(({ key, json }) => [key, json])];
  const body = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">` +
        cells.map((text, c) => `<c r="${"AB"[c]}${r + 1}" t="s"><v>${strings.of(text)}</v></c>`).join("") +
        "</row>",
    )
    .join("");
  return (
    `${XML_DECLARATION}<worksheet xmlns="${NS_MAIN}"><dimension ref="A1:B${rows.length}"/>` +
    `<sheetData>${body}</sheetData></worksheet>`
  );
}

/** Writes the workbook as .xlsx bytes. */
export async function writeXlsx(model: WorkbookModel): Promise<WriteResult> {
  // Pending formulas are computed in slices (a whole recalculation after opening a file is seconds), so
  // the synchronous check below finds nothing left.
  await model.calculate(breathe);
  model.ensureCalculated();
  await breathe();
  const notes: string[] = [];
  const zip = new ZipWriter();
  const styles = new StylesPart();
  const strings = new SharedStringsPart();
  const formulas = new FileFormulas();
  const sheets = model.sheets();
  const active = model.activeSheet();
  const entries: SheetEntry[] = [];
  let tableCount = 0;
  const charts = new ChartParts(model, zip, notes);

  for (const [i, sheet] of sheets.entries()) {
    const number = i + 1;
    entries.push({ name: sheet.name, state: STATE[sheet.visibility], number });
    const tables = model.state.tables.filter((t) => t.sheetId === sheet.id);
    const drawing = charts.add(sheet);
    const chunks = await renderSheet({
      model,
      sheet,
      tables,
      active: sheet === active,
      styles,
      strings,
      formulas,
      notes,
      drawingRelId: drawing ? `rId${tables.length + 1}` : undefined,
    });
    await zip.addInSteps(`xl/worksheets/sheet${number}.xml`, chunks, breathe);
    const targets: { type: string; target: string }[] = tables.map((_, i) => ({
      type: REL.table,
      target: `../tables/table${tableCount + i + 1}.xml`,
    }));
    for (const table of tables) {
      tableCount++;
      zip.addText(`xl/tables/table${tableCount}.xml`, renderTable(table, tableCount));
    }
    if (drawing) targets.push({ type: REL.drawing, target: drawing });
    if (targets.length > 0)
      zip.addText(`xl/worksheets/_rels/sheet${number}.xml.rels`, relationships(targets));
  }
  if (model.state.settings.length > 0) {
    const number = entries.length + 1;
    entries.push({ name: SETTINGS_SHEET, state: "veryHidden", number });
    zip.addText(`xl/worksheets/sheet${number}.xml`, settingsSheet(model, strings));
  }

  zip.addText(
    "xl/workbook.xml",
    workbookXml(
      entries,
      Math.max(0, sheets.indexOf(active)),
      definedNames(model, notes),
      model.state.date1904 === true,
    ),
  );
  zip.addText("xl/_rels/workbook.xml.rels", workbookRels(entries));
  await breathe();
  const sharedStrings = await strings.render(breathe);
  await zip.addInSteps("xl/sharedStrings.xml", sharedStrings, breathe);
  zip.addText("xl/styles.xml", styles.render());
  zip.addText("xl/theme/theme1.xml", theme1);
  zip.addText("[Content_Types].xml", contentTypes(entries.length, tableCount, charts.overrides));
  zip.addText("_rels/.rels", ROOT_RELS);
  zip.addText("docProps/core.xml", coreProperties("Practice Manager", new Date()));
  zip.addText("docProps/app.xml", APP_PROPERTIES);
  return { bytes: await zip.finish(), notes };
}
