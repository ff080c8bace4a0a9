/**
 * The one style module for generated sheets: every sheet uses these names, so they look alike.
 * Pure data (colors, fonts, Excel number format codes); the renderer applies them.
 */
export type CellStyle =
  | "title"
  | "meta"
  | "notice"
  | "section"
  | "header"
  | "label"
  | "subtotal"
  | "total"
  | "note"
  | "warning"
  | "muted";

export interface StyleSpec {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly horizontalAlignment?: "Left" | "Center" | "Right";
}

export const FONT_NAME = "Calibri";
export const BRAND_COLOR = "#1F4E79";

export const STYLES: Record<CellStyle, StyleSpec> = {
  title: { bold: true, size: 16, fontColor: BRAND_COLOR },
  meta: { size: 10, fontColor: "#404040", horizontalAlignment: "Left" },
  notice: { italic: true, size: 9, fontColor: "#7F7F7F" },
  section: { bold: true, size: 12, fontColor: BRAND_COLOR },
  header: { bold: true, fontColor: "#FFFFFF", fill: BRAND_COLOR, wrap: true },
  label: { bold: true },
  subtotal: { bold: true, fill: "#DDEBF7" },
  total: { bold: true, fill: "#BDD7EE" },
  note: { italic: true, size: 9, fontColor: "#595959" },
  warning: { bold: true, fontColor: "#C00000" },
  /** A word standing in for a number ("off"): aligned with the numbers, in grey. */
  muted: { fontColor: "#808080", horizontalAlignment: "Right" },
};

export type NumberFormatName =
  | "text"
  | "general"
  | "integer"
  | "decimal"
  | "currency"
  | "percent"
  | "date"
  | "datetime"
  | "month"
  | "time";

/** Excel number format codes (en-US; Excel shows them in the user's locale). */
export const NUMBER_FORMAT_CODES: Record<NumberFormatName, string> = {
  text: "@",
  general: "General",
  integer: "#,##0",
  decimal: "0.0",
  currency: "$#,##0.00",
  percent: "0.0%",
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd h:mm",
  month: "mmm yyyy",
  time: "h:mm AM/PM",
};

/** Over budget, overdue, expired: one color for "needs attention" everywhere. */
export const ATTENTION = { fill: "#F8CBAD", fontColor: "#9C0006" } as const;

/** Characters; columns widen to fit their headers and contents (see TableLayout.add). */
export const DEFAULT_COLUMN_WIDTH = 10;
