/**
 * One worksheet part (xl/worksheets/sheetN.xml): view, columns, the cells (values, cached formula
 * results, style indexes), conditional formats, data validation and the links to its tables. The
 * cells are written straight from the host's row arrays into ~1 MB UTF-8 chunks.
 */
import { cellAddress, columnLetters, rectAddress, type Rect } from "../../../host/address";
import { cellKind, cellValue, type Cell } from "../../../host/model/cell";
import { DEFAULT_STYLE } from "../../../host/model/style";
import type { SheetState, TableState } from "../../../host/model/state";
import type { ValidationRuleState } from "../../../host/model/validation";
import type { WorkbookModel } from "../../../host/model/workbook-model";
import { breathe } from "../../slices";
import { cfRuleToExcel } from "../cf-map";
import { RectCollector } from "../rects";
import { validationToExcel } from "../validation-map";
import { fileWidthFromPoints } from "../widths";
import { escapeAttr, escapeText, excelEscape } from "../xml/escape";
import type { FileFormulas } from "./formula-cache";
import { NS_MAIN, NS_R, XML_DECLARATION } from "./namespaces";
import type { SharedStringsPart } from "./shared-strings-part";
import type { StylesPart } from "./styles-part";
import { TextChunks } from "./text-chunks";

export interface SheetPartContext {
  readonly model: WorkbookModel;
  readonly sheet: SheetState;
  /** The sheet's tables, in the order of their relationship ids rId1, rId2, ... */
  readonly tables: readonly TableState[];
  readonly active: boolean;
  readonly styles: StylesPart;
  readonly strings: SharedStringsPart;
  readonly formulas: FileFormulas;
  readonly notes: string[];
  /** Relationship id of the sheet's drawing (its charts), after the tables' ids; none without charts. */
  readonly drawingRelId?: string | undefined;
}

const EPOCH_1899 = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Column letters by index, built as far as needed. */
const LETTERS: string[] = [];
function letters(col: number): string {
  for (let c = LETTERS.length; c <= col; c++) LETTERS.push(columnLetters(c));
  return LETTERS[col] ?? columnLetters(col);
}

function tableAt(tables: readonly TableState[], row: number, col: number): string | null {
  for (const t of tables) {
    if (row >= t.rect.r0 && row <= t.rect.r1 && col >= t.rect.c0 && col <= t.rect.c1) return t.name;
  }
  return null;
}

function numberText(n: number): string | null {
  return Number.isFinite(n) ? String(n === 0 ? 0 : n) : null;
}

/** The `<c>` element of one cell, or "" when the cell writes nothing (no value, no format). */
function cellXml(ctx: SheetPartContext, cell: Cell, ref: string, style: number, row: number, col: number) {
  const s = style === 0 ? "" : ` s="${style}"`;
  if (cell.formula !== null) {
    const formula = escapeText(excelEscape(ctx.formulas.of(cell.formula, tableAt(ctx.tables, row, col))));
    const f = `<f>${formula}</f>`;
    const value = cellValue(cell);
    switch (cellKind(cell)) {
      case "Double": {
        const text = numberText(value as number);
        return text === null
          ? `<c r="${ref}"${s} t="e">${f}<v>#NUM!</v></c>`
          : `<c r="${ref}"${s}>${f}<v>${text}</v></c>`;
      }
      case "Boolean":
        return `<c r="${ref}"${s} t="b">${f}<v>${value === true ? 1 : 0}</v></c>`;
      case "Error":
        return `<c r="${ref}"${s} t="e">${f}<v>${escapeText(String(value))}</v></c>`;
      case "String":
        return value === ""
          ? `<c r="${ref}"${s}>${f}</c>`
          : `<c r="${ref}"${s} t="str">${f}<v>${escapeText(excelEscape(String(value)))}</v></c>`;
      default:
        return `<c r="${ref}"${s}>${f}</c>`;
    }
  }
  switch (cell.kind) {
    case "String":
      return `<c r="${ref}"${s} t="s"><v>${ctx.strings.of(cell.value as string)}</v></c>`;
    case "Double": {
      const text = numberText(cell.value as number);
      return text === null
        ? `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`
        : `<c r="${ref}"${s}><v>${text}</v></c>`;
    }
    case "Boolean":
      return `<c r="${ref}"${s} t="b"><v>${cell.value === true ? 1 : 0}</v></c>`;
    case "Error":
      return `<c r="${ref}"${s} t="e"><v>${escapeText(String(cell.value))}</v></c>`;
    default:
      return style === 0 ? "" : `<c r="${ref}"${s}/>`;
  }
}

/** Writes <sheetData> and collects the cells' validation rules into rectangles. */
/** Rows written between chances for the page to run (slices.ts). */
const ROWS_PER_STEP = 256;

/**
 * Writes <sheetData> and returns the used range of what it wrote (the cells Excel's used range counts:
 * all but blank default cells), so the <dimension> needs no second pass over a large sheet.
 */
async function writeSheetData(
  ctx: SheetPartContext,
  out: TextChunks,
  rules: RectCollector<ValidationRuleState>,
): Promise<Rect | undefined> {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  const { sheet, styles } = ctx;
  const heights = Object.keys(sheet.rowHeights)
    .map(Number)
    .sort((a, b) => a - b);
  let nextHeight = 0;
  const rowCount = Math.max(sheet.cells.rowCount, (heights[heights.length - 1] ?? -1) + 1);
  out.push("<sheetData>");
  for (let r = 0; r < rowCount; r++) {
    if (r % ROWS_PER_STEP === 0) await breathe();
    const cells = sheet.cells.rowCells(r);
    let body = "";
    if (cells) {
      const rowNumber = String(r + 1);
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (cell === undefined || cell.isBlankDefault) continue;
        if (r < r0) r0 = r;
        r1 = r;
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
        if (cell.validation !== null && cell.validation.type !== "None") rules.add(r, c, cell.validation);
        const style = styles.xf(cell.numberFormat, cell.style, cell.quotePrefix && cell.kind === "String");
        body += cellXml(ctx, cell, letters(c) + rowNumber, style, r, c);
      }
    }
    let height = "";
    if (heights[nextHeight] === r) {
      height = ` ht="${sheet.rowHeights[r]}" customHeight="1"`;
      nextHeight++;
    }
    if (body !== "") out.push(`<row r="${r + 1}"${height}>${body}</row>`);
    else if (height !== "") out.push(`<row r="${r + 1}"${height}/>`);
  }
  out.push("</sheetData>");
  return r1 < 0 ? undefined : { r0, c0, r1, c1 };
}

function sheetViews(ctx: SheetPartContext): string {
  const { sheet, model, active } = ctx;
  const { selection } = model.state;
  const selected = active && selection.sheetId === sheet.id;
  const activeCell = selected ? cellAddress(selection.rect.r0, selection.rect.c0) : "A1";
  const sqref = selected ? rectAddress(selection.rect) : activeCell;
  let view = '<sheetView workbookViewId="0"';
  if (!sheet.showGridlines) view += ' showGridLines="0"';
  if (active) view += ' tabSelected="1"';
  view += ">";
  const rows = sheet.freezeRows;
  const cols = sheet.freezeColumns;
  if (rows > 0 || cols > 0) {
    const pane = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
    view +=
      `<pane${cols > 0 ? ` xSplit="${cols}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}` +
      ` topLeftCell="${cellAddress(rows, cols)}" activePane="${pane}" state="frozen"/>` +
      `<selection pane="${pane}" activeCell="${activeCell}" sqref="${sqref}"/>`;
  } else {
    view += `<selection activeCell="${activeCell}" sqref="${sqref}"/>`;
  }
  return `<sheetViews>${view}</sheetView></sheetViews>`;
}

/** Column widths, and the formats given to whole columns (cells created there later take them). */
function cols(ctx: SheetPartContext): string {
  const { sheet, styles } = ctx;
  const columns = new Map<number, { width?: number; style?: number }>();
  for (const [col, points] of Object.entries(sheet.columnWidths)) {
    columns.set(Number(col), { width: fileWidthFromPoints(points) });
  }
  for (const [col, cell] of sheet.cells.allColumnDefaults()) {
    if (cell.numberFormat === "General" && cell.style === DEFAULT_STYLE) continue;
    columns.set(col, { ...columns.get(col), style: styles.xf(cell.numberFormat, cell.style) });
  }
  if (columns.size === 0) return "";
  const items = [...columns]
    .sort((a, b) => a[0] - b[0])
    .map(([col, { width, style }]) => {
      const n = col + 1;
      const w = width === undefined ? "" : ` width="${width}" customWidth="1"`;
      return `<col min="${n}" max="${n}"${w}${style === undefined ? "" : ` style="${style}"`}/>`;
    });
  return `<cols>${items.join("")}</cols>`;
}

function conditionalFormats(ctx: SheetPartContext): string {
  const { sheet, styles, notes } = ctx;
  let xml = "";
  let dropped = 0;
  for (const cf of [...sheet.conditionalFormats].sort((a, b) => a.priority - b.priority)) {
    const rule = cfRuleToExcel(cf);
    if (!rule || cf.rects.length === 0) {
      dropped++;
      continue;
    }
    const formulae = "formulae" in rule && Array.isArray(rule.formulae) ? rule.formulae.map(String) : [];
    const operator = rule.type === "cellIs" ? ` operator="${rule.operator}"` : "";
    const stop = cf.stopIfTrue ? ' stopIfTrue="1"' : "";
    xml +=
      `<conditionalFormatting sqref="${cf.rects.map(rectAddress).join(" ")}">` +
      `<cfRule type="${rule.type}" dxfId="${styles.dxf(rule.style ?? {})}" priority="${rule.priority}"${stop}${operator}>` +
      formulae.map((f) => `<formula>${escapeText(f)}</formula>`).join("") +
      "</cfRule></conditionalFormatting>";
  }
  if (dropped > 0) notes.push(`${dropped} conditional format(s) on ${sheet.name} could not be saved.`);
  return xml;
}

function area(rects: readonly Rect[]): number {
  return rects.reduce((sum, r) => sum + (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1), 0);
}

/** A validation bound for the file: dates as serials, everything else as written. */
function boundText(type: string, formula: unknown): string {
  if (type === "date" && formula instanceof Date) return String((formula.getTime() - EPOCH_1899) / DAY_MS);
  return String(formula);
}

function dataValidations(ctx: SheetPartContext, rules: RectCollector<ValidationRuleState>): string {
  const items: string[] = [];
  let unsaved = 0;
  for (const [rule, rects] of rules.rects()) {
    const dv = validationToExcel(rule);
    if (!dv) {
      unsaved += area(rects);
      continue;
    }
    let xml = `<dataValidation type="${dv.type}"`;
    if (dv.operator && dv.type !== "list" && dv.operator !== "between") xml += ` operator="${dv.operator}"`;
    if (dv.allowBlank) xml += ' allowBlank="1"';
    if (dv.showInputMessage) xml += ' showInputMessage="1"';
    if (dv.promptTitle) xml += ` promptTitle="${escapeAttr(dv.promptTitle)}"`;
    if (dv.prompt) xml += ` prompt="${escapeAttr(dv.prompt)}"`;
    if (dv.showErrorMessage) xml += ' showErrorMessage="1"';
    if (dv.errorStyle) xml += ` errorStyle="${dv.errorStyle}"`;
    if (dv.errorTitle) xml += ` errorTitle="${escapeAttr(dv.errorTitle)}"`;
    if (dv.error) xml += ` error="${escapeAttr(dv.error)}"`;
    xml += ` sqref="${rects.map(rectAddress).join(" ")}">`;
    dv.formulae.forEach((formula, i) => {
      xml += `<formula${i + 1}>${escapeText(boundText(dv.type, formula))}</formula${i + 1}>`;
    });
    items.push(`${xml}</dataValidation>`);
  }
  if (unsaved > 0) {
    ctx.notes.push(
      `Data validation on ${unsaved} cell(s) of ${ctx.sheet.name} uses a date formula the file writer cannot store.`,
    );
  }
  return items.length === 0
    ? ""
    : `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

/** The worksheet part; a large sheet is written in steps that let the page run in between. */
export async function renderSheet(ctx: SheetPartContext): Promise<Uint8Array[]> {
  const { sheet, tables } = ctx;
  // The parts before <sheetData> are built first (styles get their numbers in the same order as
  // ever), but the <dimension> among them is known once the cells are written.
  const views = sheetViews(ctx);
  const columns = cols(ctx);
  const out = new TextChunks();
  const rules = new RectCollector<ValidationRuleState>();
  const used = await writeSheetData(ctx, out, rules);
  out.push(conditionalFormats(ctx));
  out.push(dataValidations(ctx, rules));
  out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (ctx.drawingRelId) out.push(`<drawing r:id="${ctx.drawingRelId}"/>`);
  if (tables.length > 0) {
    const parts = tables.map((_, i) => `<tablePart r:id="rId${i + 1}"/>`).join("");
    out.push(`<tableParts count="${tables.length}">${parts}</tableParts>`);
  }
  out.push("</worksheet>");
  const head = new TextChunks();
  head.push(`${XML_DECLARATION}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">`);
  if (sheet.tabColor)
    head.push(`<sheetPr><tabColor rgb="FF${sheet.tabColor.slice(1).toUpperCase()}"/></sheetPr>`);
  head.push(`<dimension ref="${used ? rectAddress(used) : "A1"}"/>`);
  head.push(views);
  head.push('<sheetFormatPr defaultRowHeight="15"/>');
  head.push(columns);
  return [...head.done(), ...out.done()];
}
