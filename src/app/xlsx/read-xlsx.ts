/**
 * Opens an .xlsx (exceljs) as an in-memory workbook for the host: sheets in order with values, formulas
 * (the host computes them), number formats, cell styles, tables, data validation, conditional formats,
 * defined names, column widths, row heights, frozen panes, sheet visibility and tab colors, and the
 * add-in's settings from the very hidden settings sheet. What the host cannot hold is listed in `notes`.
 */
import ExcelJS from "exceljs";
import { parseAddress, type Rect } from "../../host/address";
import { Cell, EXCEL_ERROR_VALUES, type StoredValue, type ValueKind } from "../../host/model/cell";
import { afterContentWrite } from "../../host/model/range-ops";
import type { SheetState, SheetVisibility } from "../../host/model/state";
import { DEFAULT_STYLE } from "../../host/model/style";
import { addTable, checkTableName } from "../../host/model/table-ops";
import type { ValidationRuleState } from "../../host/model/validation";
import { WorkbookModel } from "../../host/model/workbook-model";
import { cfRuleFromExcel } from "./cf-map";
import { conditionalFormattings, dataValidations } from "./exceljs-extras";
import { fromFileFormula } from "./formula-text";
import { parseSettingRows, SETTINGS_SHEET } from "./settings-sheet";
import { styleFromExcel } from "./style-map";
import { validationFromExcel } from "./validation-map";
import { pointsFromFileWidth } from "./widths";

export interface ReadResult {
  readonly model: WorkbookModel;
  /** What the file had that the app could not keep, in plain words (empty when everything was kept). */
  readonly notes: string[];
}

interface FileTable {
  readonly name: string;
  readonly rect: Rect;
  readonly style: string;
  readonly bandedRows: boolean;
  readonly bandedColumns: boolean;
  readonly filterButton: boolean;
}

const DAY_MS = 86_400_000;
const EPOCH_1899 = Date.UTC(1899, 11, 30);

/** The serial Excel stored for a date exceljs turned into a Date (same arithmetic as exceljs, inverted). */
function serialOf(date: Date): number {
  return (date.getTime() - EPOCH_1899) / DAY_MS;
}

type Content = { value: StoredValue; kind: ValueKind; formula: string | null };

function contentOf(cell: ExcelJS.Cell, table: string | null): Content | null {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return { value, kind: "Double", formula: null };
  if (typeof value === "boolean") return { value, kind: "Boolean", formula: null };
  if (typeof value === "string") return value === "" ? null : { value, kind: "String", formula: null };
  if (value instanceof Date) return { value: serialOf(value), kind: "Double", formula: null };
  if ("formula" in value || "sharedFormula" in value) {
    const formula = cell.formula;
    if (!formula) return null;
    return { value: "", kind: "Empty", formula: fromFileFormula(formula, table) };
  }
  if ("richText" in value) {
    const text = value.richText.map((run) => run.text).join("");
    return text === "" ? null : { value: text, kind: "String", formula: null };
  }
  if ("error" in value) {
    const error = String(value.error);
    return { value: error, kind: EXCEL_ERROR_VALUES.includes(error) ? "Error" : "String", formula: null };
  }
  if ("text" in value) return { value: String(value.text), kind: "String", formula: null };
  return null;
}

function readTables(worksheet: ExcelJS.Worksheet, notes: string[]): FileTable[] {
  const tables: FileTable[] = [];
  for (const table of worksheet.getTables() as unknown as { table: Record<string, unknown> }[]) {
    const t = table.table as {
      name: string;
      tableRef?: string;
      ref?: string;
      headerRow?: boolean;
      totalsRow?: boolean;
      autoFilterRef?: string;
      style?: { theme?: string; showRowStripes?: boolean; showColumnStripes?: boolean };
    };
    const parsed = parseAddress(t.tableRef ?? t.ref ?? "");
    if (!parsed) {
      notes.push(
        `Table ${t.name} on ${worksheet.name} has no readable range; its cells were kept as a plain range.`,
      );
      continue;
    }
    if (t.headerRow === false) {
      notes.push(
        `Table ${t.name} on ${worksheet.name} hides its header row; its cells were kept as a plain range.`,
      );
      continue;
    }
    let rect = parsed.rect;
    if (t.totalsRow) {
      rect = { ...rect, r1: rect.r1 - 1 };
      notes.push(`The total row of table ${t.name} was kept as plain cells below the table.`);
    }
    tables.push({
      name: t.name,
      rect,
      style: t.style?.theme ?? "",
      bandedRows: t.style?.showRowStripes === true,
      bandedColumns: t.style?.showColumnStripes === true,
      filterButton: t.autoFilterRef !== undefined,
    });
  }
  return tables;
}

function tableAt(tables: readonly FileTable[], row: number, col: number): string | null {
  for (const t of tables) {
    if (row >= t.rect.r0 && row <= t.rect.r1 && col >= t.rect.c0 && col <= t.rect.c1) return t.name;
  }
  return null;
}

function readCells(worksheet: ExcelJS.Worksheet, sheet: SheetState, tables: readonly FileTable[]): void {
  const validations = dataValidations(worksheet).model;
  const ruleCache = new Map<ExcelJS.DataValidation, ValidationRuleState | null>();
  const ruleAt = (address: string): ValidationRuleState | null => {
    const dv = validations[address];
    if (!dv) return null;
    if (!ruleCache.has(dv)) ruleCache.set(dv, validationFromExcel(dv));
    return ruleCache.get(dv) ?? null;
  };
  const seen = new Set<string>();
  worksheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return; // shown in the merge's first cell
      const r = Number(cell.row) - 1;
      const c = Number(cell.col) - 1;
      const content = contentOf(cell, tableAt(tables, r, c));
      const numberFormat = cell.numFmt || "General";
      const style = styleFromExcel(cell.style ?? {});
      const validation = ruleAt(cell.address);
      seen.add(cell.address);
      if (!content && numberFormat === "General" && style === DEFAULT_STYLE && !validation) return;
      sheet.cells.set(
        r,
        c,
        new Cell(
          content?.value ?? "",
          content?.kind ?? "Empty",
          content?.formula ?? null,
          false,
          numberFormat,
          style,
          validation,
        ),
      );
    });
  });
  // Validation on cells that hold nothing else (e.g. the empty rows of a form).
  for (const address of Object.keys(validations)) {
    if (seen.has(address)) continue;
    const rule = ruleAt(address);
    const parsed = parseAddress(address);
    if (!rule || !parsed) continue;
    const { r0, c0 } = parsed.rect;
    sheet.cells.set(r0, c0, sheet.cells.get(r0, c0).withValidation(rule));
  }
}

function readSheetLayout(worksheet: ExcelJS.Worksheet, sheet: SheetState): void {
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
  worksheet.columns?.forEach((column, i) => {
    if (typeof column.width === "number") sheet.columnWidths[i] = pointsFromFileWidth(column.width);
    if (column.numFmt) {
      // A whole-column number format: cells created there later take it.
      sheet.cells.updateColumns(i, i, (cell) => cell.withNumberFormat(column.numFmt ?? "General"));
    }
  });
  worksheet.eachRow({ includeEmpty: true }, (row) => {
    if (typeof row.height === "number" && row.height > 0) sheet.rowHeights[row.number - 1] = row.height;
  });
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

function readSettings(model: WorkbookModel, worksheet: ExcelJS.Worksheet, notes: string[]): void {
  const rows: unknown[][] = [];
  worksheet.eachRow((row, number) => {
    if (number === 1) return;
    rows.push([row.getCell(1).value, row.getCell(2).value]);
  });
  const { settings, skipped } = parseSettingRows(rows);
  for (const { key, value } of settings) model.setSetting(key, value);
  if (skipped.length > 0) notes.push(`Settings with unreadable values were skipped: ${skipped.join(", ")}.`);
}

function countLosses(workbook: ExcelJS.Workbook, notes: string[]): void {
  for (const worksheet of workbook.worksheets) {
    const images = worksheet.getImages().length;
    if (images > 0)
      notes.push(`${images} picture(s) on ${worksheet.name} are not shown and not saved again.`);
    if (worksheet.hasMerges) notes.push(`Merged cells on ${worksheet.name} are shown and saved unmerged.`);
  }
}

/** Reads an .xlsx. Throws (with exceljs's message) when the file cannot be parsed. */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  const buffer = data instanceof Uint8Array ? data : new Uint8Array(data);
  // exceljs accepts a Buffer in Node and an ArrayBuffer in the browser: hand it exactly the file's bytes.
  await workbook.xlsx.load(
    buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
  );
  const notes: string[] = [];
  const worksheets = workbook.worksheets.filter((ws) => ws.name !== SETTINGS_SHEET);
  if (worksheets.length === 0) throw new Error("The workbook has no worksheets.");
  const model = new WorkbookModel({ sheetNames: worksheets.map((ws) => ws.name) });

  const tablesBySheet = new Map<string, FileTable[]>();
  for (const worksheet of worksheets) {
    const sheet = model.requireSheet(worksheet.name);
    const tables = readTables(worksheet, notes);
    tablesBySheet.set(worksheet.name, tables);
    readSheetLayout(worksheet, sheet);
    readCells(worksheet, sheet, tables);
    readConditionalFormats(model, worksheet, sheet, notes);
  }
  for (const worksheet of worksheets) {
    createTables(model, model.requireSheet(worksheet.name), tablesBySheet.get(worksheet.name) ?? [], notes);
  }
  readNames(model, workbook, notes);
  const settingsSheet = workbook.getWorksheet(SETTINGS_SHEET);
  if (settingsSheet) readSettings(model, settingsSheet, notes);
  countLosses(workbook, notes);
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
