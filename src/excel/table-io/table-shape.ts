import type { CellValue } from "../../domain/catalog";

/**
 * What one metadata sync learns about a table: where it is, its headers and how many data rows it has.
 * Queue with queueShape for any number of tables, sync once, then call resolve().
 */
export interface TableShape {
  readonly name: string;
  readonly sheet: string;
  readonly worksheet: Excel.Worksheet;
  readonly table: Excel.Table;
  readonly headers: string[];
  /** 0-based sheet row of the first data row and sheet column of the first column. */
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly rowCount: number;
  /** Up to SAMPLE_ROWS first data rows (for estimating row sizes); empty when not asked for. */
  readonly sample: CellValue[][];
}

/** Rows read with the metadata to estimate how many bytes a row of the table takes. */
export const SAMPLE_ROWS = 20;

export interface PendingShape {
  /** The table's shape, or null when the workbook has no table of that name. */
  resolve(): TableShape | null;
}

/** Queues the loads for one table's shape (no sync). */
export function queueShape(context: Excel.RequestContext, name: string, withSample: boolean): PendingShape {
  const table = context.workbook.tables.getItemOrNullObject(name);
  table.load("name");
  const worksheet = table.worksheet;
  worksheet.load("name");
  const header = table.getHeaderRowRange();
  header.load("values,rowIndex,columnIndex,columnCount");
  const body = table.getDataBodyRange();
  body.load("rowCount");
  // A new table shows one empty row that is not data; rows.getCount() is 0 then, the body's rowCount 1.
  const count = table.rows.getCount();
  const sample = withSample ? header.getOffsetRange(1, 0).getResizedRange(SAMPLE_ROWS - 1, 0) : null;
  sample?.load("values");
  return {
    resolve() {
      if (table.isNullObject) return null;
      const rowCount = Math.min(body.rowCount, count.value);
      return {
        name: table.name,
        sheet: worksheet.name,
        worksheet,
        table,
        headers: (header.values[0] ?? []).map((h) => String(h)),
        firstRow: header.rowIndex + 1,
        firstColumn: header.columnIndex,
        rowCount,
        sample: sample ? (sample.values as CellValue[][]).slice(0, rowCount) : [],
      };
    },
  };
}

/** Loads one table's shape in one sync; throws a clear error when the table does not exist. */
export async function loadShape(context: Excel.RequestContext, name: string): Promise<TableShape> {
  const pending = queueShape(context, name, false);
  await context.sync();
  const shape = pending.resolve();
  if (!shape) throw new TableNotFoundError(name);
  return shape;
}

export class TableNotFoundError extends Error {
  readonly code = "TableNotFound";
  constructor(readonly table: string) {
    super(`The workbook has no table named ${table}. Run Set up workbook first.`);
    this.name = "TableNotFoundError";
  }
}
