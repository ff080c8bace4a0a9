/**
 * What a chart plots, read from its source range the way Excel reads it: the source's first row and
 * first column are labels (the summary models include them: "header row and label column included"),
 * the rest are numbers. Series run down the columns or along the rows (seriesBy; "Auto" picks columns
 * when the range is taller than it is wide, as Excel does). Used by the grid (Chart.js) and the .xlsx
 * writer (the series' cell references and cached values).
 */
import type { Rect } from "../../host/address";
import type { ChartState } from "../../host/model/state";
import type { WorkbookModel } from "../../host/model/workbook-model";

export type ChartShape = "column" | "bar" | "line";

export interface ChartSeries {
  readonly name: string;
  /** The series name's cell, or null when the source has no header for it. */
  readonly nameRect: Rect | null;
  readonly valuesRect: Rect;
  /** One per category; null for an empty or non-numeric cell (a gap, as in Excel). */
  readonly values: readonly (number | null)[];
}

export interface ChartData {
  readonly sheetName: string;
  readonly shape: ChartShape;
  readonly categoriesRect: Rect | null;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Number format of the first value cell ("General" when none). */
  readonly numberFormat: string;
}

/** The chart types the app draws and saves; others are kept in the model but not drawn. */
export function chartShape(type: string): ChartShape | null {
  const t = type.toLowerCase();
  if (t === "columnclustered") return "column";
  if (t === "barclustered") return "bar";
  if (t === "line") return "line";
  return null;
}

export function seriesInColumns(chart: Pick<ChartState, "seriesBy" | "sourceRect">): boolean {
  if (chart.seriesBy === "Columns") return true;
  if (chart.seriesBy === "Rows") return false;
  const { r0, r1, c0, c1 } = chart.sourceRect;
  return r1 - r0 >= c1 - c0;
}

/**
 * The chart's series and categories with their values as last computed (a chart drawn while a sliced
 * calculation runs shows the previous values and is redrawn when it ends; the .xlsx writer computes first);
 * null when it cannot be drawn.
 */
export function chartData(model: WorkbookModel, chart: ChartState): ChartData | null {
  const shape = chartShape(chart.type);
  const sheet = model.sheetById(chart.sourceSheetId);
  if (!shape || !sheet) return null;
  const { r0, c0, r1, c1 } = chart.sourceRect;
  const byColumns = seriesInColumns(chart);
  const cell = (r: number, c: number) => model.viewOf(model.displayedCell(sheet, r, c));
  // Labels and values: in columns, categories are the first column below the header row.
  const hasLabels = byColumns ? r1 > r0 && c1 > c0 : c1 > c0 && r1 > r0;
  const first = { r: hasLabels ? r0 + 1 : r0, c: hasLabels ? c0 + 1 : c0 };
  const categoryCount = byColumns ? r1 - first.r + 1 : c1 - first.c + 1;
  const seriesCount = byColumns ? c1 - first.c + 1 : r1 - first.r + 1;
  if (categoryCount <= 0 || seriesCount <= 0) return null;

  const categoriesRect: Rect | null = hasLabels
    ? byColumns
      ? { r0: first.r, c0, r1, c1: c0 }
      : { r0, c0: first.c, r1: r0, c1 }
    : null;
  const categories: string[] = [];
  for (let i = 0; i < categoryCount; i++) {
    categories.push(
      categoriesRect ? (byColumns ? cell(first.r + i, c0) : cell(r0, first.c + i)).text : String(i + 1),
    );
  }
  const series: ChartSeries[] = [];
  let numberFormat = "";
  for (let s = 0; s < seriesCount; s++) {
    const valuesRect: Rect = byColumns
      ? { r0: first.r, c0: first.c + s, r1, c1: first.c + s }
      : { r0: first.r + s, c0: first.c, r1: first.r + s, c1 };
    const nameRect: Rect | null = hasLabels
      ? byColumns
        ? { r0, c0: first.c + s, r1: r0, c1: first.c + s }
        : { r0: first.r + s, c0, r1: first.r + s, c1: c0 }
      : null;
    const values: (number | null)[] = [];
    for (let i = 0; i < categoryCount; i++) {
      const view = byColumns ? cell(first.r + i, first.c + s) : cell(first.r + s, first.c + i);
      if (numberFormat === "" && view.valueType === "Double") numberFormat = view.numberFormat;
      values.push(view.valueType === "Double" && typeof view.value === "number" ? view.value : null);
    }
    const name = nameRect ? cell(nameRect.r0, nameRect.c0).text : `Series${s + 1}`;
    series.push({ name, nameRect, valuesRect, values });
  }
  return {
    sheetName: sheet.name,
    shape,
    categoriesRect,
    categories,
    series,
    numberFormat: numberFormat || "General",
  };
}
