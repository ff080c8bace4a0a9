/**
 * Opens an .xlsx as an in-memory workbook for the host: sheets in order with values, formulas (the host
 * computes them), number formats, cell styles, tables, data validation, conditional formats, defined
 * names, column widths, row heights, frozen panes, sheet visibility and tab colors, and the add-in's
 * settings from the very hidden settings sheet. What the host cannot hold is listed in `notes`.
 *
 * The cells, shared strings, styles, data validation and tables are read here straight from the XML
 * (exceljs's object model cost several objects per cell and about 30 s on 100k claim lines); exceljs
 * reads the rest (conditional formats, views, names) from a copy of the few parts it needs
 * (read/exceljs-package.ts).
 */
import ExcelJS from "exceljs";
import { MAX_COLUMNS, parseAddress, type Rect } from "../../host/address";
import { Cell, EXCEL_ERROR_VALUES, type StoredValue, type ValueKind } from "../../host/model/cell";
import { afterContentWrite } from "../../host/model/range-ops";
import type { SheetState, SheetVisibility } from "../../host/model/state";
import { DEFAULT_STYLE } from "../../host/model/style";
import { addTable, checkTableName } from "../../host/model/table-ops";
import { WorkbookModel } from "../../host/model/workbook-model";
import { cfRuleFromExcel } from "./cf-map";
import { conditionalFormattings } from "./exceljs-extras";
import { fromFileFormula } from "./formula-text";
import { countPictures, exceljsPackage, type SheetPart } from "./read/exceljs-package";
import { openPackage, type XlsxPackage } from "./read/package-reader";
import { readSharedStrings } from "./read/shared-strings-reader";
import { readTables, type FileTable } from "./read/tables-reader";
import { scanSheetData, type RawCell } from "./read/sheet-data-reader";
import { readColumns, readMerges } from "./read/sheet-layout-reader";
import { sheetRegions } from "./read/sheet-regions";
import { DEFAULT_FORMAT, readStyles, type CellFormat } from "./read/styles-reader";
import { ValidationIndex } from "./read/validation-index";
import { readValidations } from "./read/validations-reader";
import { parseSettingRows, SETTINGS_SHEET } from "./settings-sheet";
import { pointsFromFileWidth } from "./widths";
import { excelUnescape } from "./xml/escape";

export interface ReadResult {
  readonly model: WorkbookModel;
  /** What the file had that the app could not keep, in plain words (empty when everything was kept). */
  readonly notes: string[];
}

/** What every sheet's cells are read with. */
interface CellContext {
  readonly strings: readonly string[];
  readonly formats: readonly CellFormat[];
  readonly formulas: Map<string, string>;
}

const DAY_MS = 86_400_000;
const EPOCH_1899 = Date.UTC(1899, 11, 30);

type Content = { value: StoredValue; kind: ValueKind; formula: string | null };

function formulaOf(context: CellContext, formula: string, table: string | null): string {
  // A calculated column repeats one formula on every row: convert it once.
  const key = table === null ? formula : `${table}\u0000${formula}`;
  let text = context.formulas.get(key);
  if (text === undefined) {
    text = fromFileFormula(formula, table);
    context.formulas.set(key, text);
  }
  return text;
}

function text(value: string): Content | null {
  return value === "" ? null : { value, kind: "String", formula: null };
}

/** A cell's content as the host holds it; null for a cell without content. */
function contentOf(raw: RawCell, context: CellContext, table: () => string | null): Content | null {
  if (raw.formula !== null) {
    return { value: "", kind: "Empty", formula: formulaOf(context, excelUnescape(raw.formula), table()) };
  }
  const v = raw.value;
  if (v === null) return null;
  switch (raw.type) {
    case "s":
      return text(context.strings[Number(v)] ?? "");
    case "str":
    case "inlineStr":
      return text(excelUnescape(v));
    case "b":
      return { value: v === "1" || v === "true", kind: "Boolean", formula: null };
    case "e":
      return { value: v, kind: EXCEL_ERROR_VALUES.includes(v) ? "Error" : "String", formula: null };
    case "d": {
      const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(v) ? v : `${v}Z`);
      return Number.isFinite(ms)
        ? { value: (ms - EPOCH_1899) / DAY_MS, kind: "Double", formula: null }
        : text(v);
    }
    default: {
      if (v === "") return null;
      const n = Number(v);
      return Number.isFinite(n) ? { value: n, kind: "Double", formula: null } : text(v);
    }
  }
}

function tableAt(tables: readonly FileTable[], row: number, col: number): string | null {
  for (const t of tables) {
    if (row >= t.rect.r0 && row <= t.rect.r1 && col >= t.rect.c0 && col <= t.rect.c1) return t.name;
  }
  return null;
}

function readCells(
  part: SheetPart,
  sheet: SheetState,
  tables: readonly FileTable[],
  context: CellContext,
): void {
  const { xml, regions } = part;
  const validation = new ValidationIndex();
  if (regions.dataValidations) {
    const { start, end } = regions.dataValidations;
    for (const { rule, rects } of readValidations(xml.slice(start, end))) {
      for (const rect of rects) validation.paint(rect, rule);
    }
  }
  // A merged range shows its first cell; the others are not read.
  const hidden = new Set<number>();
  for (const m of readMerges(xml, regions.sheetData?.end ?? 0)) {
    for (let r = m.r0; r <= m.r1; r++) {
      for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) hidden.add(r * MAX_COLUMNS + c);
    }
  }
  if (regions.sheetData) {
    scanSheetData(xml, regions.sheetData.innerStart, regions.sheetData.innerEnd, {
      row(row, height) {
        if (height !== null) sheet.rowHeights[row] = height;
      },
      cell(raw) {
        const { row: r, col: c } = raw;
        if (hidden.size > 0 && hidden.has(r * MAX_COLUMNS + c)) return;
        const format = context.formats[raw.style] ?? DEFAULT_FORMAT;
        const content = contentOf(raw, context, () => tableAt(tables, r, c));
        const rule = validation.at(r, c);
        if (!content && format.numberFormat === "General" && format.style === DEFAULT_STYLE && !rule) return;
        sheet.cells.set(
          r,
          c,
          new Cell(
            content?.value ?? "",
            content?.kind ?? "Empty",
            content?.formula ?? null,
            false,
            format.numberFormat,
            format.style,
            rule,
          ),
        );
      },
    });
  }
  // Validation on cells that hold nothing else (e.g. the empty rows of a form).
  validation.forEachSegment((c, r0, r1, rule) => {
    for (let r = r0; r <= r1; r++) {
      if (sheet.cells.explicit(r, c) === undefined)
        sheet.cells.set(r, c, sheet.cells.get(r, c).withValidation(rule));
    }
  });
}

function readSheetLayout(
  worksheet: ExcelJS.Worksheet,
  part: SheetPart,
  sheet: SheetState,
  formats: readonly CellFormat[],
): void {
  const state = worksheet.state as string;
  sheet.visibility = (
    state === "veryHidden" ? "VeryHidden" : state === "hidden" ? "Hidden" : "Visible"
  ) satisfies SheetVisibility;
  const tab = worksheet.properties?.tabColor as Partial<ExcelJS.Color> | undefined;
  const argb = typeof tab?.argb === "string" ? tab.argb : "";
  if (/^[0-9a-f]{8}$/i.test(argb)) sheet.tabColor = `#${argb.slice(2).toUpperCase()}`;
  const view = worksheet.views?.[0] as
    Partial<ExcelJS.WorksheetViewFrozen & ExcelJS.WorksheetViewCommon> | undefined;
  if (view?.showGridLines === false) sheet.showGridlines = false;
  if (view?.state === "frozen") {
    sheet.freezeRows = view.ySplit ?? 0;
    sheet.freezeColumns = view.xSplit ?? 0;
  }
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
  worksheet: ExcelJS.Worksheet,
  sheet: SheetState,
  notes: string[],
): void {
  let dropped = 0;
  for (const formatting of conditionalFormattings(worksheet)) {
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

function readNames(model: WorkbookModel, workbook: ExcelJS.Workbook, notes: string[]): void {
  const names = (workbook.definedNames.model ?? []) as { name: string; ranges: string[] }[];
  for (const { name, ranges } of names) {
    if (name.startsWith("_xlnm.")) continue; // print areas, filters: Excel's own
    if (ranges.length !== 1 || !ranges[0]) {
      notes.push(`The name ${name} refers to several ranges; it was not kept.`);
      continue;
    }
    try {
      model.addName(name, `=${ranges[0]}`, "", null);
    } catch (error) {
      notes.push(`The name ${name} was not kept: ${(error as Error).message}`);
    }
  }
}

function readSettings(model: WorkbookModel, part: SheetPart, context: CellContext, notes: string[]): void {
  const region = part.regions.sheetData;
  if (!region) return;
  const rows: unknown[][] = [];
  scanSheetData(part.xml, region.innerStart, region.innerEnd, {
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

async function countLosses(
  pkg: XlsxPackage,
  workbook: ExcelJS.Workbook,
  partOf: (worksheet: ExcelJS.Worksheet) => { path: string; part: SheetPart },
  notes: string[],
): Promise<void> {
  for (const worksheet of workbook.worksheets) {
    const { path, part } = partOf(worksheet);
    const images = await countPictures(pkg, path, part);
    if (images > 0)
      notes.push(`${images} picture(s) on ${worksheet.name} are not shown and not saved again.`);
    if (worksheet.hasMerges) notes.push(`Merged cells on ${worksheet.name} are shown and saved unmerged.`);
  }
}

/** exceljs reads the rest of the package; what it throws is its parser's wording, not the user's. */
async function loadWithExceljs(pkg: XlsxPackage, parts: ReadonlyMap<string, SheetPart>) {
  const slim = await exceljsPackage(pkg, pkg.workbookPath, parts);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs accepts a Buffer in Node and an ArrayBuffer in the browser: hand it exactly the bytes.
    await workbook.xlsx.load(
      slim.buffer.slice(slim.byteOffset, slim.byteOffset + slim.byteLength) as ArrayBuffer,
    );
  } catch (error) {
    console.warn("exceljs could not read the package", error);
    throw new Error(
      "its workbook or sheet settings (sheet list, names, views, conditional formats) are not " +
        "well-formed XML as Excel writes it",
    );
  }
  return workbook;
}

/** Reads an .xlsx. Throws (with the parser's message) when the file cannot be parsed. */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<ReadResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const pkg = await openPackage(bytes);
  const parts = new Map<string, SheetPart>();
  for (const { path } of pkg.sheets) {
    if (parts.has(path) || !pkg.zip.has(path)) continue;
    const xml = await pkg.zip.textOf(path);
    parts.set(path, { xml, regions: sheetRegions(xml) });
  }
  const workbook = await loadWithExceljs(pkg, parts);

  const context: CellContext = {
    strings: pkg.sharedStringsPath ? readSharedStrings(await pkg.zip.textOf(pkg.sharedStringsPath)) : [],
    formats: readStyles(
      pkg.stylesPath && pkg.zip.has(pkg.stylesPath) ? await pkg.zip.textOf(pkg.stylesPath) : undefined,
    ),
    formulas: new Map(),
  };
  const pathOf = new Map(pkg.sheets.map((s) => [s.name, s.path]));
  const partAndPath = (worksheet: ExcelJS.Worksheet): { path: string; part: SheetPart } => {
    const path = pathOf.get(worksheet.name) ?? "";
    const part = parts.get(path);
    if (!part) throw new Error(`the sheet ${worksheet.name} has no worksheet part`);
    return { path, part };
  };
  const partOf = (worksheet: ExcelJS.Worksheet): SheetPart => partAndPath(worksheet).part;

  const notes: string[] = [];
  const worksheets = workbook.worksheets.filter((ws) => ws.name !== SETTINGS_SHEET);
  if (worksheets.length === 0) throw new Error("The workbook has no worksheets.");
  const model = new WorkbookModel({ sheetNames: worksheets.map((ws) => ws.name) });

  const tablesBySheet = new Map<string, FileTable[]>();
  for (const worksheet of worksheets) {
    const sheet = model.requireSheet(worksheet.name);
    const part = partOf(worksheet);
    const path = pathOf.get(worksheet.name) ?? "";
    const tables = await readTables(pkg.zip, path, worksheet.name, part.xml, part.regions.tableParts, notes);
    tablesBySheet.set(worksheet.name, tables);
    readSheetLayout(worksheet, part, sheet, context.formats);
    readCells(part, sheet, tables, context);
    readConditionalFormats(model, worksheet, sheet, notes);
  }
  for (const worksheet of worksheets) {
    createTables(model, model.requireSheet(worksheet.name), tablesBySheet.get(worksheet.name) ?? [], notes);
  }
  readNames(model, workbook, notes);
  const settingsSheet = workbook.getWorksheet(SETTINGS_SHEET);
  if (settingsSheet) readSettings(model, partOf(settingsSheet), context, notes);
  await countLosses(pkg, workbook, partAndPath, notes);
  restoreView(model, workbook, worksheets);
  model.touch();
  return { model, notes };
}

/** The sheet that was active when the file was saved, and its selected cell. */
function restoreView(
  model: WorkbookModel,
  workbook: ExcelJS.Workbook,
  worksheets: ExcelJS.Worksheet[],
): void {
  const all = workbook.worksheets;
  const activeTab = (workbook.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  const active = all[activeTab];
  const candidates = [active, ...worksheets].filter((ws): ws is ExcelJS.Worksheet => ws !== undefined);
  for (const worksheet of candidates) {
    const sheet = model.getSheet(worksheet.name);
    if (!sheet || sheet.visibility !== "Visible") continue;
    const activeCell = (worksheet.views?.[0] as Partial<ExcelJS.WorksheetViewCommon> | undefined)?.activeCell;
    const rect = activeCell ? parseAddress(activeCell)?.rect : undefined;
    model.select(sheet, rect ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
    return;
  }
}
