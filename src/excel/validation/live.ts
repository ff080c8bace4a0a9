/**
 * Live validation: after a table changes (this user's edit or a co-author's), re-read only the changed
 * rows, re-check them and the rows that depend on them, and bring the marks of the tables whose findings
 * changed up to date. Structural changes (rows or columns inserted or deleted, headers edited, the table
 * moved) re-read that one table. Validation itself writes no values, so its marks never trigger this.
 */
import { findTableSpec, type CellValue, type TableName } from "../../domain/catalog";
import type { Finding, FindingsUpdate } from "../../domain/rules";
import { parseRangeAddress, readTables } from "../table-io";
import { refreshMarks } from "./apply-marks";
import type { TableLayout } from "./layout";
import { layoutOf, rawTable } from "./read";
import { reportOf, type ValidationReport, type ValidationState } from "./validate";

/** The change as the event reports it (a subset of Excel.TableChangedEventArgs). */
export interface TableChange {
  readonly tableId: string;
  readonly changeType: string;
  readonly source?: string;
  /** Sheet-relative address of the changed area inside the table, e.g. "B5:C6". */
  readonly address: string;
}

/** Edits spanning more rows than this re-read the table in budgeted chunks instead of in one request. */
const MAX_PATCH_ROWS = 5000;

export interface LiveUpdate {
  readonly table: TableName | null;
  /** "rows": only changed rows were read; "table": the whole table was re-read; "ignored": not ours. */
  readonly read: "rows" | "table" | "ignored";
  readonly rowsRechecked: number;
  readonly report: ValidationReport;
}

function cellKey(f: Finding): string {
  return `${f.rowIndex}:${f.columnIndex}:${f.severity}`;
}

/** Tables whose marked cells differ between the findings an update removed and those it added. */
export function tablesToRemark(update: FindingsUpdate): TableName[] {
  const before = new Map<TableName, Set<string>>();
  const after = new Map<TableName, Set<string>>();
  const add = (map: Map<TableName, Set<string>>, f: Finding) => {
    let set = map.get(f.table);
    if (!set) map.set(f.table, (set = new Set()));
    set.add(cellKey(f));
  };
  update.removed.forEach((f) => add(before, f));
  update.added.forEach((f) => add(after, f));
  const tables = new Set([...before.keys(), ...after.keys()]);
  return [...tables].filter((t) => {
    const a = before.get(t) ?? new Set<string>();
    const b = after.get(t) ?? new Set<string>();
    return a.size !== b.size || [...a].some((k) => !b.has(k));
  });
}

function sameHeaders(a: readonly string[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((h, i) => h === String(b[i]));
}

function rowsRechecked(update: FindingsUpdate, state: ValidationState): number {
  let n = 0;
  for (const [table, rows] of update.scope)
    n += rows === "all" ? (state.session.model.table(table)?.rowCount ?? 0) : rows.size;
  return n;
}

/** Rows spanned by the change, at most this many; null when the address cannot be read. */
function rowSpan(address: string): number | null {
  try {
    return parseRangeAddress(address.slice(address.lastIndexOf("!") + 1)).rowCount;
  } catch {
    return null; // e.g. a whole-column reference: the caller re-reads the whole table instead
  }
}

/**
 * For an in-place edit of a few rows, queues reading those rows across the table's full width (a null
 * object after the sync when only the header row was touched); null when the change is not such an edit.
 */
function queueEditedRows(table: Excel.Table, body: Excel.Range, change: TableChange): Excel.Range | null {
  const span = rowSpan(change.address);
  const kind = change.changeType;
  if ((kind !== "RangeEdited" && kind !== "RowInserted") || span === null || span > MAX_PATCH_ROWS)
    return null;
  const cells = change.address.slice(change.address.lastIndexOf("!") + 1);
  const range = table.worksheet.getRange(cells).getEntireRow().getIntersectionOrNullObject(body);
  range.load("values, rowIndex");
  return range;
}

/** Applies one table change to the validation state, in one runner batch: 1 sync to read, up to 4 to mark. */
export async function applyTableChange(
  context: Excel.RequestContext,
  state: ValidationState,
  change: TableChange,
): Promise<LiveUpdate> {
  const table = context.workbook.tables.getItem(change.tableId);
  table.load("name");
  const header = table.getHeaderRowRange();
  header.load("values");
  const body = table.getDataBodyRange();
  body.load("rowIndex, columnIndex, rowCount, columnCount");
  const editedRange = queueEditedRows(table, body, change);
  await context.sync();

  const tableName = table.name;
  const name = findTableSpec(tableName)?.name ?? null;
  if (name === null) return { table: null, read: "ignored", rowsRechecked: 0, report: reportOf(state) };
  const layout = state.layouts.get(name);
  const headers = (header.values[0] ?? []) as unknown[];
  const edited =
    editedRange === null || editedRange.isNullObject
      ? null
      : { sheetRow: editedRange.rowIndex, rows: editedRange.values as CellValue[][] };
  const samePlace =
    edited !== null &&
    layout !== undefined &&
    layout.firstRow === body.rowIndex &&
    layout.firstColumn === body.columnIndex &&
    sameHeaders(layout.headers, headers);
  const inPlace = samePlace && change.changeType === "RangeEdited" && layout.rowCount === body.rowCount;
  // Rows added after the last row (a co-author's new row, an import): read and check only those rows.
  // rows.add reports RowInserted; a large append written below the table and taken in by Table.resize
  // (table-io/import-rows.ts) reports RangeEdited over the new rows: the table grew by just those rows.
  const appended =
    samePlace &&
    (change.changeType === "RowInserted" || change.changeType === "RangeEdited") &&
    edited.sheetRow === layout.firstRow + layout.rowCount &&
    body.rowCount === layout.rowCount + edited.rows.length;

  let update: FindingsUpdate;
  let read: LiveUpdate["read"];
  // Where the table was when last marked: its old marks are looked for there too (rows deleted).
  const previous: TableLayout[] = [];
  if (inPlace) {
    update = state.session.editRows(name, edited.sheetRow - body.rowIndex, edited.rows);
    read = "rows";
  } else if (appended) {
    update = state.session.appendRows(name, edited.rows);
    state.layouts.set(name, { ...layout, rowCount: body.rowCount });
    read = "rows";
  } else {
    const data = (await readTables(context, [name])).get(name) ?? null;
    if (layout && data) previous.push(layout);
    update = state.session.replaceTable(name, data ? rawTable(data) : null);
    if (data) state.layouts.set(name, layoutOf(name, data));
    else state.layouts.delete(name);
    read = "table";
  }
  // Co-authoring: every add-in in the workbook hears each edit, a co-author's as source "Remote"
  // (Excel.TableChangedEventArgs.source). Only the add-in of the user who made the edit writes marks, so
  // two add-ins never race on the same conditional formats; this one just updates its findings list.
  const remark = change.source === "Remote" ? [] : tablesToRemark(update);
  if (remark.length > 0) {
    const marks = await refreshMarks(context, state.layouts, state.session.findings, remark, { previous });
    for (const t of remark) state.marks.set(t, marks.get(t) ?? { ranges: 0, unmarkedCells: 0 });
  }
  return { table: name, read, rowsRechecked: rowsRechecked(update, state), report: reportOf(state) };
}
