/** Worksheet.charts: recorded in the model (type, source, title, position), never rendered. */
import { qualifiedAddress, parseAddress } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import type { ChartState, SheetState } from "../model/state";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "../model/style";
import type { HostRequestContext } from "./context";
import { describeArg, HostClientResult, HostObject, queueCollectionLoad } from "./host-object";
import type { PropertyReaders } from "./host-object";
import type { HostRange } from "./range";

type ChartFinder = () => { sheet: SheetState; chart: ChartState };

class ChartPart extends HostObject {
  constructor(
    context: HostRequestContext,
    protected readonly chart: ChartFinder,
    protected readonly className: string,
    private readonly read: (chart: ChartState) => PropertyReaders,
  ) {
    super(context);
  }
  protected resolvesToNull(): boolean {
    return false;
  }
  protected readers(): PropertyReaders {
    return this.read(this.chart().chart);
  }
  protected update(name: string, value: unknown, change: (chart: ChartState) => void): void {
    this.queueSet(name, value, () => change(this.chart().chart));
  }
}

export class HostChartTitle extends ChartPart {
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

export class HostChartLegend extends ChartPart {
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

class HostAxisTitle extends ChartPart {
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

class HostAxis extends ChartPart {
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

class HostAxes extends ChartPart {
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

/** Top-left corner (points) of a cell, from the sheet's column widths and row heights. */
function cellOrigin(sheet: SheetState, row: number, col: number): { top: number; left: number } {
  let left = 0;
  for (let c = 0; c < col; c++) left += sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH;
  let top = 0;
  for (let r = 0; r < row; r++) top += sheet.rowHeights[r] ?? DEFAULT_ROW_HEIGHT;
  return { top, left };
}

export class HostChart extends HostObject {
  protected readonly className = "Chart";
  private chartId: string | null | undefined;
  readonly title: HostChartTitle;
  readonly legend: HostChartLegend;
  readonly axes: HostAxes;

  constructor(
    context: HostRequestContext,
    private readonly sheet: () => SheetState,
    private readonly find: () => ChartState | undefined,
    private readonly nullable: boolean,
    description: unknown,
  ) {
    super(context);
    const finder: ChartFinder = () => this.located();
    this.title = new HostChartTitle(context, finder, "ChartTitle", (c) => ({
      text: () => c.title,
      visible: () => c.titleVisible,
    }));
    this.legend = new HostChartLegend(context, finder, "ChartLegend", (c) => ({
      visible: () => c.legendVisible,
      position: () => c.legendPosition,
    }));
    this.axes = new HostAxes(context, finder);
    if (description !== null) HostObject.queueBind(context, description, () => this.bind(), this);
  }

  /** @internal */
  bind(): boolean {
    const chart = this.find();
    if (!chart) {
      if (!this.nullable) throw hostError(HostErrorCodes.itemNotFound, "The requested chart does not exist.");
      this.chartId = null;
      return true;
    }
    this.chartId = chart.id;
    return false;
  }

  private located(): { sheet: SheetState; chart: ChartState } {
    if (this.chartId === undefined) this.bind();
    const sheet = this.sheet();
    const chart = sheet.charts.find((c) => c.id === this.chartId);
    if (!chart) throw hostError(HostErrorCodes.itemNotFound, "The chart no longer exists.");
    return { sheet, chart };
  }

  protected resolvesToNull(): boolean {
    if (this.chartId === undefined) this.bind();
    return this.chartId === null;
  }

  protected override navigations(): Record<string, HostObject> {
    return { title: this.title, legend: this.legend, axes: this.axes };
  }

  protected readers(): PropertyReaders {
    const c = (): ChartState => this.located().chart;
    return {
      id: () => c().id,
      name: () => c().name,
      chartType: () => c().type,
      top: () => c().top,
      left: () => c().left,
      width: () => c().width,
      height: () => c().height,
    };
  }

  get id(): string {
    return this.loaded("id");
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.queueSet("name", value, () => {
      const { sheet, chart } = this.located();
      if (
        sheet.charts.some(
          (other) => other !== chart && other.name.toLowerCase() === String(value).toLowerCase(),
        )
      ) {
        throw hostError(
          HostErrorCodes.itemAlreadyExists,
          `A chart named "${value}" already exists on this sheet.`,
        );
      }
      chart.name = String(value);
    });
  }
  get chartType(): Excel.ChartType {
    return this.loaded("chartType");
  }
  set chartType(value: Excel.ChartType) {
    this.queueSet("chartType", value, () => {
      this.located().chart.type = String(value);
    });
  }
  private numberProp(name: "top" | "left" | "width" | "height", value: number): void {
    this.queueSet(name, value, () => {
      if (typeof value !== "number" || value < 0)
        throw hostError(HostErrorCodes.invalidArgument, `Chart.${name} must be >= 0.`);
      this.located().chart[name] = value;
    });
  }
  get top(): number {
    return this.loaded("top");
  }
  set top(value: number) {
    this.numberProp("top", value);
  }
  get left(): number {
    return this.loaded("left");
  }
  set left(value: number) {
    this.numberProp("left", value);
  }
  get width(): number {
    return this.loaded("width");
  }
  set width(value: number) {
    this.numberProp("width", value);
  }
  get height(): number {
    return this.loaded("height");
  }
  set height(value: number) {
    this.numberProp("height", value);
  }

  /** setPosition("H2", "P20"): the chart covers those cells (top/left/width/height follow). */
  setPosition(startCell: HostRange | string, endCell?: HostRange | string): void {
    this.queueCall(
      "setPosition",
      [describeArg(startCell), endCell === undefined ? null : describeArg(endCell)],
      () => {
        const { sheet, chart } = this.located();
        const rectOf = (cell: HostRange | string) => {
          const rect = typeof cell === "string" ? parseAddress(cell)?.rect : cell.location().rect;
          if (!rect)
            throw hostError(HostErrorCodes.invalidArgument, `"${describeArg(cell)}" is not a cell address.`);
          return rect;
        };
        const start = rectOf(startCell);
        const origin = cellOrigin(sheet, start.r0, start.c0);
        chart.top = origin.top;
        chart.left = origin.left;
        chart.startCell = typeof startCell === "string" ? startCell : qualifiedAddress(sheet.name, start);
        if (endCell !== undefined) {
          const end = rectOf(endCell);
          const far = cellOrigin(sheet, end.r1 + 1, end.c1 + 1);
          chart.width = far.left - origin.left;
          chart.height = far.top - origin.top;
          chart.endCell = typeof endCell === "string" ? endCell : qualifiedAddress(sheet.name, end);
        }
      },
    );
  }

  setData(sourceData: HostRange, seriesBy?: Excel.ChartSeriesBy): void {
    this.queueCall("setData", [], () => {
      const { sheet, rect } = sourceData.location();
      const chart = this.located().chart;
      chart.sourceSheetId = sheet.id;
      chart.sourceRect = rect;
      if (seriesBy !== undefined) chart.seriesBy = String(seriesBy);
    });
  }

  delete(): void {
    this.queueCall("delete", [], () => {
      const { sheet, chart } = this.located();
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

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
