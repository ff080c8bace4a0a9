/**
 * A worksheet's charts, from its <drawing> part and the chart parts the drawing links to: clustered
 * column and bar charts and line charts whose series are one block of cells (labels in the first row
 * and column, as the app writes them and as Excel makes them from a selected range). Other charts
 * (pie, stacked, scatter, series scattered over the sheet) are named in `notes`: not shown, not saved.
 */
import { cellAddress, parseAddress, type Rect } from "../../../host/address";
import type { ChartState, SheetState } from "../../../host/model/state";
import type { WorkbookModel } from "../../../host/model/workbook-model";
import { cellOrigin } from "../../charts/chart-anchor";
import { chartShape, seriesInColumns } from "../../charts/chart-series";
import { attrOf, childOf, childrenOf, parseXml, type XmlElement } from "../xml/mini-xml";
import type { ZipReader } from "../zip/zip-reader";
import { readRelationships } from "./package-reader";
import { findElement } from "./sheet-regions";

const EMU_PER_POINT = 12_700;
const LEGEND_POSITION: Record<string, string> = {
  l: "Left",
  r: "Right",
  t: "Top",
  b: "Bottom",
  tr: "Corner",
};

interface FileSeries {
  readonly name: Rect | null;
  readonly categories: Rect | null;
  readonly values: Rect;
}

interface Ref {
  readonly sheet: string;
  readonly rect: Rect;
}

/** The text of every descendant <a:t>, joined (a rich title split into runs). */
function textOf(element: XmlElement | undefined): string {
  if (!element) return "";
  if (element.name === "t") return element.text;
  return element.children.map(textOf).join("");
}

function refOf(element: XmlElement | undefined, fallbackSheet: string): Ref | null | undefined {
  const formula = childOf(childOf(element, "strRef") ?? childOf(element, "numRef"), "f")?.text;
  if (formula === undefined) return element ? null : undefined;
  const parsed = parseAddress(formula.trim().replace(/^\(|\)$/g, ""));
  return parsed ? { sheet: parsed.sheet ?? fallbackSheet, rect: parsed.rect } : null;
}

function bounding(rects: readonly Rect[]): Rect {
  return rects.reduce((a, b) => ({
    r0: Math.min(a.r0, b.r0),
    c0: Math.min(a.c0, b.c0),
    r1: Math.max(a.r1, b.r1),
    c1: Math.max(a.c1, b.c1),
  }));
}

const same = (a: Rect | null, b: Rect | null) =>
  a === b || (!!a && !!b && a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1);

/** True when the series are exactly what chartData reads from `source` (so the chart draws the same). */
function laidOutAsBlock(series: readonly FileSeries[], source: Rect, byColumns: boolean): boolean {
  const { r0, c0, r1, c1 } = source;
  return series.every((s, i) => {
    const values: Rect = byColumns
      ? { r0: r0 + 1, c0: c0 + 1 + i, r1, c1: c0 + 1 + i }
      : { r0: r0 + 1 + i, c0: c0 + 1, r1: r0 + 1 + i, c1 };
    const name: Rect = byColumns
      ? { r0, c0: c0 + 1 + i, r1: r0, c1: c0 + 1 + i }
      : { r0: r0 + 1 + i, c0, r1: r0 + 1 + i, c1: c0 };
    const categories: Rect = byColumns ? { r0: r0 + 1, c0, r1, c1: c0 } : { r0, c0: c0 + 1, r1: r0, c1 };
    return same(s.values, values) && same(s.name, name) && same(s.categories, categories);
  });
}

type Parsed = Omit<ChartState, "id" | "name" | "top" | "left" | "width" | "height" | "startCell" | "endCell">;

function parseChart(xml: string, model: WorkbookModel, sheetName: string): Parsed | string {
  const root = parseXml(xml);
  const chart = childOf(root, "chart");
  const plotArea = childOf(chart, "plotArea");
  const plots = (plotArea?.children ?? []).filter((c) => /Chart$/.test(c.name));
  const plot = plots[0];
  if (plots.length !== 1 || !plot) return "it combines several chart types";
  let type: string;
  if (plot.name === "barChart") {
    const grouping = attrOf(childOf(plot, "grouping"), "val") ?? "clustered";
    if (grouping !== "clustered") return `its ${grouping} bars are not drawn by the app`;
    type = attrOf(childOf(plot, "barDir"), "val") === "bar" ? "BarClustered" : "ColumnClustered";
  } else if (plot.name === "lineChart") {
    const grouping = attrOf(childOf(plot, "grouping"), "val") ?? "standard";
    if (grouping !== "standard") return `its ${grouping} lines are not drawn by the app`;
    type = "Line";
  } else return `the app does not draw ${plot.name.replace(/Chart$/, "")} charts`;

  const refs: Ref[] = [];
  const series: FileSeries[] = [];
  for (const ser of childrenOf(plot, "ser")) {
    const values = refOf(childOf(ser, "val"), sheetName);
    const name = refOf(childOf(ser, "tx"), sheetName);
    const categories = refOf(childOf(ser, "cat"), sheetName);
    if (!values || name === null || categories === null) return "its data is not a range of cells";
    for (const ref of [values, name, categories]) if (ref) refs.push(ref);
    series.push({ values: values.rect, name: name?.rect ?? null, categories: categories?.rect ?? null });
  }
  const first = refs[0];
  if (!first || series.length === 0) return "it has no data";
  if (refs.some((r) => r.sheet.toLowerCase() !== first.sheet.toLowerCase())) return "its data spans sheets";
  const source = model.getSheet(first.sheet);
  if (!source) return `its data is on a sheet that is not there (${first.sheet})`;
  const sourceRect = bounding(refs.map((r) => r.rect));
  const firstValues = series[0]!.values;
  const byColumns =
    firstValues.c0 === firstValues.c1 && (firstValues.r1 > firstValues.r0 || series.length === 1);
  const seriesBy = byColumns ? "Columns" : "Rows";
  if (!laidOutAsBlock(series, sourceRect, seriesInColumns({ seriesBy, sourceRect })))
    return "its series are not one block of cells with labels";

  const title = childOf(chart, "title");
  const legend = childOf(chart, "legend");
  const axisTitle = (name: string) => textOf(childOf(childOf(plotArea, name), "title"));
  const valueFormat = childOf(childOf(plotArea, "valAx"), "numFmt");
  return {
    type,
    sourceSheetId: source.id,
    sourceRect,
    seriesBy,
    title: textOf(childOf(title, "tx")),
    titleVisible: title !== undefined,
    legendVisible: legend !== undefined,
    legendPosition: LEGEND_POSITION[attrOf(childOf(legend, "legendPos"), "val") ?? "r"] ?? "Right",
    axes: {
      categoryTitle: axisTitle("catAx"),
      valueTitle: axisTitle("valAx"),
      valueNumberFormat:
        attrOf(valueFormat, "sourceLinked") === "0"
          ? (attrOf(valueFormat, "formatCode") ?? "General")
          : "General",
    },
  };
}

function marker(anchor: XmlElement, name: "from" | "to") {
  const m = childOf(anchor, name);
  const n = (child: string) => Math.max(0, Math.trunc(Number(childOf(m, child)?.text ?? 0)) || 0);
  return {
    row: n("row"),
    col: n("col"),
    rowOffset: n("rowOff") / EMU_PER_POINT,
    colOffset: n("colOff") / EMU_PER_POINT,
  };
}

/** Top, left, width, height (points) and, when it covers whole cells, the cells a chart covers. */
function placement(sheet: SheetState, anchor: XmlElement) {
  const ext = childOf(anchor, "ext");
  const size = {
    width: Math.max(0, Number(attrOf(ext, "cx") ?? 0) / EMU_PER_POINT || 0),
    height: Math.max(0, Number(attrOf(ext, "cy") ?? 0) / EMU_PER_POINT || 0),
  };
  if (anchor.name === "absoluteAnchor") {
    const pos = childOf(anchor, "pos");
    const at = (name: string) => Math.max(0, Number(attrOf(pos, name) ?? 0) / EMU_PER_POINT || 0);
    return { top: at("y"), left: at("x"), ...size, startCell: null, endCell: null };
  }
  const from = marker(anchor, "from");
  const a = cellOrigin(sheet, from.row, from.col);
  const top = a.top + from.rowOffset;
  const left = a.left + from.colOffset;
  if (anchor.name === "oneCellAnchor") return { top, left, ...size, startCell: null, endCell: null };
  const to = marker(anchor, "to");
  const b = cellOrigin(sheet, to.row, to.col);
  const exact = from.rowOffset + from.colOffset + to.rowOffset + to.colOffset === 0;
  return {
    top,
    left,
    width: Math.max(0, b.left + to.colOffset - left),
    height: Math.max(0, b.top + to.rowOffset - top),
    startCell: exact ? cellAddress(from.row, from.col) : null,
    endCell: exact && to.row > from.row && to.col > from.col ? cellAddress(to.row - 1, to.col - 1) : null,
  };
}

/**
 * Adds the charts of one worksheet part to `sheet`. `xml` is the worksheet part; its <drawing> comes
 * after the cells, so the search starts at `from` (the end of <sheetData>).
 */
export async function readCharts(
  zip: ZipReader,
  model: WorkbookModel,
  sheet: SheetState,
  sheetPath: string,
  xml: string,
  from: number,
  notes: string[],
): Promise<void> {
  const region = findElement(xml, "drawing", from);
  if (!region) return;
  const id = attrOf(parseXml(xml.slice(region.start, region.end)), "id");
  const drawingPath = (await readRelationships(zip, sheetPath)).get(id ?? "")?.path;
  if (!drawingPath || !zip.has(drawingPath)) return;
  const drawing = parseXml(await zip.textOf(drawingPath));
  const rels = await readRelationships(zip, drawingPath);
  const dropped: string[] = [];
  for (const anchor of drawing.children) {
    const frame = childOf(anchor, "graphicFrame");
    const chartRef = childOf(childOf(childOf(frame, "graphic"), "graphicData"), "chart");
    if (!chartRef) continue; // pictures and shapes: counted by the rest of the reader
    const name = attrOf(childOf(childOf(frame, "nvGraphicFramePr"), "cNvPr"), "name") || "a chart";
    const path = rels.get(attrOf(chartRef, "id") ?? "")?.path;
    if (!path || !zip.has(path)) {
      dropped.push(`${name} (its chart part is missing)`);
      continue;
    }
    let parsed: Parsed | string;
    try {
      parsed = parseChart(await zip.textOf(path), model, sheet.name);
    } catch (error) {
      parsed = `its chart part is unreadable (${(error as Error).message})`;
    }
    if (typeof parsed === "string") {
      dropped.push(`${name} (${parsed})`);
      continue;
    }
    if (!chartShape(parsed.type)) continue;
    const taken = sheet.charts.some((c) => c.name.toLowerCase() === name.toLowerCase());
    sheet.charts.push({
      ...parsed,
      id: model.nextId("CHART"),
      name: taken ? `Chart ${sheet.charts.length + 1}` : name,
      ...placement(sheet, anchor),
    });
  }
  if (dropped.length > 0) {
    notes.push(
      `${dropped.length} chart(s) on ${sheet.name} are not shown and not saved again: ${dropped.join("; ")}.`,
    );
  }
}
