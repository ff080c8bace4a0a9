import { normalizeHeader, type ColumnSpec, type TableName } from "../../domain/catalog";
import type { ProgressListener } from "../progress";
import type { ExcelRunner } from "../runner";
import { MAX_REQUEST_BYTES, fillBytes, jsonBytes } from "../table-io/budget";
import { SyncBudget } from "../table-io/sync-budget";
import { chooseSheet } from "./choose-sheet";
import { columnNumberFormat, columnWidthPoints } from "./column-format";
import { discover } from "./discover";
import { applyRepairs, queueRepairChecks } from "./repair";
import type { SetupProblem, SetupResult, TablePlace } from "./result";
import { queueDateSystemCheck } from "../date-system";
import { AUTO_SHOW_TASKPANE, SCHEMA_VERSION, SCHEMA_VERSION_SETTING } from "./settings";
import { columnValidation } from "./validation-rules";

export interface SetupOptions {
  readonly onProgress?: ProgressListener;
}

/** The look of new tables: Excel's medium blue style with banded rows. */
export const TABLE_STYLE = "TableStyleMedium2";

/** Columns that need their data body formatted after the structure exists. */
interface ColumnsToFormat {
  readonly worksheet: Excel.Worksheet;
  /** Sheet row of the header and of the first data row. */
  readonly headerRow: number;
  readonly firstRow: number;
  /** Data rows to format: known, or the new table's body (its rowCount is loaded with the structure). */
  readonly rows: number | Excel.Range;
  /** Sheet column of each column to format. */
  readonly columns: readonly { readonly spec: ColumnSpec; readonly at: number }[];
  readonly freezeHeader: boolean;
}

function filled<T>(rows: number, value: T): T[][] {
  return Array.from({ length: rows }, () => [value]);
}

/** Rows per write so one column's values stay within the request budget. */
function rowsPerWrite(sample: string): number {
  return Math.max(1, Math.floor(fillBytes(MAX_REQUEST_BYTES) / (jsonBytes([sample]) + 1)));
}

/** Values before formats: formulas of calculated columns, then number formats, validation and widths. */
async function formatColumns(budget: SyncBudget, target: ColumnsToFormat): Promise<void> {
  const { worksheet, headerRow, firstRow, columns } = target;
  const rows = typeof target.rows === "number" ? target.rows : target.rows.rowCount;
  for (const { spec, at } of columns) {
    if (spec.formula === undefined || rows === 0) continue;
    const step = rowsPerWrite(spec.formula);
    for (let start = 0; start < rows; start += step) {
      const count = Math.min(step, rows - start);
      await budget.reserve(count * (jsonBytes([spec.formula]) + 1));
      worksheet.getRangeByIndexes(firstRow + start, at, count, 1).formulas = filled(count, spec.formula);
    }
  }
  for (const { spec, at } of columns) {
    if (rows > 0) {
      const format = columnNumberFormat(spec);
      const step = rowsPerWrite(format);
      for (let start = 0; start < rows; start += step) {
        const count = Math.min(step, rows - start);
        await budget.reserve(count * (jsonBytes([format]) + 1));
        worksheet.getRangeByIndexes(firstRow + start, at, count, 1).numberFormat = filled(count, format);
      }
      const validation = columnValidation(spec);
      if (validation) {
        await budget.reserve(jsonBytes(validation) + 200);
        const body = worksheet.getRangeByIndexes(firstRow, at, rows, 1);
        body.dataValidation.rule = validation.rule;
        body.dataValidation.errorAlert = validation.errorAlert;
        body.dataValidation.prompt = validation.prompt;
      }
    }
    worksheet.getRangeByIndexes(headerRow, at, 1, 1).format.columnWidth = columnWidthPoints(spec);
  }
  if (target.freezeHeader) worksheet.freezePanes.freezeRows(1);
}

/**
 * Brings the workbook to the catalog in ONE runner call: creates missing tables (on their sheet, or
 * "<sheet> (n)" when the user's content is there), appends missing catalog columns to existing tables,
 * formats only what it creates, and tags the document so the task pane opens with it. Never deletes or
 * overwrites a user's cell; running it again changes nothing.
 */
export function setupWorkbook(run: ExcelRunner, options: SetupOptions = {}): Promise<SetupResult> {
  return run(async (context) => {
    const created: TablePlace[] = [];
    const existing: TablePlace[] = [];
    const columnsAdded: { table: TableName; columns: string[] }[] = [];
    const placedOnOtherSheet: { table: TableName; wanted: string; used: string }[] = [];
    const problems: SetupProblem[] = [];

    // Read with discover's sync: setup turns auto-open on only when the user has not chosen (auto-open.ts).
    const autoOpen = context.workbook.settings.getItemOrNullObject(AUTO_SHOW_TASKPANE);
    autoOpen.load("value");
    const dateSystem = queueDateSystemCheck(context);
    const { tables, sheets } = await discover(context);
    dateSystem.check(); // a 1904 workbook is refused before anything is written
    const total = tables.length + 1;
    const toFormat: ColumnsToFormat[] = [];
    const taken = new Set<string>();

    // Structure and values: sheets, header rows, tables, new columns (one sync for all tables).
    tables.forEach((finding, index) => {
      const { spec, shape } = finding;
      const table = spec.name;
      if (shape) {
        existing.push({ table, sheet: shape.sheet });
        if (finding.missing.length > 0) {
          const columns = finding.missing.map((c) => c.header);
          if (finding.columnsBlocked) {
            problems.push({
              table,
              code: "ColumnsBlocked",
              message:
                `${table} is missing ${columns.join(", ")}, but the cells right of the table on ${shape.sheet} ` +
                `hold data. Move them, then run setup again to add the columns.`,
            });
          } else {
            for (const header of columns) shape.table.columns.add(undefined, undefined, header);
            columnsAdded.push({ table, columns });
            const start = shape.firstColumn + shape.headers.length;
            toFormat.push({
              worksheet: shape.worksheet,
              headerRow: shape.firstRow - 1,
              firstRow: shape.firstRow,
              // An empty table's placeholder row is formatted too: new rows take its formats.
              rows: shape.placeholderRow ? 1 : shape.rowCount,
              columns: finding.missing.map((spec, i) => ({ spec, at: start + i })),
              freezeHeader: false,
            });
          }
        }
      } else if (finding.nameTaken) {
        problems.push({
          table,
          code: "NameTaken",
          message:
            `The workbook already has a defined name "${table}", so Excel cannot create the ${table} table. ` +
            `Rename or delete that name (Formulas > Name Manager), then run setup again.`,
        });
      } else {
        const choice = chooseSheet(spec.sheet, sheets, taken);
        taken.add(choice.name.toLowerCase());
        const worksheet = choice.create
          ? context.workbook.worksheets.add(choice.name)
          : context.workbook.worksheets.getItem(choice.name);
        const headerRange = worksheet.getRangeByIndexes(0, 0, 1, spec.columns.length);
        headerRange.values = [spec.columns.map((c) => c.header)];
        const newTable = worksheet.tables.add(headerRange, true);
        newTable.name = table;
        newTable.style = TABLE_STYLE;
        newTable.showBandedRows = true;
        const body = newTable.getDataBodyRange();
        body.load("rowCount");
        created.push({ table, sheet: choice.name });
        if (choice.name !== spec.sheet)
          placedOnOtherSheet.push({ table, wanted: spec.sheet, used: choice.name });
        toFormat.push({
          worksheet,
          headerRow: 0,
          firstRow: 1,
          rows: body,
          columns: spec.columns.map((c, at) => ({ spec: c, at })),
          freezeHeader: true,
        });
      }
      options.onProgress?.({ done: index + 1, total, label: `Checked ${table}` });
    });
    // discover() synced since autoOpen was loaded (the lint rule cannot see into it).
    // eslint-disable-next-line office-addins/call-sync-before-read
    if (autoOpen.isNullObject) context.workbook.settings.add(AUTO_SHOW_TASKPANE, true);
    context.workbook.settings.add(SCHEMA_VERSION_SETTING, SCHEMA_VERSION);
    await context.sync();

    // Formats, validation and widths of what this run created.
    const budget = new SyncBudget(context);
    for (const target of toFormat) await formatColumns(budget, target);
    if (toFormat.length > 0) await budget.flush();

    // Existing tables: what they lack (formats, validation, frozen header, widths), values untouched.
    const checkBudget = new SyncBudget(context);
    const checks = [];
    for (const finding of tables) {
      if (!finding.shape) continue;
      const added = new Set(columnsAdded.find((a) => a.table === finding.spec.name)?.columns ?? []);
      const skip = new Set([...added].map(normalizeHeader));
      checks.push(await queueRepairChecks(checkBudget, finding.spec, finding.shape, skip));
    }
    if (checks.length > 0) await checkBudget.flush();
    const repaired = await applyRepairs(context, checks);
    options.onProgress?.({ done: total, total, label: "Formats and validation applied" });

    return { created, existing, columnsAdded, placedOnOtherSheet, problems, repaired };
  });
}
