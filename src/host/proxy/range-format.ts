/** Range.format (fill, font, alignment, wrap, widths, heights, autofit) over the model's cell styles. */
import { MAX_COLUMNS, MAX_ROWS } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import type { Cell } from "../model/cell";
import { cellValue } from "../model/cell";
import { writeStyle } from "../model/range-ops";
import type { CellStyle } from "../model/style";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, requireColor } from "../model/style";
import { formatValue } from "../number-format";
import type { HostRequestContext } from "./context";
import { HostObject } from "./host-object";
import type { PropertyReaders } from "./host-object";
import type { RangeTarget } from "./range-target";
import { MIXED, sharedValue } from "./range-target";

/** The shared value of a style property over a range, null when cells differ (Excel's rule). */
function uniform<T>(target: RangeTarget, read: (style: CellStyle) => T): T | null {
  const value = sharedValue(target, (cell) => read(cell.style));
  return value === MIXED ? null : (value ?? null);
}

abstract class StylePart extends HostObject {
  constructor(
    context: HostRequestContext,
    protected readonly target: RangeTarget,
  ) {
    super(context);
  }

  protected setStyle(name: string, value: unknown, patch: () => Partial<CellStyle>): void {
    this.queueSet(name, value, () => {
      const { sheet, rect } = this.target.location();
      writeStyle(this.context.model, sheet, rect, patch());
    });
  }
}

export class HostRangeFill extends StylePart {
  protected readonly className = "RangeFill";

  protected readers(): PropertyReaders {
    return { color: () => uniform(this.target, (s) => s.fillColor ?? "#FFFFFF") };
  }

  get color(): string {
    return this.loaded("color");
  }

  set color(value: string) {
    this.setStyle("color", value, () => ({ fillColor: requireColor(value) }));
  }

  clear(): void {
    this.queueCall("clear", [], () => {
      const { sheet, rect } = this.target.location();
      writeStyle(this.context.model, sheet, rect, { fillColor: null });
    });
  }
}

export class HostRangeFont extends StylePart {
  protected readonly className = "RangeFont";

  protected readers(): PropertyReaders {
    return {
      bold: () => uniform(this.target, (s) => s.bold),
      italic: () => uniform(this.target, (s) => s.italic),
      color: () => uniform(this.target, (s) => s.fontColor),
      size: () => uniform(this.target, (s) => s.fontSize),
      name: () => uniform(this.target, (s) => s.fontName),
      underline: () => uniform(this.target, (s) => s.underline),
    };
  }

  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(value: boolean) {
    this.setStyle("bold", value, () => ({ bold: Boolean(value) }));
  }
  get italic(): boolean {
    return this.loaded("italic");
  }
  set italic(value: boolean) {
    this.setStyle("italic", value, () => ({ italic: Boolean(value) }));
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.setStyle("color", value, () => ({ fontColor: requireColor(value) }));
  }
  get size(): number {
    return this.loaded("size");
  }
  set size(value: number) {
    this.setStyle("size", value, () => {
      if (typeof value !== "number" || value <= 0 || value > 409) {
        throw hostError(HostErrorCodes.invalidArgument, `The font size ${String(value)} is invalid.`);
      }
      return { fontSize: value };
    });
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.setStyle("name", value, () => ({ fontName: String(value) }));
  }
  get underline(): Excel.RangeFont["underline"] {
    return this.loaded("underline");
  }
  set underline(value: Excel.RangeFont["underline"]) {
    this.setStyle("underline", value, () => ({ underline: String(value) }));
  }
}

const HORIZONTAL = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];

/** Approximate width in points of text in the default font (Excel's autofit measures glyphs). */
function textWidthPoints(text: string, size: number, bold: boolean): number {
  const perChar = size * (bold ? 0.6 : 0.55);
  return Math.ceil(text.length * perChar + 8);
}

export class HostRangeFormat extends StylePart {
  protected readonly className = "RangeFormat";
  readonly fill: HostRangeFill;
  readonly font: HostRangeFont;

  constructor(context: HostRequestContext, target: RangeTarget) {
    super(context, target);
    this.fill = new HostRangeFill(context, target);
    this.font = new HostRangeFont(context, target);
  }

  protected override navigations(): Record<string, HostObject> {
    return { fill: this.fill, font: this.font };
  }

  protected readers(): PropertyReaders {
    return {
      horizontalAlignment: () => uniform(this.target, (s) => s.horizontalAlignment),
      verticalAlignment: () => uniform(this.target, (s) => s.verticalAlignment),
      wrapText: () => uniform(this.target, (s) => s.wrapText),
      indentLevel: () => uniform(this.target, (s) => s.indentLevel),
      columnWidth: () => this.uniformSize("column"),
      rowHeight: () => this.uniformSize("row"),
    };
  }

  private uniformSize(kind: "column" | "row"): number | null {
    const { sheet, rect } = this.target.location();
    const sizes = kind === "column" ? sheet.columnWidths : sheet.rowHeights;
    const fallback = kind === "column" ? DEFAULT_COLUMN_WIDTH : DEFAULT_ROW_HEIGHT;
    const from = kind === "column" ? rect.c0 : rect.r0;
    const to = Math.min(kind === "column" ? rect.c1 : rect.r1, from + 10000);
    const first = sizes[from] ?? fallback;
    for (let i = from + 1; i <= to; i++) if ((sizes[i] ?? fallback) !== first) return null;
    return first;
  }

  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.loaded("horizontalAlignment");
  }
  set horizontalAlignment(value: Excel.RangeFormat["horizontalAlignment"]) {
    this.setStyle("horizontalAlignment", value, () => {
      if (!HORIZONTAL.includes(String(value))) {
        throw hostError(HostErrorCodes.invalidArgument, `"${String(value)}" is not a horizontal alignment.`);
      }
      return { horizontalAlignment: String(value) };
    });
  }
  get verticalAlignment(): Excel.RangeFormat["verticalAlignment"] {
    return this.loaded("verticalAlignment");
  }
  set verticalAlignment(value: Excel.RangeFormat["verticalAlignment"]) {
    this.setStyle("verticalAlignment", value, () => {
      if (!VERTICAL.includes(String(value))) {
        throw hostError(HostErrorCodes.invalidArgument, `"${String(value)}" is not a vertical alignment.`);
      }
      return { verticalAlignment: String(value) };
    });
  }
  get wrapText(): boolean {
    return this.loaded("wrapText");
  }
  set wrapText(value: boolean) {
    this.setStyle("wrapText", value, () => ({ wrapText: Boolean(value) }));
  }
  get indentLevel(): number {
    return this.loaded("indentLevel");
  }
  set indentLevel(value: number) {
    this.setStyle("indentLevel", value, () => {
      if (!Number.isInteger(value) || value < 0 || value > 250) {
        throw hostError(HostErrorCodes.invalidArgument, `The indent level ${String(value)} is invalid.`);
      }
      return { indentLevel: value };
    });
  }
  get columnWidth(): number {
    return this.loaded("columnWidth");
  }
  set columnWidth(value: number) {
    this.queueSet("columnWidth", value, () => {
      if (typeof value !== "number" || value < 0 || value > 1800) {
        throw hostError(HostErrorCodes.invalidArgument, `The column width ${String(value)} is invalid.`);
      }
      const { sheet, rect } = this.target.location();
      for (let c = rect.c0; c <= Math.min(rect.c1, MAX_COLUMNS - 1); c++) sheet.columnWidths[c] = value;
    });
  }
  get rowHeight(): number {
    return this.loaded("rowHeight");
  }
  set rowHeight(value: number) {
    this.queueSet("rowHeight", value, () => {
      if (typeof value !== "number" || value < 0 || value > 409) {
        throw hostError(HostErrorCodes.invalidArgument, `The row height ${String(value)} is invalid.`);
      }
      const { sheet, rect } = this.target.location();
      const r1 = Math.min(rect.r1, Math.max(rect.r0, sheet.cells.rowCount - 1), MAX_ROWS - 1);
      for (let r = rect.r0; r <= r1; r++) sheet.rowHeights[r] = value;
    });
  }

  /** Widens each column to its longest formatted text (approximate glyph widths). */
  autofitColumns(): void {
    this.queueCall("autofitColumns", [], () => {
      const { sheet, rect } = this.target.location();
      const r1 = Math.min(rect.r1, sheet.cells.rowCount - 1);
      for (let c = rect.c0; c <= Math.min(rect.c1, rect.c0 + 500); c++) {
        let width = 0;
        for (let r = rect.r0; r <= r1; r++) {
          const cell: Cell = this.context.model.rawCell(sheet, r, c);
          if (cell.isEmpty || cell.style.wrapText) continue;
          const text = formatValue(cellValue(cell), cell.numberFormat);
          width = Math.max(width, textWidthPoints(text, cell.style.fontSize, cell.style.bold));
        }
        sheet.columnWidths[c] = width === 0 ? DEFAULT_COLUMN_WIDTH : Math.min(width, 1800);
      }
    });
  }

  /** Rows with wrapped text grow by their line count; others get the default height. */
  autofitRows(): void {
    this.queueCall("autofitRows", [], () => {
      const { sheet, rect } = this.target.location();
      const r1 = Math.min(rect.r1, sheet.cells.rowCount - 1);
      for (let r = rect.r0; r <= r1; r++) {
        let lines = 1;
        for (let c = rect.c0; c <= Math.min(rect.c1, rect.c0 + 500); c++) {
          const cell = sheet.cells.get(r, c);
          if (!cell.style.wrapText || cell.isEmpty) continue;
          const width = sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH;
          const text = formatValue(cellValue(cell), cell.numberFormat);
          const perLine = Math.max(1, Math.floor((width - 8) / (cell.style.fontSize * 0.55)));
          lines = Math.max(lines, Math.ceil(text.length / perLine));
        }
        sheet.rowHeights[r] = DEFAULT_ROW_HEIGHT * lines;
      }
    });
  }
}
