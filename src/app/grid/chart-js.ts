/**
 * Chart.js, tree-shaken to what the summary charts use (bar and line charts, category and linear
 * scales, title, legend, tooltip). Chart.js draws on a canvas and needs no eval, so it runs under the
 * app's Content-Security-Policy.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
  type ChartConfiguration,
} from "chart.js";
import { formatValue } from "../../host";
import type { ChartState } from "../../host/model/state";
import type { ChartData } from "../charts/chart-series";

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Title,
  Tooltip,
);

export { Chart };

/** Excel's default series colors (Office theme accents 1-6). */
const SERIES_COLORS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

const LEGEND_POSITION: Record<string, "left" | "right" | "top" | "bottom"> = {
  Left: "left",
  Right: "right",
  Top: "top",
  Bottom: "bottom",
  Corner: "right",
};

export type PlotConfig = ChartConfiguration<"bar" | "line", (number | null)[], string>;

/** The Chart.js configuration that draws `chart` as Excel does: same series, labels, title, legend. */
export function chartConfig(chart: ChartState, data: ChartData): PlotConfig {
  const format =
    chart.axes.valueNumberFormat && chart.axes.valueNumberFormat !== "General"
      ? chart.axes.valueNumberFormat
      : data.numberFormat;
  const bar = data.shape === "bar";
  const categoryAxis = { title: { display: !!chart.axes.categoryTitle, text: chart.axes.categoryTitle } };
  const valueAxis = {
    beginAtZero: true,
    title: { display: !!chart.axes.valueTitle, text: chart.axes.valueTitle },
    ticks: { callback: (value: number | string) => formatValue(Number(value), format) },
  };
  return {
    type: data.shape === "line" ? "line" : "bar",
    data: {
      labels: [...data.categories],
      datasets: data.series.map((s, i) => {
        const color = SERIES_COLORS[i % SERIES_COLORS.length] ?? "#4472C4";
        return { label: s.name, data: [...s.values], backgroundColor: color, borderColor: color };
      }),
    },
    options: {
      // The grid gives the canvas its size; no resize observers, no animation (nothing to wait for).
      responsive: false,
      animation: false,
      indexAxis: bar ? "y" : "x",
      scales: bar ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        title: { display: chart.titleVisible && !!chart.title, text: chart.title },
        legend: {
          display: chart.legendVisible,
          position: LEGEND_POSITION[chart.legendPosition] ?? "right",
        },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ""}: ${formatValue(Number(item.parsed[bar ? "x" : "y"]), format)}`,
          },
        },
      },
    },
  };
}
