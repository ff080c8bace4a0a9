/** Worksheet.charts: add, getItem, getItemAt, items, count. */
import type { ChartState, SheetState } from "../model/state";
import { HostChart } from "./chart";
import type { HostRequestContext } from "./context";
import { HostCollection } from "./host-collection";
import type { HostRange } from "./range";

export class HostChartCollection extends HostCollection<HostChart> {
  protected readonly className = "ChartCollection";

  constructor(
    context: HostRequestContext,
    private readonly sheet: () => SheetState,
  ) {
    super(context);
  }

  protected listItems(): HostChart[] {
    return this.sheet().charts.map((c) => {
      const item = new HostChart(this.context, this.sheet, () => c, false, null);
      item.bind();
      return item;
    });
  }

  protected countItems(): number {
    return this.sheet().charts.length;
  }

  private byName(name: string): ChartState | undefined {
    return this.sheet().charts.find((c) => c.name.toLowerCase() === name.toLowerCase() || c.id === name);
  }

  getItem(name: string): HostChart {
    return new HostChart(this.context, this.sheet, () => this.byName(name), false, { getItem: name });
  }

  getItemOrNullObject(name: string): HostChart {
    return new HostChart(this.context, this.sheet, () => this.byName(name), true, {
      getItemOrNullObject: name,
    });
  }

  getItemAt(index: number): HostChart {
    return new HostChart(this.context, this.sheet, () => this.sheet().charts[index], false, {
      getItemAt: index,
    });
  }

  add(
    type: Excel.ChartType | string,
    sourceData: HostRange,
    seriesBy?: Excel.ChartSeriesBy | string,
  ): HostChart {
    let created: ChartState | undefined;
    const chart = new HostChart(this.context, this.sheet, () => created, false, null);
    this.context.enqueueWrite({ call: "ChartCollection.add", args: [type, seriesBy] }, () => {
      const sheet = this.sheet();
      const source = sourceData.location();
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      created = {
        id: this.context.model.nextId("CHART"),
        name: `Chart ${n}`,
        type: String(type),
        sourceSheetId: source.sheet.id,
        sourceRect: source.rect,
        seriesBy: String(seriesBy ?? "Auto"),
        title: "",
        titleVisible: false,
        legendVisible: true,
        legendPosition: "Right",
        top: 0,
        left: 0,
        width: 360,
        height: 216,
        startCell: null,
        endCell: null,
        axes: { categoryTitle: "", valueTitle: "", valueNumberFormat: "General" },
      };
      sheet.charts.push(created);
      chart.bind();
      chart.setNull(false);
    });
    return chart;
  }
}
