import { TABLE_SPECS, normalizeHeader, type ColumnSpec, type TableSpec } from "../../domain/catalog";
import { queueShape, shapeOf, type TableShape } from "../table-io/table-shape";
import { candidateSheets, type SheetState } from "./choose-sheet";

/** What the workbook already has for one catalog table. */
export interface TableFinding {
  readonly spec: TableSpec;
  /** The existing table, or null. */
  readonly shape: TableShape | null;
  /** A defined name (not a table) already uses the table's name, so Excel would refuse the table. */
  readonly nameTaken: boolean;
  /** Catalog columns the existing table lacks, in catalog order. */
  readonly missing: readonly ColumnSpec[];
  /** For missing columns: cells right of the table hold values, so columns cannot be added there. */
  readonly columnsBlocked: boolean;
}

export interface Discovery {
  readonly tables: readonly TableFinding[];
  /** Existing sheets by lower-case name (emptiness known for the sheets new tables may use). */
  readonly sheets: ReadonlyMap<string, SheetState>;
}

function missingColumns(spec: TableSpec, headers: readonly string[]): ColumnSpec[] {
  const present = new Set(headers.map(normalizeHeader));
  return spec.columns.filter((c) => !present.has(normalizeHeader(c.header)));
}

/**
 * Learns what exists in at most three syncs: which tables, names and sheets exist; then the existing
 * tables' headers and whether candidate sheets are empty; then, only if columns are missing, whether the
 * cells right of those tables are free.
 */
export async function discover(context: Excel.RequestContext): Promise<Discovery> {
  const { workbook } = context;
  workbook.worksheets.load("items/name");
  const lookups = TABLE_SPECS.map((spec) => {
    const table = workbook.tables.getItemOrNullObject(spec.name);
    table.load("name");
    const name = workbook.names.getItemOrNullObject(spec.name);
    name.load("name");
    return { spec, table, name };
  });
  await context.sync();

  const sheetNames = workbook.worksheets.items.map((w) => w.name);
  const usedBySheet = new Map<string, Excel.Range>();
  const pending = lookups.map(({ spec, table, name }) => {
    if (!table.isNullObject) {
      return { spec, loads: queueShape(workbook.tables.getItem(spec.name)), nameTaken: false };
    }
    const nameTaken = !name.isNullObject;
    if (!nameTaken) {
      for (const sheet of candidateSheets(spec.sheet, sheetNames)) {
        if (usedBySheet.has(sheet)) continue;
        const used = workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(false);
        used.load("address");
        usedBySheet.set(sheet, used);
      }
    }
    return { spec, loads: null, nameTaken };
  });
  await context.sync();

  const found = pending.map(({ spec, loads, nameTaken }) => {
    const shape = loads ? shapeOf(loads) : null;
    return { spec, shape, nameTaken, missing: shape ? missingColumns(spec, shape.headers) : [] };
  });
  const rightOf = new Map<TableSpec, Excel.Range>();
  for (const f of found) {
    if (!f.shape || f.missing.length === 0) continue;
    const { worksheet, firstRow, firstColumn, headers, rowCount, placeholderRow } = f.shape;
    const rows = 1 + Math.max(rowCount, placeholderRow ? 1 : 0);
    const area = worksheet.getRangeByIndexes(
      firstRow - 1,
      firstColumn + headers.length,
      rows,
      f.missing.length,
    );
    const used = area.getUsedRangeOrNullObject(true);
    used.load("address");
    rightOf.set(f.spec, used);
  }
  if (rightOf.size > 0) await context.sync();

  const sheets = new Map<string, SheetState>();
  for (const name of sheetNames) {
    const used = usedBySheet.get(name);
    // Sheets we did not look at are never candidates; treat them as occupied.
    sheets.set(name.toLowerCase(), { name, empty: used ? used.isNullObject : false });
  }
  const tables: TableFinding[] = found.map((f) => {
    const used = rightOf.get(f.spec);
    return { ...f, columnsBlocked: used ? !used.isNullObject : false };
  });
  return { tables, sheets };
}
