/**
 * A sheet's drawing part (xl/drawings/drawingN.xml, DrawingML xdr:wsDr): one twoCellAnchor per chart,
 * holding a graphic frame that links to the chart part through the drawing's relationships (rId1 is
 * the first chart, rId2 the second, ...).
 */
import type { ChartState, SheetState } from "../../../host/model/state";
import { chartAnchor, type AnchorPoint } from "../../charts/chart-anchor";
import { escapeAttr } from "../xml/escape";
import { NS_CHART, NS_DRAWING_MAIN } from "./chart-part";
import { NS_R, XML_DECLARATION } from "./namespaces";

const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const EMU_PER_POINT = 12_700;

function marker(name: "from" | "to", p: AnchorPoint): string {
  return (
    `<xdr:${name}><xdr:col>${p.col}</xdr:col><xdr:colOff>${Math.round(p.colOffset * EMU_PER_POINT)}</xdr:colOff>` +
    `<xdr:row>${p.row}</xdr:row><xdr:rowOff>${Math.round(p.rowOffset * EMU_PER_POINT)}</xdr:rowOff></xdr:${name}>`
  );
}

export function renderDrawing(sheet: SheetState, charts: readonly ChartState[]): string {
  const anchors = charts.map((chart, i) => {
    const { from, to } = chartAnchor(sheet, chart);
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker("from", from)}${marker("to", to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeAttr(chart.name)}"/>` +
      "<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>" +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS_CHART}"><c:chart xmlns:c="${NS_CHART}" r:id="rId${i + 1}"/>` +
      "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
    );
  });
  return (
    `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_DRAWING_MAIN}" xmlns:r="${NS_R}">` +
    `${anchors.join("")}</xdr:wsDr>`
  );
}
