/** Deterministic text of the whole workbook state, for "running setup twice changes nothing" tests. */
import { cellAddress, columnLetters } from "../address";
import type { Cell } from "./cell";
import { DEFAULT_STYLE } from "./style";
import type { WorkbookModel } from "./workbook-model";

function styleDiff(cell: Cell): Record<string, unknown> | undefined {
  if (cell.style === DEFAULT_STYLE) return undefined;
  const diff: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(cell.style)) {
    if ((DEFAULT_STYLE as unknown as Record<string, unknown>)[key] !== value) diff[key] = value;
  }
  return diff;
}

function cellEntry(cell: Cell): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  if (cell.formula !== null) entry.f = cell.formula;
  else if (cell.kind !== "Empty") entry.v = cell.value;
  if (cell.kind === "Error") entry.error = true;
  if (cell.quotePrefix) entry.quote = true;
  if (cell.numberFormat !== "General") entry.nf = cell.numberFormat;
  const style = styleDiff(cell);
  if (style) entry.style = style;
  if (cell.validation) entry.dv = cell.validation;
  return entry;
}

export function snapshotWorkbook(model: WorkbookModel): string {
  const state = model.state;
  const sheets = state.sheets.map((sheet) => {
    const cells: Record<string, Record<string, unknown>> = {};
    sheet.cells.forEach((cell, r, c) => {
      if (cell.isBlankDefault) return;
      cells[cellAddress(r, c)] = cellEntry(cell);
    });
    const columnDefaults: Record<string, Record<string, unknown>> = {};
    for (const [c, cell] of [...sheet.cells.allColumnDefaults()].sort((a, b) => a[0] - b[0])) {
      columnDefaults[columnLetters(c)] = cellEntry(cell);
    }
    const rowDefaults: Record<string, Record<string, unknown>> = {};
    for (const [r, cell] of [...sheet.cells.allRowDefaults()].sort((a, b) => a[0] - b[0])) {
      rowDefaults[String(r + 1)] = cellEntry(cell);
    }
    const { cells: _store, ...meta } = sheet;
    return { ...meta, columnDefaults, rowDefaults, cells };
  });
  const { sheets: _sheets, nextId: _nextId, ...rest } = state;
  return JSON.stringify({ ...rest, sheets }, null, 1);
}
