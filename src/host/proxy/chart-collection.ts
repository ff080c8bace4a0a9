/** Worksheet.charts: add, getItem, getItemAt, items, count. */
import type { ChartState, SheetState } from "../model/state";
import { HostChart } from "./chart";
import type { HostRequestContext } from "./context";
import { HostClientResult, HostObject, queueCollectionLoad } from "./host-object";
import type { PropertyReaders } from "./host-object";
import type { HostRange } from "./range";

export class HostChartCollection extends HostObject {
  protected readonly className = "ChartCollection";
  private loadedItems: HostChart[] | undefined;

  constructor(
    context: HostRequestContext,
    private readonly sheet: () => SheetState,
  ) {
    super(context);
  }

  protected resolvesToNull(): boolean {
    return false;
  }

  protected readers(): PropertyReaders {
    return { count: () => this.sheet().charts.length };
  }

  override load(propertyNames?: unknown): this {
    queueCollectionLoad(
      this.context,
      this.className,
      propertyNames,
      () =>
        this.sheet().charts.map((c) => {
          const item = new HostChart(this.context, this.sheet, () => c, false, null);
          item.bind();
          return item;
        }),
      (items) => {
        this.loadedItems = items;
      },
    );
    if (typeof propertyNames === "string" && /\bcount\b/.test(propertyNames)) super.load("count");
    return this;
  }

  get items(): HostChart[] {
    if (!this.loadedItems) return this.loaded("items");
    return this.loadedItems;
  }

  get count(): number {
    return this.loaded("count");
  }

  getCount(): HostClientResult<number> {
    return new HostClientResult(this.context, "ChartCollection.getCount", () => this.sheet().charts.length);
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
