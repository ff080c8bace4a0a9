/**
 * Where a chart sits, as cells: the top-left corner and the bottom-right corner, each a cell plus an
 * offset in points into it (DrawingML's twoCellAnchor). A chart placed with setPosition("H2", "P20")
 * covers H2 through P20 exactly; one placed by top/left/width/height is found from the sheet's column
 * widths and row heights (points).
 */
import { parseAddress } from "../../host/address";
import type { ChartState, SheetState } from "../../host/model/state";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "../../host/model/style";

export interface AnchorPoint {
  readonly row: number;
  readonly col: number;
  /** Points into the cell. */
  readonly rowOffset: number;
  readonly colOffset: number;
}

export interface ChartAnchor {
  readonly from: AnchorPoint;
  readonly to: AnchorPoint;
}

/** Cells are walked at most this far (a chart beyond it is clamped there). */
const LIMIT = 100_000;

function locate(points: number, sizeOf: (index: number) => number): { index: number; offset: number } {
  let index = 0;
  let rest = Math.max(0, points);
  for (; index < LIMIT; index++) {
    const size = sizeOf(index);
    if (rest < size) break;
    rest -= size;
  }
  return { index, offset: rest };
}

function pointAt(sheet: SheetState, top: number, left: number): AnchorPoint {
  const row = locate(top, (r) => sheet.rowHeights[r] ?? DEFAULT_ROW_HEIGHT);
  const col = locate(left, (c) => sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH);
  return { row: row.index, col: col.index, rowOffset: row.offset, colOffset: col.offset };
}

export function chartAnchor(sheet: SheetState, chart: ChartState): ChartAnchor {
  const start = chart.startCell ? parseAddress(chart.startCell)?.rect : undefined;
  const end = chart.endCell ? parseAddress(chart.endCell)?.rect : undefined;
  const from = start
    ? { row: start.r0, col: start.c0, rowOffset: 0, colOffset: 0 }
    : pointAt(sheet, chart.top, chart.left);
  const to = end
    ? { row: end.r1 + 1, col: end.c1 + 1, rowOffset: 0, colOffset: 0 }
    : pointAt(sheet, chart.top + chart.height, chart.left + chart.width);
  return { from, to };
}

/** Top-left corner (points) of a cell, from the sheet's column widths and row heights. */
export function cellOrigin(sheet: SheetState, row: number, col: number): { top: number; left: number } {
  let left = 0;
  for (let c = 0; c < Math.min(col, LIMIT); c++) left += sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH;
  let top = 0;
  for (let r = 0; r < Math.min(row, LIMIT); r++) top += sheet.rowHeights[r] ?? DEFAULT_ROW_HEIGHT;
  return { top, left };
}
