/**
 * A worksheet's settings outside its cells, read straight from the part (exceljs, which read them
 * before, is no longer in the app): tab color, gridlines, frozen panes and the selected cell
 * (<sheetPr>, <sheetViews>), and conditional formats (<conditionalFormatting>, with the differential
 * formats of styles.xml) as exceljs-shaped rules for cf-map.ts.
 */
import type ExcelJS from "exceljs";
import { attrOf, childOf, childrenOf, parseXml, type XmlElement } from "../xml/mini-xml";
import { findElement } from "./sheet-regions";

export interface SheetView {
  /** ARGB, e.g. "FF00B050", when the tab has an RGB color. */
  readonly tabColor: string | undefined;
  readonly showGridLines: boolean;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** "B3", when the file says which cell was selected. */
  readonly activeCell: string | undefined;
}

function element(xml: string, name: string, from: number, before: number): XmlElement | undefined {
  const region = findElement(xml, name, from);
  return region && region.start < before ? parseXml(xml.slice(region.start, region.end)) : undefined;
}

const isOff = (value: string | undefined) => value === "0" || value === "false";

/** `before`: where the cells start (the settings come before them). */
export function readSheetView(xml: string, before: number): SheetView {
  const tab = childOf(element(xml, "sheetPr", 0, before), "tabColor");
  const view = childOf(element(xml, "sheetViews", 0, before), "sheetView");
  const pane = childOf(view, "pane");
  const frozen = attrOf(pane, "state") === "frozen" || attrOf(pane, "state") === "frozenSplit";
  const split = (name: string) => {
    const n = Number(attrOf(pane, name) ?? 0);
    return frozen && Number.isInteger(n) && n > 0 ? n : 0;
  };
  const selections = childrenOf(view, "selection");
  // With frozen panes the selection of the pane the user was in; else the only one.
  const selection = selections.find((s) => attrOf(s, "pane") === attrOf(pane, "activePane")) ?? selections[0];
  return {
    tabColor: attrOf(tab, "rgb"),
    showGridLines: !isOff(attrOf(view, "showGridLines")),
    frozenRows: split("ySplit"),
    frozenColumns: split("xSplit"),
    activeCell: attrOf(selection, "activeCell"),
  };
}

export interface FileConditionalFormatting {
  /** The sqref: one or more ranges separated by spaces. */
  readonly ref: string;
  readonly rules: ExcelJS.ConditionalFormattingRule[];
}

/** `after`: where the cells end (conditional formats come after them). */
export function readConditionalFormattings(
  xml: string,
  after: number,
  dxfs: readonly Partial<ExcelJS.Style>[],
): FileConditionalFormatting[] {
  const out: FileConditionalFormatting[] = [];
  for (let region = findElement(xml, "conditionalFormatting", after); region;) {
    const formatting = parseXml(xml.slice(region.start, region.end));
    const rules = childrenOf(formatting, "cfRule").map((rule) => {
      const dxfId = Number(attrOf(rule, "dxfId"));
      const style = Number.isInteger(dxfId) ? dxfs[dxfId] : undefined;
      // The shape cf-map.ts reads (exceljs's rule model); other rule types are counted as not kept.
      return {
        type: attrOf(rule, "type") ?? "",
        priority: Number(attrOf(rule, "priority")),
        operator: attrOf(rule, "operator"),
        stopIfTrue: attrOf(rule, "stopIfTrue") === "1" || attrOf(rule, "stopIfTrue") === "true",
        formulae: childrenOf(rule, "formula").map((f) => f.text),
        ...(style ? { style } : {}),
      } as unknown as ExcelJS.ConditionalFormattingRule;
    });
    out.push({ ref: attrOf(formatting, "sqref") ?? "", rules });
    region = findElement(xml, "conditionalFormatting", region.end);
  }
  return out;
}
