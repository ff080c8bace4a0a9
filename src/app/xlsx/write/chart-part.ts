/**
 * A chart part (xl/charts/chartN.xml, DrawingML c:chartSpace): a clustered column or bar chart or a
 * line chart whose series refer to the sheet's cells, with the values cached (strCache / numCache) so
 * Excel and LibreOffice draw it before they recalculate. Element order follows dml-chart.xsd.
 */
import { absoluteAddress, type Rect } from "../../../host/address";
import type { ChartState } from "../../../host/model/state";
import type { ChartData } from "../../charts/chart-series";
import { escapeAttr, escapeText } from "../xml/escape";
import { XML_DECLARATION } from "./namespaces";

export const NS_CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const NS_DRAWING_MAIN = "http://schemas.openxmlformats.org/drawingml/2006/main";

const CATEGORY_AXIS = 500_000_001;
const VALUE_AXIS = 500_000_002;

const LEGEND_POSITION: Record<string, string> = {
  Left: "l",
  Right: "r",
  Top: "t",
  Bottom: "b",
  Corner: "tr",
};

function val(name: string, value: string | number): string {
  return `<c:${name} val="${escapeAttr(String(value))}"/>`;
}

function richText(text: string): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeText(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    val("overlay", 0)
  );
}

function title(text: string): string {
  return `<c:title>${richText(text)}</c:title>`;
}

function strRef(sheet: string, rect: Rect, texts: readonly string[]): string {
  const points = texts.map((t, i) => `<c:pt idx="${i}"><c:v>${escapeText(t)}</c:v></c:pt>`).join("");
  return (
    `<c:strRef><c:f>${escapeText(absoluteAddress(sheet, rect))}</c:f>` +
    `<c:strCache>${val("ptCount", texts.length)}${points}</c:strCache></c:strRef>`
  );
}

function numRef(sheet: string, rect: Rect, values: readonly (number | null)[], format: string): string {
  const points = values
    .map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  return (
    `<c:numRef><c:f>${escapeText(absoluteAddress(sheet, rect))}</c:f>` +
    `<c:numCache><c:formatCode>${escapeText(format)}</c:formatCode>${val("ptCount", values.length)}${points}` +
    "</c:numCache></c:numRef>"
  );
}

function seriesXml(data: ChartData): string {
  const line = data.shape === "line";
  return data.series
    .map((s, i) => {
      const name = s.nameRect ? `<c:tx>${strRef(data.sheetName, s.nameRect, [s.name])}</c:tx>` : "";
      const categories = data.categoriesRect
        ? `<c:cat>${strRef(data.sheetName, data.categoriesRect, data.categories)}</c:cat>`
        : "";
      const values = `<c:val>${numRef(data.sheetName, s.valuesRect, s.values, data.numberFormat)}</c:val>`;
      return line
        ? `<c:ser>${val("idx", i)}${val("order", i)}${name}<c:marker>${val("symbol", "circle")}</c:marker>` +
            `${categories}${values}${val("smooth", 0)}</c:ser>`
        : `<c:ser>${val("idx", i)}${val("order", i)}${name}${val("invertIfNegative", 0)}${categories}${values}</c:ser>`;
    })
    .join("");
}

function plot(data: ChartData): string {
  const axes = val("axId", CATEGORY_AXIS) + val("axId", VALUE_AXIS);
  if (data.shape === "line") {
    return `<c:lineChart>${val("grouping", "standard")}${val("varyColors", 0)}${seriesXml(data)}${val("marker", 1)}${axes}</c:lineChart>`;
  }
  return (
    `<c:barChart>${val("barDir", data.shape === "bar" ? "bar" : "col")}${val("grouping", "clustered")}` +
    `${val("varyColors", 0)}${seriesXml(data)}${val("gapWidth", 150)}${axes}</c:barChart>`
  );
}

function axes(chart: ChartState, data: ChartData): string {
  // A bar chart lays its categories along the left edge and its values along the bottom.
  const bar = data.shape === "bar";
  const scaling = `<c:scaling>${val("orientation", "minMax")}</c:scaling>${val("delete", 0)}`;
  const ticks = val("majorTickMark", "out") + val("minorTickMark", "none") + val("tickLblPos", "nextTo");
  const valueFormat =
    chart.axes.valueNumberFormat && chart.axes.valueNumberFormat !== "General"
      ? `<c:numFmt formatCode="${escapeAttr(chart.axes.valueNumberFormat)}" sourceLinked="0"/>`
      : `<c:numFmt formatCode="${escapeAttr(data.numberFormat)}" sourceLinked="1"/>`;
  const category =
    `<c:catAx>${val("axId", CATEGORY_AXIS)}${scaling}${val("axPos", bar ? "l" : "b")}` +
    `${chart.axes.categoryTitle ? title(chart.axes.categoryTitle) : ""}${ticks}${val("crossAx", VALUE_AXIS)}` +
    `${val("crosses", "autoZero")}${val("auto", 1)}${val("lblAlgn", "ctr")}${val("lblOffset", 100)}` +
    `${val("noMultiLvlLbl", 0)}</c:catAx>`;
  const value =
    `<c:valAx>${val("axId", VALUE_AXIS)}${scaling}${val("axPos", bar ? "b" : "l")}<c:majorGridlines/>` +
    `${chart.axes.valueTitle ? title(chart.axes.valueTitle) : ""}${valueFormat}${ticks}` +
    `${val("crossAx", CATEGORY_AXIS)}${val("crosses", "autoZero")}${val("crossBetween", "between")}</c:valAx>`;
  return category + value;
}

/** The chart part's XML. */
export function renderChart(chart: ChartState, data: ChartData): string {
  const heading =
    chart.titleVisible && chart.title
      ? title(chart.title) + val("autoTitleDeleted", 0)
      : val("autoTitleDeleted", 1);
  const legend = chart.legendVisible
    ? `<c:legend>${val("legendPos", LEGEND_POSITION[chart.legendPosition] ?? "r")}${val("overlay", 0)}</c:legend>`
    : "";
  return (
    `${XML_DECLARATION}<c:chartSpace xmlns:c="${NS_CHART}" xmlns:a="${NS_DRAWING_MAIN}"` +
    ` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `${val("roundedCorners", 0)}<c:chart>${heading}<c:plotArea><c:layout/>${plot(data)}${axes(chart, data)}</c:plotArea>` +
    `${legend}${val("plotVisOnly", 1)}${val("dispBlanksAs", "gap")}</c:chart></c:chartSpace>`
  );
}
