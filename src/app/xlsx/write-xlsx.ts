/**
 * Saves the in-memory workbook as an .xlsx (exceljs): sheets in order with values, formulas (with their
 * computed results cached, so other programs show values before recalculating), number formats, cell
 * styles, real Excel tables, data validation, conditional formats, defined names, column widths, row
 * heights, frozen panes, visibility, tab colors and the add-in's settings (in a very hidden sheet).
 * What the file cannot carry (charts, formula-based names) is listed in `notes`.
 */
import ExcelJS from "exceljs";
import { cellAddress, quoteSheetName, rectAddress } from "../../host/address";
import type { Cell } from "../../host/model/cell";
import { cellValue } from "../../host/model/cell";
import type { SheetState, TableState } from "../../host/model/state";
import type { ValidationRuleState } from "../../host/model/validation";
import type { WorkbookModel } from "../../host/model/workbook-model";
import { cfRuleToExcel } from "./cf-map";
import { dataValidations } from "./exceljs-extras";
import { toFileFormula } from "./formula-text";
import { cellsToRects } from "./rects";
import { SETTINGS_HEADERS, SETTINGS_SHEET } from "./settings-sheet";
import { SharedStyles } from "./shared-styles";
import { validationToExcel } from "./validation-map";
import { fileWidthFromPoints } from "./widths";

export interface WriteResult {
  readonly bytes: Uint8Array;
  /** What the file could not keep, in plain words. */
  readonly notes: string[];
}

const VISIBILITY: Record<SheetState["visibility"], ExcelJS.WorksheetState> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

function tableAt(tables: readonly TableState[], row: number, col: number): TableState | undefined {
  return tables.find((t) => row >= t.rect.r0 && row <= t.rect.r1 && col >= t.rect.c0 && col <= t.rect.c1);
}

/** The exceljs value of a cell: formulas carry their computed result. */
function valueOf(cell: Cell, table: TableState | undefined): ExcelJS.CellValue {
  if (cell.formula !== null) {
    const result = cellValue(cell);
    const formula = toFileFormula(cell.formula, table?.name ?? null);
    if (cell.calcKind === "Error")
      return { formula, result: { error: String(result) } } as ExcelJS.CellFormulaValue;
    return { formula, ...(result === "" ? {} : { result }) };
  }
  if (cell.kind === "Empty") return null;
  if (cell.kind === "Error") return { error: String(cell.value) } as ExcelJS.CellErrorValue;
  return cell.value;
}

function writeCells(
  model: WorkbookModel,
  sheet: SheetState,
  worksheet: ExcelJS.Worksheet,
  tables: readonly TableState[],
  styles: SharedStyles,
  notes: string[],
): void {
  model.ensureCalculated();
  const byRule = new Map<ValidationRuleState, [number, number][]>();
  sheet.cells.forEach((cell, r, c) => {
    if (cell.isBlankDefault) return;
    const target = worksheet.getCell(r + 1, c + 1);
    const value = valueOf(cell, tableAt(tables, r, c));
    if (value !== null) target.value = value;
    // Always a shared object, also for unformatted cells: exceljs gave each new cell a style of its own.
    target.style = styles.get(cell.numberFormat, cell.style) as ExcelJS.Style;
    if (cell.validation && cell.validation.type !== "None") {
      const cells = byRule.get(cell.validation);
      if (cells) cells.push([r, c]);
      else byRule.set(cell.validation, [[r, c]]);
    }
  });
  let unsaved = 0;
  for (const [rule, cells] of byRule) {
    const dv = validationToExcel(rule);
    if (!dv) {
      unsaved += cells.length;
      continue;
    }
    for (const rect of cellsToRects(cells)) dataValidations(worksheet).add(rectAddress(rect), dv);
  }
  if (unsaved > 0) {
    notes.push(
      `Data validation on ${unsaved} cell(s) of ${sheet.name} uses a date formula the file writer cannot store.`,
    );
  }
}

function writeLayout(
  sheet: SheetState,
  worksheet: ExcelJS.Worksheet,
  active: boolean,
  model: WorkbookModel,
  styles: SharedStyles,
): void {
  for (const [col, points] of Object.entries(sheet.columnWidths)) {
    worksheet.getColumn(Number(col) + 1).width = fileWidthFromPoints(points);
  }
  for (const [col, cell] of sheet.cells.allColumnDefaults()) {
    // The column's own style only (column.numFmt = x would also restyle every cell already written there,
    // and those carry their own formats).
    if (cell.numberFormat !== "General")
      worksheet.getColumn(col + 1).style = styles.get(cell.numberFormat, cell.style) as ExcelJS.Style;
  }
  for (const [row, points] of Object.entries(sheet.rowHeights))
    worksheet.getRow(Number(row) + 1).height = points;
  const { selection } = model.state;
  const activeCell =
    active && selection.sheetId === sheet.id ? cellAddress(selection.rect.r0, selection.rect.c0) : "A1";
  const frozen = sheet.freezeRows > 0 || sheet.freezeColumns > 0;
  worksheet.views = [
    frozen
      ? {
          state: "frozen",
          xSplit: sheet.freezeColumns,
          ySplit: sheet.freezeRows,
          topLeftCell: cellAddress(sheet.freezeRows, sheet.freezeColumns),
          activeCell,
          showGridLines: sheet.showGridlines,
        }
      : { state: "normal", activeCell, showGridLines: sheet.showGridlines },
  ];
}

const NO_CELLS: ExcelJS.CellValue[] = [];

function writeTables(worksheet: ExcelJS.Worksheet, tables: readonly TableState[]): void {
  for (const table of tables) {
    // addTable writes the header and every row it is given into the cells, and takes the table's height
    // from the number of rows. The cells already hold the data: give it empty rows, one per data row.
    const rows: ExcelJS.CellValue[][] = Array.from({ length: table.rect.r1 - table.rect.r0 }, () => NO_CELLS);
    worksheet.addTable({
      name: table.name,
      displayName: table.name,
      ref: cellAddress(table.rect.r0, table.rect.c0),
      headerRow: true,
      totalsRow: false,
      style: {
        ...(table.style ? { theme: table.style as NonNullable<ExcelJS.TableStyleProperties["theme"]> } : {}),
        showRowStripes: table.showBandedRows,
        showColumnStripes: table.showBandedColumns,
      },
      columns: table.columns.map((column) => ({ name: column.name, filterButton: table.showFilterButton })),
      rows,
    });
  }
}

function writeConditionalFormats(sheet: SheetState, worksheet: ExcelJS.Worksheet, notes: string[]): void {
  let dropped = 0;
  for (const cf of [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority)) {
    const rule = cfRuleToExcel(cf);
    if (!rule || cf.rects.length === 0) {
      dropped++;
      continue;
    }
    worksheet.addConditionalFormatting({ ref: cf.rects.map(rectAddress).join(" "), rules: [rule] });
  }
  if (dropped > 0) notes.push(`${dropped} conditional format(s) on ${sheet.name} could not be saved.`);
}

function writeNames(model: WorkbookModel, workbook: ExcelJS.Workbook, notes: string[]): void {
  const skipped: string[] = [];
  for (const name of model.names()) {
    const sheet = name.ref ? model.sheetById(name.ref.sheetId) : undefined;
    if (!name.ref || !sheet || name.scopeSheetId !== null) {
      skipped.push(name.name);
      continue;
    }
    const rect = name.ref.rect;
    const absolute = rectAddress(rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    workbook.definedNames.add(`${quoteSheetName(sheet.name)}!${absolute}`, name.name);
  }
  if (skipped.length > 0) {
    notes.push(
      `Names that are formulas or belong to one sheet cannot be saved by the app: ${skipped.join(", ")}.`,
    );
  }
}

function writeSettings(model: WorkbookModel, workbook: ExcelJS.Workbook): void {
  const settings = model.state.settings;
  if (settings.length === 0) return;
  const worksheet = workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  worksheet.addRow([...SETTINGS_HEADERS]);
  // The JSON is text: "'"-free plain strings, never read as formulas (they start with { [ " or a digit).
  for (const { key, json } of settings) worksheet.addRow([key, json]);
}

/** Writes the workbook as .xlsx bytes. */
export async function writeXlsx(model: WorkbookModel): Promise<WriteResult> {
  const notes: string[] = [];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Practice Manager";
  workbook.created = new Date();
  const active = model.activeSheet();
  const sheets = model.sheets();
  let charts = 0;
  const styles = new SharedStyles();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      state: VISIBILITY[sheet.visibility],
      ...(sheet.tabColor ? { properties: { tabColor: { argb: `FF${sheet.tabColor.slice(1)}` } } } : {}),
    });
    const tables = model.state.tables.filter((t) => t.sheetId === sheet.id);
    writeCells(model, sheet, worksheet, tables, styles, notes);
    writeLayout(sheet, worksheet, sheet === active, model, styles);
    writeTables(worksheet, tables);
    writeConditionalFormats(sheet, worksheet, notes);
    charts += sheet.charts.length;
  }
  writeNames(model, workbook, notes);
  writeSettings(model, workbook);
  workbook.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      activeTab: Math.max(0, sheets.indexOf(active)),
      visibility: "visible",
    },
  ];
  if (charts > 0) notes.push(`${charts} chart(s) are not saved: exceljs cannot write charts.`);
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer), notes };
}
