/**
 * Scans a worksheet's <sheetData> in place: one callback per row and per cell, no element tree. On
 * 100k-row sheets this is what keeps opening fast (exceljs built several objects per cell). Shared
 * formulas are expanded here: a dependent cell gets the master's formula with its relative references
 * moved, as Excel shows it.
 */
import { cellAddress, MAX_COLUMNS, MAX_ROWS } from "../../../host/address";
import { shiftFormula } from "../../../host/formula/references";
import { tagEnd } from "../xml/mini-xml";
import {
  attrValue,
  eachAttribute,
  elementText,
  integerAt,
  isLocalName,
  nameEnd,
  stringItemText,
} from "./xml-scan";

export interface RawCell {
  row: number;
  col: number;
  /** Index into the styles' cellXfs (0: unformatted). */
  style: number;
  /** The t attribute: "" (number), "s", "str", "inlineStr", "b", "e", "d". */
  type: string;
  /** The <v> text, or an inline string's text; null when the cell has neither. */
  value: string | null;
  /** The formula as stored in the file (no "="), shared formulas expanded; null when none. */
  formula: string | null;
}

export interface SheetDataVisitor {
  row(row: number, height: number | null): void;
  /** The object is reused for the next cell: copy what you keep. */
  cell(cell: RawCell): void;
}

interface SharedFormula {
  readonly text: string;
  readonly row: number;
  readonly col: number;
}

function closeTagOf(xml: string, lt: number, end: number): string {
  return `</${xml.slice(lt + 1, end)}>`;
}

/**
 * The text of a simple element (<v>) starting at `from`, just after its start tag: the common case,
 * plain text up to the end tag, without building an object; undefined otherwise (elementText then).
 */
function plainText(xml: string, from: number): string | undefined {
  const lt = xml.indexOf("<", from);
  if (lt < 0 || xml.charCodeAt(lt + 1) !== 47) return undefined;
  const text = xml.slice(from, lt);
  return text.includes("&") ? undefined : text;
}

/** Reads a cell's children (<v>, <f>, <is>) starting after its start tag; returns the index past </c>. */
function readCellContent(
  xml: string,
  from: number,
  cell: RawCell,
  shared: Map<string, SharedFormula>,
): number {
  let i = from;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) return xml.length;
    if (xml.charCodeAt(lt + 1) === 47) {
      const closeEnd = nameEnd(xml, lt + 2);
      const gt = xml.indexOf(">", closeEnd);
      if (gt < 0) return xml.length;
      if (isLocalName(xml, lt + 2, closeEnd, "c")) return gt + 1;
      i = gt + 1;
      continue;
    }
    const end = nameEnd(xml, lt + 1);
    const gt = tagEnd(xml, end);
    if (gt < 0) throw new Error("a cell's XML is cut short");
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    if (isLocalName(xml, lt + 1, end, "v")) {
      if (selfClosing) {
        cell.value = "";
        i = gt + 1;
        continue;
      }
      const plain = plainText(xml, gt + 1);
      if (plain !== undefined) {
        cell.value = plain;
        i = gt + 1 + plain.length; // at the end tag, skipped by the next round
      } else {
        const { text, next } = elementText(xml, gt + 1);
        cell.value = text;
        i = next;
      }
    } else if (isLocalName(xml, lt + 1, end, "f")) {
      let text = "";
      if (selfClosing) i = gt + 1;
      else ({ text, next: i } = elementText(xml, gt + 1));
      const si = attrValue(xml, end, gt, "t") === "shared" ? attrValue(xml, end, gt, "si") : undefined;
      if (si !== undefined && text === "") {
        const master = shared.get(si);
        text = master ? shiftFormula(master.text, cell.row - master.row, cell.col - master.col) : "";
      } else if (si !== undefined) {
        shared.set(si, { text, row: cell.row, col: cell.col });
      }
      cell.formula = text === "" ? null : text;
    } else if (isLocalName(xml, lt + 1, end, "is")) {
      if (selfClosing) {
        cell.value = "";
        i = gt + 1;
      } else {
        const closeTag = closeTagOf(xml, lt, end);
        const close = xml.indexOf(closeTag, gt);
        const stop = close < 0 ? xml.length : close;
        cell.value = stringItemText(xml, gt + 1, stop);
        i = stop + closeTag.length;
      }
    } else {
      i = gt + 1; // anything else in a cell (extLst) is skipped
    }
  }
}

/** Refuses a cell or row past XFD1048576: the host (and Excel) have no such cell. */
function outsideGrid(reference: string): Error {
  const shown = reference.length > 40 ? `${reference.slice(0, 40)}…` : reference;
  return new Error(`it has a cell at ${shown}, outside Excel's grid (A1:XFD1048576)`);
}

/**
 * What a scan carries from one piece of a sheet's cells to the next (sheet-part.ts cuts them where a row
 * starts): the last row number (a <row> without r follows it) and the shared formulas' masters.
 */
export interface ScanState {
  row: number;
  readonly shared: Map<string, SharedFormula>;
}

export function newScanState(): ScanState {
  return { row: -1, shared: new Map() };
}

/** Scans xml[from, to), the inside of <sheetData>. Throws on a cell or row outside Excel's grid. */
export function scanSheetData(xml: string, from: number, to: number, visitor: SheetDataVisitor): void {
  for (const _step of scanSheetDataInSteps(xml, from, to, visitor));
}

/** Rows scanned between the steps of scanSheetDataInSteps. */
const ROWS_PER_STEP = 256;

/**
 * scanSheetData in steps: the generator pauses every ROWS_PER_STEP rows, so a caller can let the page
 * run between steps (a 100k-row sheet is read without freezing it).
 */
export function* scanSheetDataInSteps(
  xml: string,
  from: number,
  to: number,
  visitor: SheetDataVisitor,
  state: ScanState = newScanState(),
): Generator<void, void, void> {
  let rowsInStep = 0;
  const shared = state.shared;
  const cell: RawCell = { row: -1, col: -1, style: 0, type: "", value: null, formula: null };
  let row = state.row;
  let col = -1;
  // Attributes of the current <row> / <c>, read in one pass over the tag.
  let rowNumber = NaN;
  let height = NaN;
  let refRow = NaN;
  let refCol = NaN;
  const rowAttribute = (ns: number, ne: number, vs: number, ve: number) => {
    if (ne - ns === 1 && xml.charCodeAt(ns) === 114)
      rowNumber = integerAt(xml, vs, ve); // r
    else if (ne - ns === 2 && xml.startsWith("ht", ns)) height = Number(xml.slice(vs, ve));
  };
  const cellAttribute = (ns: number, ne: number, vs: number, ve: number) => {
    if (ne - ns !== 1) return;
    const name = xml.charCodeAt(ns);
    if (name === 114) {
      // r="AB12": letters, then the row number.
      let c = 0;
      let i = vs;
      for (; i < ve; i++) {
        const ch = xml.charCodeAt(i) | 32; // lower case
        if (ch < 97 || ch > 122) break;
        c = c * 26 + (ch - 96);
      }
      refCol = i > vs ? c - 1 : NaN;
      refRow = integerAt(xml, i, ve) - 1;
    } else if (name === 115)
      cell.style = integerAt(xml, vs, ve) || 0; // s
    else if (name === 116) cell.type = xml.slice(vs, ve); // t
  };
  let i = from;
  while (i < to) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= to) break;
    const first = xml.charCodeAt(lt + 1);
    if (first === 33 && xml.startsWith("<!--", lt)) {
      const close = xml.indexOf("-->", lt + 4);
      i = close < 0 ? to : close + 3;
      continue;
    }
    if (first === 47 || first === 33 || first === 63) {
      const gt = xml.indexOf(">", lt);
      i = gt < 0 ? to : gt + 1;
      continue;
    }
    const end = nameEnd(xml, lt + 1);
    if (isLocalName(xml, lt + 1, end, "c")) {
      refRow = NaN;
      refCol = NaN;
      cell.style = 0;
      cell.type = "";
      const gt = eachAttribute(xml, end, cellAttribute);
      if (gt < 0) throw new Error("a cell tag is not closed");
      if (refRow >= 0 && refCol >= 0) {
        row = refRow;
        state.row = row;
        col = refCol;
      } else col++;
      if (row >= MAX_ROWS || col >= MAX_COLUMNS) {
        const r = attrValue(xml, end, gt, "r");
        throw outsideGrid(r ?? cellAddress(Math.min(row, MAX_ROWS), col));
      }
      cell.row = row;
      cell.col = col;
      cell.value = null;
      cell.formula = null;
      i = xml.charCodeAt(gt - 1) === 47 ? gt + 1 : readCellContent(xml, gt + 1, cell, shared);
      visitor.cell(cell);
    } else if (isLocalName(xml, lt + 1, end, "row")) {
      rowNumber = NaN;
      height = NaN;
      const gt = eachAttribute(xml, end, rowAttribute);
      if (gt < 0) throw new Error("a row tag is not closed");
      row = rowNumber >= 1 ? rowNumber - 1 : row + 1;
      if (row >= MAX_ROWS) throw outsideGrid(`row ${row + 1}`);
      col = -1;
      visitor.row(row, height > 0 ? height : null);
      state.row = row;
      i = gt + 1;
      if (++rowsInStep === ROWS_PER_STEP) {
        rowsInStep = 0;
        yield;
      }
    } else {
      const gt = tagEnd(xml, end);
      i = gt < 0 ? to : gt + 1;
    }
  }
}
