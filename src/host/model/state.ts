/** Plain-data shapes of the workbook model (everything but cells is JSON, so a sync can roll back). */
import type { Rect } from "../address";
import type { CellStore } from "./cell-store";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface PageLayoutState {
  orientation: "Portrait" | "Landscape";
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printTitleRows: string | null;
  /** Manual horizontal page breaks: 0-based rows that start a new printed page (Worksheet.horizontalPageBreaks). */
  rowBreaks?: number[];
}

export interface ConditionalFormatState {
  id: string;
  /** Excel.ConditionalFormatType, e.g. "Custom", "CellValue". */
  type: string;
  rects: Rect[];
  /** Custom: { formula }; CellValue: { formula1, formula2?, operator }. */
  rule: Record<string, string>;
  format: {
    fillColor: string | null;
    fontColor: string | null;
    bold: boolean | null;
    italic: boolean | null;
  };
  priority: number;
  stopIfTrue: boolean;
}

export interface ChartState {
  id: string;
  name: string;
  type: string;
  sourceSheetId: string;
  sourceRect: Rect;
  seriesBy: string;
  title: string;
  titleVisible: boolean;
  legendVisible: boolean;
  legendPosition: string;
  top: number;
  left: number;
  width: number;
  height: number;
  /** Cells set by setPosition, e.g. "H2" / "P20". */
  startCell: string | null;
  endCell: string | null;
  axes: { categoryTitle: string; valueTitle: string; valueNumberFormat: string };
}

export interface SheetState {
  id: string;
  name: string;
  visibility: SheetVisibility;
  /** "#RRGGBB" or "" for none. */
  tabColor: string;
  showGridlines: boolean;
  cells: CellStore;
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  freezeRows: number;
  freezeColumns: number;
  pageLayout: PageLayoutState;
  conditionalFormats: ConditionalFormatState[];
  charts: ChartState[];
}

export interface TableColumnState {
  id: number;
  name: string;
  /** Calculated column formula as written (structured references kept), or null. */
  formula: string | null;
}

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  /** Whole table: header row (when shown) plus data body. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  columns: TableColumnState[];
  nextColumnId: number;
}

export interface NameState {
  name: string;
  /** Sheet id for worksheet-scoped names, null for workbook scope. */
  scopeSheetId: string | null;
  /** A plain range reference, kept by sheet id so it follows renames. */
  ref: { sheetId: string; rect: Rect } | null;
  /** The formula when ref is null ("=#REF!", "=0.05", "=SUM(...)"). */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface SettingState {
  key: string;
  /** JSON text of the value. */
  json: string;
}

export interface WorkbookState {
  sheets: SheetState[];
  activeSheetId: string;
  selection: { sheetId: string; rect: Rect };
  tables: TableState[];
  names: NameState[];
  settings: SettingState[];
  calculationMode: string;
  nextId: number;
  /** The workbook counts dates from 1904 (Excel.Workbook.use1904DateSystem; workbookPr date1904 in a file). */
  date1904?: boolean;
}

/** What a sync or edit changed, for onChanged events. */
export interface ChangeRecord {
  readonly sheetId: string;
  readonly rect: Rect;
  readonly changeType: "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted";
  /** Set when the change is a table operation (rows.add, columns.add). */
  readonly tableId?: string;
}
