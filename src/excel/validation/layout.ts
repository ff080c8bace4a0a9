import type { TableName } from "../../domain/catalog";
import { cellAddress, rangeAddress } from "../table-io";

/** Where a validated table sits on its sheet, as of its last read. */
export interface TableLayout {
  readonly name: TableName;
  readonly sheet: string;
  /** Headers in workbook order. */
  readonly headers: readonly string[];
  /** 0-based sheet row and column of the first data cell. */
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly rowCount: number;
}

/** "'Claim Lines'!G5": the sheet address of a data cell, or of the header cell when rowIndex is -1. */
export function findingAddress(layout: TableLayout, rowIndex: number, columnIndex: number): string {
  if (columnIndex < 0) {
    return rangeAddress({
      sheet: layout.sheet,
      row: layout.firstRow - 1,
      column: layout.firstColumn,
      rowCount: 1,
      columnCount: Math.max(1, layout.headers.length),
    });
  }
  return cellAddress(layout.sheet, layout.firstRow + rowIndex, layout.firstColumn + columnIndex);
}
