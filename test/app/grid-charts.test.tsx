/**
 * @jest-environment jsdom
 *
 * Charts in the standalone app: the grid shows each chart over the cells it covers (as Excel places a
 * chart set with setPosition), named for screen readers by what it plots, and the Chart.js
 * configuration draws the chart's own series, labels and title. (jsdom has no canvas: the drawing
 * itself is checked in the browser, test/e2e/charts.test.ts.)
 */
import { render, screen } from "@testing-library/react";
import { chartData } from "../../src/app/charts/chart-series";
import { chartConfig } from "../../src/app/grid/chart-js";
import { Grid } from "../../src/app/grid/Grid";
import { columnLayout, ROW_HEIGHT } from "../../src/app/grid/geometry";
import { createExcelHost, WorkbookModel, type ExcelHost } from "../../src/host";

async function sheetWithChart(seriesBy: "Columns" | "Rows" = "Columns"): Promise<ExcelHost> {
  const host = createExcelHost({ workbook: new WorkbookModel({ sheetNames: ["Aging"] }) });
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Aging");
    sheet.getRange("A1:C4").values = [
      ["Payer", "0-30", "31-60"],
      ["Aetna", 100, 50],
      ["Medicare", 200, ""],
      ["Patient", 30, 10],
    ];
    sheet.getRange("B2:C4").numberFormat = [
      ["$#,##0", "$#,##0"],
      ["$#,##0", "$#,##0"],
      ["$#,##0", "$#,##0"],
    ];
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"), seriesBy);
    chart.title.text = "A/R by payer";
    chart.setPosition("E2", "J12");
    sheet.activate();
    await context.sync();
  });
  return host;
}

describe("chart data", () => {
  it("reads series down the columns: header names, label column categories, gaps for empty cells", async () => {
    const host = await sheetWithChart();
    const chart = host.workbook.getSheet("Aging")!.charts[0]!;
    const data = chartData(host.workbook, chart)!;
    expect(data.categories).toEqual(["Aetna", "Medicare", "Patient"]);
    expect(data.series.map((s) => [s.name, s.values])).toEqual([
      ["0-30", [100, 200, 30]],
      ["31-60", [50, null, 10]],
    ]);
    expect(data.numberFormat).toBe("$#,##0");
  });

  it("reads series along the rows when the chart says Rows", async () => {
    const host = await sheetWithChart("Rows");
    const data = chartData(host.workbook, host.workbook.getSheet("Aging")!.charts[0]!)!;
    expect(data.categories).toEqual(["0-30", "31-60"]);
    expect(data.series.map((s) => s.name)).toEqual(["Aetna", "Medicare", "Patient"]);
  });

  it("gives Chart.js the chart's series, labels, title and value format", async () => {
    const host = await sheetWithChart();
    const chart = host.workbook.getSheet("Aging")!.charts[0]!;
    const config = chartConfig(chart, chartData(host.workbook, chart)!);
    expect(config.type).toBe("bar");
    expect(config.data.labels).toEqual(["Aetna", "Medicare", "Patient"]);
    expect(config.data.datasets.map((d) => d.data)).toEqual([
      [100, 200, 30],
      [50, null, 10],
    ]);
    expect(config.options?.plugins?.title).toMatchObject({ display: true, text: "A/R by payer" });
    const ticks = (config.options?.scales?.y as { ticks: { callback: (v: number) => string } }).ticks;
    expect(ticks.callback(1500)).toBe("$1,500");
  });
});

describe("the grid", () => {
  it("shows the chart over the cells it covers, named by what it plots", async () => {
    const host = await sheetWithChart();
    render(<Grid host={host} onError={() => {}} />);
    const chart = screen.getByRole("img", { name: /Column chart: A\/R by payer/ });
    expect(chart.getAttribute("aria-label")).toContain("0-30, 31-60 by Aetna, Medicare, Patient");
    const layout = columnLayout(host.workbook.getSheet("Aging")!.columnWidths, 26);
    // E2:J12 -> from column E (index 4), row 2 (index 1) to the edge of K13.
    expect(chart.style.left).toBe(`${layout.lefts[4]}px`);
    expect(chart.style.top).toBe(`${1 * ROW_HEIGHT}px`);
    expect(chart.style.width).toBe(`${(layout.lefts[10] ?? 0) - (layout.lefts[4] ?? 0)}px`);
    expect(chart.style.height).toBe(`${11 * ROW_HEIGHT}px`);
  });

  it("draws no chart on a sheet without one", () => {
    const host = createExcelHost({ workbook: new WorkbookModel({ sheetNames: ["Plain"] }) });
    render(<Grid host={host} onError={() => {}} />);
    expect(screen.queryByRole("img")).toBeNull();
  });
});
