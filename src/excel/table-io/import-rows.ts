/**
 * Large appends the way "Optimize performance using the Excel JavaScript API", section "Import data into
 * tables" (https://learn.microsoft.com/office/dev/add-ins/excel/performance) advises: importing a huge amount
 * of data through TableRowCollection.add "might experience slow performance"; write it into the rows below
 * the table's data body instead.
 *
 * How the table takes the rows in. The page says the table "will expand automatically": that is Excel's
 * AutoExpand, the AutoCorrect option "Include new rows and columns in table", which a user can turn off and
 * Office.js can neither read nor set; and API writes below a table have expanded it only in part when cells
 * are blank (office-js issues #2097, #3013, #3191). So we do not rely on it: each chunk's sync first calls
 * Table.resize (ExcelApi 1.13, documented: same header row, overlapping the old range) to take in exactly
 * the rows it is about to fill, then fills them. Resize inserts and moves no cells, which decides the rest:
 * - The rows below must be empty (checked with the table's shape, values only): anything there (a user's
 *   note, another table) and the append goes through rows.add, which inserts and moves it down instead.
 * - New rows do not take the row above's number formats and data validation as rows.add's do: both are
 *   written, the number formats before the values, so "00123" lands in a Text (@) cell and stays text.
 * - Calculated columns get the catalog formula written, as on the rows.add path (AutoCorrect's "Fill
 *   formulas in tables" may be off, and the docs do not say whether resize fills them).
 * Where Table.resize is missing (a build without ExcelApi 1.13; the manifest asks 1.12) appends use rows.add.
 * What the docs leave open (conditional formats over whole columns, cell styles) is a TESTING.md step.
 */
import type { CellValue } from "../../domain/catalog";
import { jsonBytes } from "./budget";
import type { TableShape } from "./table-shape";

/**
 * Appends of at least this many rows take the import path. Below it rows.add is one cheap call that keeps
 * Excel's own inheritance from the row above (the docs warn about "a huge amount of data", not a few rows).
 */
export const IMPORT_MIN_ROWS = 500;

/** Table.resize is ExcelApi 1.13; the manifest asks 1.12, so it is only called where isSetSupported says. */
interface ResizableTable {
  resize(newRange: Excel.Range | string): void;
}

/** Whether this Excel has Table.resize; outside Office (the in-memory host, which has it) it has. */
export function tableResizeSupported(): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported("ExcelApi", "1.13");
}

/** What the import path needs to know, queued with the table's shape (no sync of its own). */
export interface ImportProbe {
  readonly table: Excel.Table;
  /** The used range (values only) of the rows right below the table, in its columns: null object if empty. */
  readonly below: Excel.Range;
  /** Data validation of the last body row's cells, for the columns the table is expected to have. */
  readonly validations: readonly Excel.DataValidation[];
}

/**
 * Queues (no sync) the question "is anything in the `rows` rows right below the table, in its columns?",
 * and the data validation of the last body row's first `expectedWidth` cells (getCell may reach past a
 * narrower table). Values only: a cell formatted but empty is not user data (the append writes its format
 * as rows.add would give it one).
 */
export function queueImportProbe(table: Excel.Table, rows: number, expectedWidth: number): ImportProbe {
  const below = table
    .getRange()
    .getLastRow()
    .getOffsetRange(1, 0)
    .getResizedRange(Math.max(rows, 1) - 1, 0)
    .getUsedRangeOrNullObject(true);
  below.load("address");
  // A total row sits between the data and the rows below; rows.add handles that case.
  table.load("showTotals");
  const last = table.getDataBodyRange().getLastRow();
  const validations = Array.from({ length: expectedWidth }, (_, at) => loadValidation(last.getCell(0, at)));
  return { table, below, validations };
}

function loadValidation(cell: Excel.Range): Excel.DataValidation {
  const validation = cell.dataValidation;
  validation.load("type,rule,errorAlert,prompt,ignoreBlanks");
  return validation;
}

/** The data validation a column's last body row has (what rows.add would copy into new rows). */
export interface ColumnRule {
  readonly at: number;
  readonly rule: Excel.DataValidationRule;
  readonly errorAlert: Excel.DataValidationErrorAlert;
  readonly prompt: Excel.DataValidationPrompt;
  readonly ignoreBlanks: boolean;
}

/** Whether the import path may write below the table: nothing there, and no total row in between. */
export function canImport(probe: ImportProbe): boolean {
  return probe.below.isNullObject && !probe.table.showTotals;
}

/**
 * The columns' data validation (columns without one left out): from the probe, plus one sync for the
 * columns of a table wider than expected (a user's own columns).
 */
export async function columnRules(
  context: Excel.RequestContext,
  shape: TableShape,
  probe: ImportProbe,
): Promise<ColumnRule[]> {
  const width = shape.headers.length;
  const validations = probe.validations.slice(0, width);
  if (validations.length < width) {
    const lastRow = shape.firstRow + Math.max(shape.rowCount, 1) - 1;
    const row = shape.worksheet.getRangeByIndexes(lastRow, shape.firstColumn, 1, width);
    for (let at = validations.length; at < width; at++) validations.push(loadValidation(row.getCell(0, at)));
    await context.sync();
  }
  const rules: ColumnRule[] = [];
  validations.forEach((v, at) => {
    if (v.type === "None" || v.type === "Inconsistent") return;
    rules.push({
      at,
      rule: v.rule,
      errorAlert: v.errorAlert,
      prompt: v.prompt,
      ignoreBlanks: v.ignoreBlanks,
    });
  });
  return rules;
}

/** Bytes the number formats add to each imported row's request. */
export function formatRowBytes(formats: readonly string[]): number {
  return jsonBytes(formats) + 1;
}

/** Bytes of the validation rules (written once, with the first chunk). */
export function rulesBytes(rules: readonly ColumnRule[]): number {
  return rules.length === 0 ? 0 : jsonBytes(rules) + rules.length * 256;
}

/**
 * Queues (no sync) one chunk of the import: the table resized to end at the chunk's last row, then the
 * chunk's number formats and values (null: leave the cell, blank here). `start` is the sheet row of the
 * chunk's first row.
 */
export function queueImportChunk(
  shape: TableShape,
  start: number,
  chunk: readonly CellValue[][],
  formats: readonly string[],
): void {
  const width = shape.headers.length;
  const headerRow = shape.firstRow - 1;
  const end = start + chunk.length - 1;
  const whole = shape.worksheet.getRangeByIndexes(headerRow, shape.firstColumn, end - headerRow + 1, width);
  (shape.table as unknown as ResizableTable).resize(whole);
  const rows = shape.worksheet.getRangeByIndexes(start, shape.firstColumn, chunk.length, width);
  rows.numberFormat = chunk.map(() => [...formats]);
  rows.values = chunk as CellValue[][];
}

/**
 * Queues (no sync) the columns' data validation over all `count` rows from sheet row `start`: with the
 * first chunk, so no imported row is ever in the table without it (rules travel once, not per chunk).
 * Should a later chunk fail, the empty rows it did not reach keep the column's rule, nothing else.
 */
export function queueImportValidation(
  shape: TableShape,
  start: number,
  count: number,
  rules: readonly ColumnRule[],
): void {
  for (const { at, rule, errorAlert, prompt, ignoreBlanks } of rules) {
    const validation = shape.worksheet.getRangeByIndexes(
      start,
      shape.firstColumn + at,
      count,
      1,
    ).dataValidation;
    validation.clear();
    validation.rule = rule;
    validation.errorAlert = errorAlert;
    validation.prompt = prompt;
    validation.ignoreBlanks = ignoreBlanks;
  }
}
