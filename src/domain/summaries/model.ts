/**
 * A generated summary sheet as pure data: the renderer (src/excel/summaries) turns it into a worksheet.
 * Cells hold values or native Excel formulas only (never PM. functions), so a colleague without the
 * add-in reads the same figures. Positions are 0-based (row 0 = sheet row 1, col 0 = column A).
 */
import type { TableName } from "../catalog";
import type { CellStyle, NumberFormatName } from "./style";

/** A native Excel formula, e.g. { formula: "=SUM(B6:B10)" }. */
export interface Formula {
  readonly formula: string;
}

/** null = an empty cell. Strings are always written as text (never read as a formula). */
export type ModelCell = string | number | boolean | null | Formula;

export function isFormula(cell: ModelCell): cell is Formula {
  return typeof cell === "object" && cell !== null;
}

export interface CellRect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface StyleRange {
  readonly rect: CellRect;
  readonly style: CellStyle;
}

export interface NumberFormatRange {
  readonly rect: CellRect;
  readonly format: NumberFormatName;
}

/**
 * A native conditional format: cells of rect for which `formula` is TRUE get the colors. The formula
 * is written for the rect's top-left cell with relative references, as in Excel's "Use a formula".
 */
export interface ConditionalFormatModel {
  readonly rect: CellRect;
  readonly formula: string;
  readonly fill: string;
  readonly fontColor: string;
  /** Why it exists, for readers of the model and tests. */
  readonly meaning: string;
}

export type ChartKind = "ColumnClustered" | "BarClustered" | "Line";

export interface ChartModel {
  readonly kind: ChartKind;
  readonly title: string;
  /** Data the chart plots, header row and label column included. */
  readonly source: CellRect;
  readonly seriesBy: "Columns" | "Rows";
  /** Cells the chart covers on the sheet. */
  readonly placement: CellRect;
}

/** How many rows of a table a sheet was computed from; null rows = the table was not found. */
export interface SourceCount {
  readonly table: TableName;
  readonly rows: number | null;
}

export const SUMMARY_IDS = [
  "dashboard",
  "arAging",
  "budgetVsActual",
  "scheduleSummary",
  "reorderList",
  "contractRenewals",
  "compliance",
  "marketing",
  "productivity",
  "workQueue",
  "unbilledVisits",
  "patientBalances",
  "appealLetter",
] as const;

/** The Day Sheet is generated like a summary, for a date the user picks, but not by Refresh summaries. */
export type SummaryId = (typeof SUMMARY_IDS)[number] | "daySheet";

export interface SheetModel {
  readonly id: SummaryId;
  /** Preferred worksheet name (a user's own sheet of that name makes ours "<name> (PM)"). */
  readonly name: string;
  readonly title: string;
  /** Excel serial date-time the figures are as of. */
  readonly asOf: number;
  readonly sources: readonly SourceCount[];
  /** Rectangular grid from A1: every row has `width` cells. */
  readonly cells: readonly (readonly ModelCell[])[];
  readonly width: number;
  readonly styles: readonly StyleRange[];
  readonly numberFormats: readonly NumberFormatRange[];
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  readonly conditionalFormats: readonly ConditionalFormatModel[];
  readonly charts: readonly ChartModel[];
  /** Rows that start a new printed page (manual page breaks); absent: Excel paginates. */
  readonly pageBreaks?: readonly number[];
  /** Print orientation; default Landscape. */
  readonly orientation?: "Portrait" | "Landscape";
}
