import { TABLE_SPECS, normalizeHeader, type ColumnSpec, type TableSpec } from "../../domain/catalog";
import { queueShape, type TableShape } from "../table-io/table-shape";
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
 * Learns what exists in two syncs: first every table, name and sheet at once; then, only where needed,
 * whether candidate sheets are empty and whether the cells right of a table are free for new columns.
 */
export async function discover(context: Excel.RequestContext): Promise<Discovery> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const queued = TABLE_SPECS.map((spec) => {
    const name = context.workbook.names.getItemOrNullObject(spec.name);
    name.load("name");
    return { spec, shape: queueShape(context, spec.name, false), name };
  });
  await context.sync();

  const sheetNames = worksheets.items.map((w) => w.name);
  const found = queued.map(({ spec, shape, name }) => {
    const resolved = shape.resolve();
    return {
      spec,
      shape: resolved,
      nameTaken: !resolved && !name.isNullObject,
      missing: resolved ? missingColumns(spec, resolved.headers) : [],
    };
  });

  // Second look, only at what decides where new tables and columns may go.
  const usedBySheet = new Map<string, Excel.Range>();
  for (const f of found) {
    if (f.shape || f.nameTaken) continue;
    for (const sheet of candidateSheets(f.spec.sheet, sheetNames)) {
      if (usedBySheet.has(sheet)) continue;
      const used = worksheets.getItem(sheet).getUsedRangeOrNullObject(false);
      used.load("address");
      usedBySheet.set(sheet, used);
    }
  }
  const rightOf = new Map<TableSpec, Excel.Range>();
  for (const f of found) {
    if (!f.shape || f.missing.length === 0) continue;
    const { worksheet, firstRow, firstColumn, headers, rowCount } = f.shape;
    const area = worksheet.getRangeByIndexes(
      firstRow - 1,
      firstColumn + headers.length,
      rowCount + 1,
      f.missing.length,
    );
    const used = area.getUsedRangeOrNullObject(true);
    used.load("address");
    rightOf.set(f.spec, used);
  }
  if (usedBySheet.size > 0 || rightOf.size > 0) await context.sync();

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
