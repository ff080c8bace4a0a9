/** Excel.Chart: recorded in the model (type, source, title, position), never rendered. */
import { qualifiedAddress } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import type { ChartState, SheetState } from "../model/state";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "../model/style";
import { BoundObject } from "./bound-object";
import type { ChartFinder } from "./chart-parts";
import { HostAxes, HostChartLegend, HostChartTitle } from "./chart-parts";
import type { HostRequestContext } from "./context";
import { describeArg, HostObject } from "./host-object";
import type { PropertyReaders } from "./host-object";
import type { HostRange } from "./range";
import { argumentRect } from "./range-argument";

/** Top-left corner (points) of a cell, from the sheet's column widths and row heights. */
function cellOrigin(sheet: SheetState, row: number, col: number): { top: number; left: number } {
  let left = 0;
  for (let c = 0; c < col; c++) left += sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH;
  let top = 0;
  for (let r = 0; r < row; r++) top += sheet.rowHeights[r] ?? DEFAULT_ROW_HEIGHT;
  return { top, left };
}

export class HostChart extends BoundObject<string> {
  protected readonly className = "Chart";
  protected readonly noun = "chart";
  readonly title: HostChartTitle;
  readonly legend: HostChartLegend;
  readonly axes: HostAxes;

  constructor(
    context: HostRequestContext,
    private readonly sheet: () => SheetState,
    find: () => ChartState | undefined,
    nullable: boolean,
    description: unknown,
  ) {
    super(context, () => find()?.id, nullable, description);
    const finder: ChartFinder = () => this.located().chart;
    this.title = new HostChartTitle(context, finder, "ChartTitle", (c) => ({
      text: () => c.title,
      visible: () => c.titleVisible,
    }));
    this.legend = new HostChartLegend(context, finder, "ChartLegend", (c) => ({
      visible: () => c.legendVisible,
      position: () => c.legendPosition,
    }));
    this.axes = new HostAxes(context, finder);
  }

  private located(): { sheet: SheetState; chart: ChartState } {
    const id = this.boundKey();
    const sheet = this.sheet();
    const chart = sheet.charts.find((c) => c.id === id);
    if (!chart) throw hostError(HostErrorCodes.itemNotFound, "The chart no longer exists.");
    return { sheet, chart };
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
          const rect = argumentRect(cell);
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
