import type { CellValue } from "../../domain/catalog";
import { calculatedColumns } from "./row-mapping";

/**
 * What one sync learns about an existing table: where it is, its headers, how many data rows it has,
 * and optionally its first rows. Queue with queueShape for any number of tables, sync once, resolve.
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
  /** Data rows (0 for a table whose only row is its empty placeholder row). */
  readonly rowCount: number;
  /**
   * The table's one body row is empty but for calculated columns: Excel keeps such a row in a new table
   * (setup writes the calculated column's formula into it). Not data; appendRows fills it first.
   */
  readonly placeholderRow: boolean;
  /** The first data rows, up to the number asked for (already read: readers start after them). */
  readonly firstRows: CellValue[][];
  /**
   * Number format of each column in the last body row: new rows take the formats of the row above, so
   * this is how Excel will read text written there ("@" keeps it as written; see textForCell).
   */
  readonly columnFormats: string[];
}

/** The proxies queueShape loads; shapeOf reads them after the sync. */
export interface ShapeLoads {
  readonly table: Excel.Table;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
  readonly count: OfficeExtension.ClientResult<number>;
  readonly firstBodyRow: Excel.Range;
  readonly head: Excel.Range | null;
  readonly lastBodyRow: Excel.Range;
}

/**
 * Queues the loads for a table that exists (no sync); call shapeOf after the sync. `firstRows` rows of
 * values come with it: read from the first data row down, so rows past the table's end are dropped.
 */
export function queueShape(table: Excel.Table, firstRows = 0): ShapeLoads {
  table.load("name,worksheet/name");
  const header = table.getHeaderRowRange();
  header.load("values,rowIndex,columnIndex");
  const body = table.getDataBodyRange();
  body.load("rowCount");
  // A new table shows one empty row that is not data: rows.getCount() may say 0 while the body has 1 row.
  const count = table.rows.getCount();
  const firstBodyRow = body.getRow(0);
  firstBodyRow.load("formulas");
  const head = firstRows > 0 ? body.getRow(0).getResizedRange(firstRows - 1, 0) : null;
  head?.load("values");
  const lastBodyRow = body.getLastRow();
  lastBodyRow.load("numberFormat");
  return { table, header, body, count, firstBodyRow, head, lastBodyRow };
}

/** The shape from loads queued by queueShape, once their sync is done. */
export function shapeOf(loads: ShapeLoads): TableShape {
  const { table, header, body, count, firstBodyRow, head, lastBodyRow } = loads;
  const headers = (header.values[0] ?? []).map((h) => String(h));
  const counted = Math.min(body.rowCount, count.value);
  const calculated = calculatedColumns(table.name, headers);
  const first = (firstBodyRow.formulas[0] ?? []) as unknown[];
  const placeholderRow =
    counted === 1 &&
    first.every((f, j) => f === "" || (calculated.has(j) && typeof f === "string" && f.startsWith("=")));
  const rowCount = placeholderRow ? 0 : counted;
  return {
    name: table.name,
    sheet: table.worksheet.name,
    worksheet: table.worksheet,
    table,
    headers,
    firstRow: header.rowIndex + 1,
    firstColumn: header.columnIndex,
    rowCount,
    placeholderRow,
    firstRows: head ? (head.values as CellValue[][]).slice(0, rowCount) : [],
    columnFormats: ((lastBodyRow.numberFormat[0] ?? []) as unknown[]).map((f) => String(f)),
  };
}

/** Excel's answer when getItem names something that does not exist. */
export function isItemNotFound(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "ItemNotFound";
}

/**
 * Loads one table's shape in one sync (for writers, who need the table to exist): a missing table
 * becomes a TableNotFoundError that says what to do. alsoQueue queues the caller's loads into that sync.
 */
export async function loadShape(
  context: Excel.RequestContext,
  name: string,
  alsoQueue?: (table: Excel.Table) => void,
): Promise<TableShape> {
  const loads = queueShape(context.workbook.tables.getItem(name));
  alsoQueue?.(loads.table); // more loads for the same sync (appendRows: is the space below empty?)
  try {
    await context.sync();
  } catch (e) {
    if (isItemNotFound(e)) throw new TableNotFoundError(name, e);
    throw e;
  }
  return shapeOf(loads);
}

export class TableNotFoundError extends Error {
  readonly code = "TableNotFound";
  constructor(
    readonly table: string,
    cause?: unknown,
  ) {
    super(`The workbook has no table named ${table}. Run Set up workbook first.`, { cause });
    this.name = "TableNotFoundError";
  }
}
