/**
 * The sheet's charts over the grid, where Excel shows them (the cells each chart covers), drawn with
 * Chart.js from the chart's source cells, and redrawn when the workbook changes. Charts scroll with the
 * cells and never cover the headers or frozen rows. Each chart is an image to screen readers, named by
 * its title and what it plots.
 */
import { useEffect, useRef } from "react";
import type { CSSProperties, JSX } from "react";
import type { ChartState, SheetState, WorkbookModel } from "../../host";
import { chartAnchor } from "../charts/chart-anchor";
import { chartData, type ChartData } from "../charts/chart-series";
import { Chart, chartConfig } from "./chart-js";
import { HEADER_HEIGHT, pxFromPoints, ROW_HEIGHT, type ColumnLayout } from "./geometry";

export interface ChartLayerProps {
  readonly model: WorkbookModel;
  readonly sheet: SheetState;
  /** Changes whenever the workbook does (the model mutates in place). */
  readonly version: number;
  readonly layout: ColumnLayout;
  readonly rowHeaderWidth: number;
  readonly frozenRows: number;
  readonly scroll: { readonly top: number; readonly left: number };
  readonly size: { readonly width: number; readonly height: number };
}

/** Px from the first column's left edge to column `col` (columns past the layout at default width). */
function columnLeft(layout: ColumnLayout, col: number): number {
  const known = layout.lefts.length;
  if (col < known) return layout.lefts[col] ?? 0;
  return layout.total + (col - known) * pxFromPoints(48);
}

/** Clipped to the scrolling cells (never over headers or frozen rows); clicks pass to the cells. */
const LAYER_STYLE: CSSProperties = {
  position: "absolute",
  overflow: "hidden",
  pointerEvents: "none",
  zIndex: 1,
};

/** A chart takes its own clicks (tooltips), as a chart over cells does in Excel. */
const CHART_STYLE: CSSProperties = {
  position: "absolute",
  boxSizing: "border-box",
  background: "#ffffff",
  border: "1px solid #d0d0d0",
  pointerEvents: "auto",
};

/** Px of an offset in points (1 pt = 4/3 px). */
const px = (points: number) => Math.round((points * 4) / 3);

/** A canvas can be drawn on (false in jsdom, which has no 2-D context). */
const canDraw = () => typeof window !== "undefined" && typeof window.CanvasRenderingContext2D === "function";

function describe(chart: ChartState, data: ChartData): string {
  const kind = { column: "Column chart", bar: "Bar chart", line: "Line chart" }[data.shape];
  const series = data.series.map((s) => s.name).join(", ");
  return `${kind}${chart.title ? `: ${chart.title}` : ""}. ${series} by ${data.categories.join(", ")}.`;
}

function ChartCanvas(props: {
  chart: ChartState;
  data: ChartData;
  width: number;
  height: number;
  version: number;
}) {
  const { chart, data, width, height, version } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const plot = useRef<Chart<"bar" | "line", (number | null)[], string> | null>(null);

  useEffect(() => {
    const element = canvas.current;
    if (!element || !canDraw()) return;
    plot.current = new Chart(element, chartConfig(chart, data));
    return () => {
      plot.current?.destroy();
      plot.current = null;
    };
    // A new chart only when its kind changes; data and size changes update it below.
  }, [chart.id, data.shape]);

  useEffect(() => {
    const current = plot.current;
    if (!current) return;
    const next = chartConfig(chart, data);
    current.data = next.data;
    current.options = next.options ?? {};
    if (current.width !== width || current.height !== height) current.resize(width, height);
    else current.update();
  }, [version, width, height]);

  return <canvas ref={canvas} width={width} height={height} aria-hidden="true" />;
}

export function ChartLayer(props: ChartLayerProps): JSX.Element | null {
  const { model, sheet, version, layout, rowHeaderWidth, frozenRows, scroll, size } = props;
  if (sheet.charts.length === 0) return null;
  const top = HEADER_HEIGHT + frozenRows * ROW_HEIGHT;
  const area = { width: Math.max(0, size.width - rowHeaderWidth), height: Math.max(0, size.height - top) };
  const items: JSX.Element[] = [];
  for (const chart of sheet.charts) {
    const data = chartData(model, chart);
    if (!data) continue;
    const { from, to } = chartAnchor(sheet, chart);
    // Rows are drawn 20 px high whatever their height in points; offsets inside a cell keep their size.
    const x0 = columnLeft(layout, from.col) + px(from.colOffset) - scroll.left;
    const x1 = columnLeft(layout, to.col) + px(to.colOffset) - scroll.left;
    const y0 = (from.row - frozenRows) * ROW_HEIGHT + px(from.rowOffset) - scroll.top;
    const y1 = (to.row - frozenRows) * ROW_HEIGHT + px(to.rowOffset) - scroll.top;
    const width = Math.max(40, Math.round(x1 - x0));
    const height = Math.max(40, Math.round(y1 - y0));
    // Only charts in view are drawn (the grid renders its visible window only).
    if (x0 > area.width || y0 > area.height || x0 + width < 0 || y0 + height < 0) continue;
    items.push(
      <div
        key={chart.id}
        className="pm-chart"
        role="img"
        aria-label={describe(chart, data)}
        data-chart={chart.name}
        style={{ ...CHART_STYLE, left: x0, top: y0, width, height }}
      >
        <ChartCanvas chart={chart} data={data} width={width} height={height} version={version} />
      </div>,
    );
  }
  return (
    <div
      className="pm-charts"
      style={{ ...LAYER_STYLE, left: rowHeaderWidth, top, width: area.width, height: area.height }}
    >
      {items}
    </div>
  );
}
