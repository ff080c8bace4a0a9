/**
 * Opens an .xlsx as an in-memory workbook for the host: sheets in order with values, formulas (the host
 * computes them), number formats, cell styles, tables, data validation, conditional formats, defined
 * names, column widths, row heights, frozen panes, sheet visibility and tab colors, and the add-in's
 * settings from the very hidden settings sheet. What the host cannot hold is listed in `notes`.
 *
 * Everything is read here straight from the XML, only the parts the app uses, each unpacked once and
 * checked (zip limits, no DOCTYPE): exceljs's object model cost several objects per cell and about
 * 30 s on 100k claim lines, unpacked every part (pictures too), and was half of the app's bundle.
 */
import { parseAddress, type Rect } from "../../host/address";
import type ExcelJS from "exceljs";
import { afterContentWrite } from "../../host/model/range-ops";
import type { SheetState, SheetVisibility } from "../../host/model/state";
import { addTable, checkTableName } from "../../host/model/table-ops";
import { WorkbookModel } from "../../host/model/workbook-model";
import { breathe } from "../slices";
import { cfRuleFromExcel } from "./cf-map";
import { readCharts } from "./read/charts-reader";
import { countPictures } from "./read/pictures";
import { readSheetPart, type SheetPart, type SheetPartOptions } from "./read/sheet-part";
import { contentOf, readCells, scanCells, type CellContext } from "./read/cells-reader";
import { openPackage, type PackageSheet, type XlsxPackage } from "./read/package-reader";
import { readConditionalFormattings, readSheetView, type SheetView } from "./read/sheet-settings-reader";
import { readSharedStrings } from "./read/shared-strings-reader";
import { readTables, type FileTable } from "./read/tables-reader";
import { readColumns, readMerges } from "./read/sheet-layout-reader";
import { readDifferentialFormats, readStyles, type CellFormat } from "./read/styles-reader";
import { parseSettingRows, SETTINGS_SHEET } from "./settings-sheet";
import { pointsFromFileWidth } from "./widths";

export interface ReadResult {
  readonly model: WorkbookModel;
  /** What the file had that the app could not keep, in plain words (empty when everything was kept). */
  readonly notes: string[];
}

function readSheetLayout(file: FileSheet, sheet: SheetState, formats: readonly CellFormat[]): void {
  const { state, part, view } = file;
  sheet.visibility = (
    state === "veryHidden" ? "VeryHidden" : state === "hidden" ? "Hidden" : "Visible"
  ) satisfies SheetVisibility;
  const argb = view.tabColor ?? "";
  if (/^[0-9a-f]{8}$/i.test(argb)) sheet.tabColor = `#${argb.slice(2).toUpperCase()}`;
  if (!view.showGridLines) sheet.showGridlines = false;
  sheet.freezeRows = view.frozenRows;
  sheet.freezeColumns = view.frozenColumns;
  for (const column of readColumns(part.xml, part.regions.sheetData?.start ?? part.xml.length)) {
    if (column.width !== undefined) sheet.columnWidths[column.index] = pointsFromFileWidth(column.width);
    const numberFormat = formats[column.style ?? 0]?.numberFormat ?? "General";
    if (numberFormat !== "General") {
      // A whole-column number format: cells created there later take it.
      sheet.cells.updateColumns(column.index, column.index, (cell) => cell.withNumberFormat(numberFormat));
    }
  }
}

function readConditionalFormats(
  model: WorkbookModel,
  file: FileSheet,
  sheet: SheetState,
  dxfs: readonly Partial<ExcelJS.Style>[],
  notes: string[],
): void {
  let dropped = 0;
  const after = file.part.regions.sheetData?.end ?? 0;
  for (const formatting of readConditionalFormattings(file.part.xml, after, dxfs)) {
    const rects = formatting.ref
      .split(/\s+/)
      .map((part) => parseAddress(part)?.rect)
      .filter((r): r is Rect => r !== undefined);
    for (const rule of formatting.rules) {
      const parts = cfRuleFromExcel(rule);
      if (!parts || rects.length === 0) {
        dropped++;
        continue;
      }
      sheet.conditionalFormats.push({
        id: model.nextId("CF"),
        rects,
        priority: typeof rule.priority === "number" ? rule.priority - 1 : sheet.conditionalFormats.length,
        ...parts,
      });
    }
  }
  sheet.conditionalFormats.sort((a, b) => a.priority - b.priority).forEach((cf, i) => (cf.priority = i));
  if (dropped > 0) {
    notes.push(
      `${dropped} conditional format(s) on ${sheet.name} (color scales, data bars, icon sets, top 10…) were not kept.`,
    );
  }
}

function createTables(
  model: WorkbookModel,
  sheet: SheetState,
  tables: readonly FileTable[],
  notes: string[],
) {
  for (const t of tables) {
    try {
      const table = addTable(model, sheet, t.rect, true);
      checkTableName(model, t.name, table);
      table.name = t.name;
      table.style = t.style;
      table.showBandedRows = t.bandedRows;
      table.showBandedColumns = t.bandedColumns;
      table.showFilterButton = t.filterButton;
      // Recognises calculated columns: the same formula down a column's whole data body.
      afterContentWrite(model, sheet, table.rect);
    } catch (error) {
      notes.push(
        `Table ${t.name} on ${sheet.name} could not be kept as a table: ${(error as Error).message}`,
      );
    }
  }
}

function readNames(model: WorkbookModel, pkg: XlsxPackage, notes: string[]): void {
  for (const { name, text, localSheetId } of pkg.definedNames) {
    if (name.startsWith("_xlnm.")) continue; // print areas, filters: Excel's own
    if (localSheetId !== undefined) {
      notes.push(`The name ${name} belongs to one sheet only; it was not kept.`);
      continue;
    }
    const reference = parseAddress(text.replace(/\$/g, ""));
    if (!reference?.sheet) {
      notes.push(`The name ${name} is not a range (${text.slice(0, 60)}); it was not kept.`);
      continue;
    }
    try {
      model.addName(name, `=${text}`, "", null);
    } catch (error) {
      notes.push(`The name ${name} was not kept: ${(error as Error).message}`);
    }
  }
}

async function readSettings(
  model: WorkbookModel,
  file: FileSheet,
  context: CellContext,
  notes: string[],
): Promise<void> {
  const rows: unknown[][] = [];
  await scanCells(file.part, file.path, {
    row() {},
    cell(raw) {
      if (raw.row === 0 || raw.col > 1) return; // the header row; only key and value columns
      const row = (rows[raw.row - 1] ??= [null, null]);
      row[raw.col] = contentOf(raw, context, () => null)?.value ?? null;
    },
  });
  const { settings, skipped } = parseSettingRows(rows.filter((row) => row !== undefined));
  for (const { key, value } of settings) model.setSetting(key, value);
  if (skipped.length > 0) notes.push(`Settings with unreadable values were skipped: ${skipped.join(", ")}.`);
}

async function countLosses(pkg: XlsxPackage, files: readonly FileSheet[], notes: string[]) {
  for (const { name, path, part } of files) {
    const images = await countPictures(pkg, path, part);
    if (images > 0) notes.push(`${images} picture(s) on ${name} are not shown and not saved again.`);
    if (readMerges(part.xml, part.regions.sheetData?.end ?? 0).length > 0)
      notes.push(`Merged cells on ${name} are shown and saved unmerged.`);
  }
}

/** A worksheet of the file: where it is, its part and its view settings. */
interface FileSheet extends PackageSheet {
  readonly part: SheetPart;
  readonly view: SheetView;
}

/** Reads an .xlsx. Throws (with the parser's message) when the file cannot be parsed. */
export async function readXlsx(
  data: ArrayBuffer | Uint8Array,
  /** How worksheet parts are split (tests force the large-part path on small files). */
  partOptions: SheetPartOptions = {},
): Promise<ReadResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const pkg = await openPackage(bytes);
  const parts = new Map<string, SheetPart>();
  const files: FileSheet[] = [];
  for (const sheet of pkg.sheets) {
    let part = parts.get(sheet.path);
    if (!part) {
      if (!pkg.zip.has(sheet.path)) throw new Error(`the sheet ${sheet.name} has no worksheet part`);
      part = await readSheetPart(pkg.zip, sheet.path, breathe, partOptions);
      parts.set(sheet.path, part);
      await breathe();
    }
    const view = readSheetView(part.xml, part.regions.sheetData?.start ?? part.xml.length);
    files.push({ ...sheet, part, view });
  }
  await breathe();

  const stylesXml =
    pkg.stylesPath && pkg.zip.has(pkg.stylesPath) ? await pkg.zip.textOf(pkg.stylesPath) : undefined;
  const context: CellContext = {
    strings: pkg.sharedStringsPath
      ? await readSharedStrings(await pkg.zip.textOf(pkg.sharedStringsPath, breathe), breathe)
      : [],
    formats: readStyles(stylesXml),
    formulas: new Map(),
  };
  const dxfs = readDifferentialFormats(stylesXml);

  const notes: string[] = [];
  const worksheets = files.filter((file) => file.name !== SETTINGS_SHEET);
  if (worksheets.length === 0) throw new Error("The workbook has no worksheets.");
  const model = new WorkbookModel({ sheetNames: worksheets.map((file) => file.name) });
  if (pkg.date1904) model.state.date1904 = true;

  const tablesBySheet = new Map<string, FileTable[]>();
  for (const file of worksheets) {
    const sheet = model.requireSheet(file.name);
    const { part, path, name } = file;
    const tables = await readTables(pkg.zip, path, name, part.xml, part.regions.tableParts, notes);
    tablesBySheet.set(name, tables);
    readSheetLayout(file, sheet, context.formats);
    await readCells(part, path, sheet, tables, context);
    readConditionalFormats(model, file, sheet, dxfs, notes);
  }
  for (const file of worksheets) {
    await breathe();
    createTables(model, model.requireSheet(file.name), tablesBySheet.get(file.name) ?? [], notes);
  }
  for (const { name, path, part } of worksheets) {
    const sheet = model.requireSheet(name);
    await readCharts(pkg.zip, model, sheet, path, part.xml, part.regions.sheetData?.end ?? 0, notes);
  }
  readNames(model, pkg, notes);
  const settingsSheet = files.find((file) => file.name === SETTINGS_SHEET);
  if (settingsSheet) await readSettings(model, settingsSheet, context, notes);
  await countLosses(pkg, worksheets, notes);
  restoreView(model, pkg, worksheets);
  model.touch();
  return { model, notes };
}

/** The sheet shown when the file was saved (else the first visible one), and its selected cell. */
function restoreView(model: WorkbookModel, pkg: XlsxPackage, files: readonly FileSheet[]): void {
  const active = files.find((file) => file.name === pkg.sheets[pkg.activeTab]?.name);
  const candidates = [active, ...files].filter((file): file is FileSheet => file !== undefined);
  for (const file of candidates) {
    const sheet = model.getSheet(file.name);
    if (!sheet || sheet.visibility !== "Visible") continue;
    const activeCell = file.view.activeCell;
    const rect = activeCell ? parseAddress(activeCell)?.rect : undefined;
    model.select(sheet, rect ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
    return;
  }
}
