/** A chart's title, legend and axes: sub-objects that read and write the chart's state. */
import type { ChartState } from "../model/state";
import type { HostRequestContext } from "./context";
import type { HostObject } from "./host-object";
import { StatePart } from "./state-part";

/** The chart, at sync time. */
export type ChartFinder = () => ChartState;

export class HostChartTitle extends StatePart<ChartState> {
  get text(): string {
    return this.loaded("text");
  }
  set text(value: string) {
    this.update("text", value, (c) => {
      c.title = String(value);
      c.titleVisible = true;
    });
  }
  get visible(): boolean {
    return this.loaded("visible");
  }
  set visible(value: boolean) {
    this.update("visible", value, (c) => {
      c.titleVisible = Boolean(value);
    });
  }
}

export class HostChartLegend extends StatePart<ChartState> {
  get visible(): boolean {
    return this.loaded("visible");
  }
  set visible(value: boolean) {
    this.update("visible", value, (c) => {
      c.legendVisible = Boolean(value);
    });
  }
  get position(): Excel.ChartLegendPosition {
    return this.loaded("position");
  }
  set position(value: Excel.ChartLegendPosition) {
    this.update("position", value, (c) => {
      c.legendPosition = String(value);
    });
  }
}

export class HostAxisTitle extends StatePart<ChartState> {
  get text(): string {
    return this.loaded("text");
  }
  set text(value: string) {
    this.update("text", value, (c) => this.write(c, String(value)));
  }
  constructor(
    context: HostRequestContext,
    chart: ChartFinder,
    private readonly which: "categoryTitle" | "valueTitle",
  ) {
    super(context, chart, "ChartAxisTitle", (c) => ({ text: () => c.axes[which] }));
  }
  private write(chart: ChartState, text: string): void {
    chart.axes[this.which] = text;
  }
}

export class HostAxis extends StatePart<ChartState> {
  readonly title: HostAxisTitle;
  constructor(context: HostRequestContext, chart: ChartFinder, which: "category" | "value") {
    super(context, chart, "ChartAxis", (c) => ({ numberFormat: () => c.axes.valueNumberFormat }));
    this.title = new HostAxisTitle(context, chart, which === "category" ? "categoryTitle" : "valueTitle");
  }
  protected override navigations(): Record<string, HostObject> {
    return { title: this.title };
  }
  get numberFormat(): string {
    return this.loaded("numberFormat");
  }
  set numberFormat(value: string) {
    this.update("numberFormat", value, (c) => {
      c.axes.valueNumberFormat = String(value);
    });
  }
}

export class HostAxes extends StatePart<ChartState> {
  readonly categoryAxis: HostAxis;
  readonly valueAxis: HostAxis;
  constructor(context: HostRequestContext, chart: ChartFinder) {
    super(context, chart, "ChartAxes", () => ({}));
    this.categoryAxis = new HostAxis(context, chart, "category");
    this.valueAxis = new HostAxis(context, chart, "value");
  }
  protected override navigations(): Record<string, HostObject> {
    return { categoryAxis: this.categoryAxis, valueAxis: this.valueAxis };
  }
}
