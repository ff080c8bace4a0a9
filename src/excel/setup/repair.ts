/**
 * Set up on tables that already exist: adds what is missing without touching a value. Number formats go
 * only on cells still in Excel's "General" format (the user's own formats stay), data validation only on
 * columns that have none, widths only where the column still has Excel's default width, the header row
 * is frozen only when the sheet freezes nothing. Each change is reported ("Providers: time format on Day
 * Start, Day End").
 */
import { normalizeHeader, type ColumnSpec, type TableName, type TableSpec } from "../../domain/catalog";
import type { TableShape } from "../table-io/table-shape";
import { MAX_REQUEST_BYTES, fillBytes, jsonBytes } from "../table-io/budget";
import { SyncBudget } from "../table-io/sync-budget";
import { columnNumberFormat, columnWidthPoints } from "./column-format";
import { columnValidation } from "./validation-rules";

/** What Set up added to one existing table, in words for the pane. */
export interface TableRepair {
  readonly table: TableName;
  readonly changes: readonly string[];
}

/** Excel's default column width (8.43 characters of Calibri 11) in points: "unset". */
const DEFAULT_WIDTH_POINTS = 48;
/** Rows per numberFormat read, so one response stays well under the 5 MB limit. */
const READ_ROWS = 50_000;
/** Freeze the header only when it is near the top (freezing row 40 would hide the sheet). */
const MAX_FROZEN_ROWS = 10;

const FORMAT_WORDS: Partial<Record<ColumnSpec["kind"], string>> = {
  date: "date",
  month: "month",
  time: "time",
  currency: "amount",
  integer: "whole number",
  number: "number",
  id: "text",
  text: "text",
  email: "text",
};

interface ColumnCheck {
  readonly spec: ColumnSpec;
  /** Sheet column. */
  readonly at: number;
  readonly format: string;
  readonly formats: Excel.Range[];
  readonly validation: Excel.DataValidation | null;
  readonly header: Excel.Range;
}

interface TableCheck {
  readonly spec: TableSpec;
  readonly shape: TableShape;
  readonly rows: number;
  readonly columns: ColumnCheck[];
  readonly frozen: Excel.Range;
}

/** Bytes a loaded cell's number format takes in the response: the quoted code, comma and brackets. */
const formatCellBytes = (format: string) => format.length + 6;
/** A loaded data validation type, column width or freeze location. */
const SMALL_LOAD_BYTES = 64;

/**
 * Queues the loads that say what an existing table lacks. The loads of all tables share syncs as far as
 * the response budget allows (budget.reserve syncs first when the next load would not fit): the number
 * formats of a practice's whole tables are several MB, past Excel on the web's 5 MB response limit. The
 * caller flushes the budget before reading the checks.
 */
export async function queueRepairChecks(
  budget: SyncBudget,
  spec: TableSpec,
  shape: TableShape,
  skip: ReadonlySet<string>,
): Promise<TableCheck> {
  const rows = shape.placeholderRow ? 0 : shape.rowCount;
  const headerRow = shape.firstRow - 1;
  const columns: ColumnCheck[] = [];
  for (const column of spec.columns) {
    if (skip.has(normalizeHeader(column.header))) continue;
    const index = shape.headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(column.header));
    if (index < 0) continue;
    const at = shape.firstColumn + index;
    const format = columnNumberFormat(column);
    const formats: Excel.Range[] = [];
    if (format !== "General" && column.formula === undefined) {
      for (let start = 0; start < rows; start += READ_ROWS) {
        const count = Math.min(READ_ROWS, rows - start);
        await budget.reserve(count * formatCellBytes(format));
        const range = shape.worksheet.getRangeByIndexes(shape.firstRow + start, at, count, 1);
        range.load("numberFormat");
        formats.push(range);
      }
    }
    let validation: Excel.DataValidation | null = null;
    await budget.reserve(2 * SMALL_LOAD_BYTES);
    if (rows > 0 && columnValidation(column)) {
      validation = shape.worksheet.getRangeByIndexes(shape.firstRow, at, rows, 1).dataValidation;
      validation.load("type");
    }
    const header = shape.worksheet.getRangeByIndexes(headerRow, at, 1, 1);
    header.load("format/columnWidth");
    columns.push({ spec: column, at, format, formats, validation, header });
  }
  const frozen = shape.worksheet.freezePanes.getLocationOrNullObject();
  frozen.load("address");
  return { spec, shape, rows, columns, frozen };
}

/** After the sync: queues the repairs (values untouched) and says what they are. */
export async function applyRepairs(
  context: Excel.RequestContext,
  checks: readonly TableCheck[],
): Promise<TableRepair[]> {
  const budget = new SyncBudget(context, fillBytes(MAX_REQUEST_BYTES));
  const repairs: TableRepair[] = [];
  for (const check of checks) {
    const formatted = new Map<string, string[]>();
    const validated: string[] = [];
    const widened: string[] = [];
    for (const column of check.columns) {
      let changed = false;
      let offset = 0;
      for (const range of column.formats) {
        const current = range.numberFormat as unknown[][];
        for (const run of generalRuns(current)) {
          await budget.reserve(run.count * (jsonBytes([column.format]) + 1) + 256);
          check.shape.worksheet.getRangeByIndexes(
            check.shape.firstRow + offset + run.start,
            column.at,
            run.count,
            1,
          ).numberFormat = Array.from({ length: run.count }, () => [column.format]);
          changed = true;
        }
        offset += current.length;
      }
      if (changed) {
        const word = FORMAT_WORDS[column.spec.kind] ?? "number";
        formatted.set(word, [...(formatted.get(word) ?? []), column.spec.header]);
      }
      const rule = columnValidation(column.spec);
      if (column.validation && rule && column.validation.type === "None") {
        await budget.reserve(jsonBytes(rule) + 256);
        const body = check.shape.worksheet.getRangeByIndexes(check.shape.firstRow, column.at, check.rows, 1);
        body.dataValidation.rule = rule.rule;
        body.dataValidation.errorAlert = rule.errorAlert;
        body.dataValidation.prompt = rule.prompt;
        validated.push(column.spec.header);
      }
      if (column.header.format.columnWidth === DEFAULT_WIDTH_POINTS) {
        await budget.reserve(256);
        column.header.format.columnWidth = columnWidthPoints(column.spec);
        widened.push(column.spec.header);
      }
    }
    const changes = [...formatted].map(([word, headers]) => `${word} format on ${headers.join(", ")}`);
    if (validated.length > 0) changes.push(`dropdowns and data validation on ${validated.join(", ")}`);
    const headerRows = check.shape.firstRow;
    if (check.frozen.isNullObject && headerRows <= MAX_FROZEN_ROWS) {
      check.shape.worksheet.freezePanes.freezeRows(headerRows);
      changes.push("header row frozen");
    }
    if (widened.length > 0) changes.push(`column widths on ${widened.join(", ")}`);
    if (changes.length > 0) repairs.push({ table: check.spec.name, changes });
  }
  if (checks.length > 0) await budget.flush();
  return repairs;
}

/** Runs of rows whose cell is still in the General format. */
export function generalRuns(formats: readonly unknown[][]): { start: number; count: number }[] {
  const runs: { start: number; count: number }[] = [];
  let start = -1;
  formats.forEach((row, i) => {
    const format = row[0];
    const general = format === undefined || format === null || format === "" || format === "General";
    if (general && start < 0) start = i;
    if (!general && start >= 0) {
      runs.push({ start, count: i - start });
      start = -1;
    }
  });
  if (start >= 0) runs.push({ start, count: formats.length - start });
  return runs;
}
