/**
 * Writes a SheetModel into a worksheet: values and formulas as whole 2-D blocks first, then number
 * formats (one block), styles, column widths, conditional formats, charts and print setup. Everything is
 * queued on the caller's context; RequestBudget syncs only when a request would exceed 4 MB.
 */
import { cellRef, rangeRef } from "../../domain/summaries/a1";
import type { CellRect, SheetModel } from "../../domain/summaries/model";
import { FONT_NAME, NUMBER_FORMAT_CODES, STYLES } from "../../domain/summaries/style";
import { jsonBytes, MAX_REQUEST_BYTES } from "../table-io";
import { spansByBytes } from "../table-io/budget";
import { excelInput } from "./cell-text";
import { OPERATION_BYTES, type RequestBudget } from "./request-budget";

/** Excel column width is in points; one character of the default font is about 5.6 points. */
export const POINTS_PER_CHARACTER = 5.6;

function rangeOf(sheet: Excel.Worksheet, rect: CellRect): Excel.Range {
  return sheet.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols);
}

/** Writes a 2-D block in row spans of at most the byte budget each. */
async function writeBlock(
  sheet: Excel.Worksheet,
  grid: readonly (readonly (string | number | boolean)[])[],
  width: number,
  budget: RequestBudget,
  assign: (range: Excel.Range, rows: (string | number | boolean)[][]) => void,
): Promise<void> {
  const sizes = grid.map((row) => jsonBytes(row) + 1);
  for (const span of spansByBytes(sizes, MAX_REQUEST_BYTES - OPERATION_BYTES * 4)) {
    const rows = grid.slice(span.start, span.start + span.count).map((r) => [...r]);
    let bytes = OPERATION_BYTES;
    for (let i = span.start; i < span.start + span.count; i++) bytes += sizes[i] ?? 0;
    await budget.reserve(bytes);
    assign(sheet.getRangeByIndexes(span.start, 0, span.count, width), rows);
  }
}

export function numberFormatGrid(model: SheetModel): string[][] {
  const grid = model.cells.map(() => new Array<string>(model.width).fill(NUMBER_FORMAT_CODES.general));
  for (const { rect, format } of model.numberFormats) {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const line = grid[r];
      if (!line) continue;
      for (let c = rect.col; c < rect.col + rect.cols && c < model.width; c++)
        line[c] = NUMBER_FORMAT_CODES[format];
    }
  }
  return grid;
}

export async function queueRender(
  sheet: Excel.Worksheet,
  model: SheetModel,
  budget: RequestBudget,
): Promise<void> {
  if (model.cells.length === 0) return;
  const values = model.cells.map((row) => row.map(excelInput));
  await writeBlock(sheet, values, model.width, budget, (range, rows) => {
    range.formulas = rows;
  });
  await writeBlock(sheet, numberFormatGrid(model), model.width, budget, (range, rows) => {
    range.numberFormat = rows;
  });

  await budget.reserve(OPERATION_BYTES * 2);
  const all = sheet.getRangeByIndexes(0, 0, model.cells.length, model.width);
  all.format.font.name = FONT_NAME;
  all.format.verticalAlignment = "Top";
  for (const { rect, style } of model.styles) {
    const spec = STYLES[style];
    await budget.reserve(OPERATION_BYTES * 6);
    const range = rangeOf(sheet, rect);
    const font = range.format.font;
    if (spec.bold !== undefined) font.bold = spec.bold;
    if (spec.italic !== undefined) font.italic = spec.italic;
    if (spec.size !== undefined) font.size = spec.size;
    if (spec.fontColor !== undefined) font.color = spec.fontColor;
    if (spec.fill !== undefined) range.format.fill.color = spec.fill;
    if (spec.wrap !== undefined) range.format.wrapText = spec.wrap;
    if (spec.horizontalAlignment !== undefined) range.format.horizontalAlignment = spec.horizontalAlignment;
  }
  for (let c = 0; c < model.columnWidths.length; c++) {
    await budget.reserve(OPERATION_BYTES);
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(
      (model.columnWidths[c] ?? 10) * POINTS_PER_CHARACTER,
    );
  }
  for (const cf of model.conditionalFormats) {
    await budget.reserve(OPERATION_BYTES * 4);
    const format = rangeOf(sheet, cf.rect).conditionalFormats.add("Custom");
    format.custom.rule.formula = cf.formula;
    format.custom.format.fill.color = cf.fill;
    format.custom.format.font.color = cf.fontColor;
  }
  for (const chart of model.charts) {
    await budget.reserve(OPERATION_BYTES * 4);
    const added = sheet.charts.add(chart.kind, rangeOf(sheet, chart.source), chart.seriesBy);
    added.title.text = chart.title;
    const p = chart.placement;
    added.setPosition(cellRef(p.row, p.col), cellRef(p.row + p.rows - 1, p.col + p.cols - 1));
  }
  await budget.reserve(OPERATION_BYTES * 2);
  sheet.pageLayout.orientation = model.orientation ?? "Landscape";
  // One page wide, as many pages tall as it takes: both numbers, as the docs' print-settings sample
  // sets them (a missing one means 1 page, which would shrink a long summary onto a single page).
  sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (model.pageBreaks) {
    // A regenerated sheet starts from no manual breaks, then one above each block that starts a page.
    sheet.horizontalPageBreaks.removePageBreaks();
    for (const row of model.pageBreaks) {
      await budget.reserve(OPERATION_BYTES);
      sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row, 0, 1, 1));
    }
  }
}

/** Address of the model's grid on its sheet, e.g. "A1:E40". */
export function modelExtent(model: SheetModel): string {
  return rangeRef(0, 0, Math.max(1, model.cells.length), model.width);
}
