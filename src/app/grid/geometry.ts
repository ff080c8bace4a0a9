/** Grid geometry: column offsets from widths, and which rows and columns a scroll position shows. */

export const ROW_HEIGHT = 20; // px: Excel's default 15 pt row
export const HEADER_HEIGHT = 22;
export const DEFAULT_COLUMN_POINTS = 48;

/** Px of a column width given in points (1 pt = 4/3 px). */
export function pxFromPoints(points: number): number {
  return Math.max(4, Math.round((points * 4) / 3));
}

export interface ColumnLayout {
  /** Left edge of each column, from the first column's left edge. */
  readonly lefts: readonly number[];
  readonly widths: readonly number[];
  readonly total: number;
}

export function columnLayout(widthsInPoints: Readonly<Record<number, number>>, count: number): ColumnLayout {
  const lefts: number[] = [];
  const widths: number[] = [];
  let x = 0;
  for (let c = 0; c < count; c++) {
    const width = pxFromPoints(widthsInPoints[c] ?? DEFAULT_COLUMN_POINTS);
    lefts.push(x);
    widths.push(width);
    x += width;
  }
  return { lefts, widths, total: x };
}

/** Index of the column at offset x (clamped to the columns that exist). */
export function columnAt(layout: ColumnLayout, x: number): number {
  let lo = 0;
  let hi = layout.lefts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((layout.lefts[mid] ?? 0) <= x) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

export interface Window {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
}

/**
 * The rows and columns to render: frozen rows are always drawn, so the scrolling rows start below them;
 * one extra row and column cover a partly visible edge.
 */
export function visibleWindow(options: {
  readonly scrollTop: number;
  readonly scrollLeft: number;
  readonly width: number;
  readonly height: number;
  readonly rowCount: number;
  readonly frozenRows: number;
  readonly layout: ColumnLayout;
}): Window {
  const { scrollTop, scrollLeft, width, height, rowCount, frozenRows, layout } = options;
  const bodyHeight = Math.max(0, height - HEADER_HEIGHT - frozenRows * ROW_HEIGHT);
  const firstRow = Math.min(rowCount - 1, frozenRows + Math.floor(scrollTop / ROW_HEIGHT));
  const lastRow = Math.min(rowCount - 1, firstRow + Math.ceil(bodyHeight / ROW_HEIGHT));
  const firstColumn = columnAt(layout, scrollLeft);
  const lastColumn = columnAt(layout, scrollLeft + width);
  return { firstRow: Math.max(frozenRows, firstRow), lastRow, firstColumn, lastColumn };
}

/** Scroll position that brings a cell fully into view (unchanged when it already is). */
export function scrollToReveal(options: {
  readonly row: number;
  readonly column: number;
  readonly scrollTop: number;
  readonly scrollLeft: number;
  readonly width: number;
  readonly height: number;
  readonly frozenRows: number;
  readonly rowHeaderWidth: number;
  readonly layout: ColumnLayout;
}): { scrollTop: number; scrollLeft: number } {
  const { row, column, width, height, frozenRows, rowHeaderWidth, layout } = options;
  let { scrollTop, scrollLeft } = options;
  if (row >= frozenRows) {
    const top = (row - frozenRows) * ROW_HEIGHT;
    const visible = height - HEADER_HEIGHT - frozenRows * ROW_HEIGHT;
    if (top < scrollTop) scrollTop = top;
    else if (top + ROW_HEIGHT > scrollTop + visible) scrollTop = top + ROW_HEIGHT - visible;
  }
  const left = layout.lefts[column] ?? 0;
  const right = left + (layout.widths[column] ?? 0);
  const visibleWidth = width - rowHeaderWidth;
  if (left < scrollLeft) scrollLeft = left;
  else if (right > scrollLeft + visibleWidth) scrollLeft = Math.max(0, right - visibleWidth);
  return { scrollTop: Math.max(0, scrollTop), scrollLeft: Math.max(0, scrollLeft) };
}
