/** Plain views of cells and tables, as tests and the grid read them. */
import type { Rect } from "../address";
import { qualifiedAddress, rectRows } from "../address";
import { formatValue } from "../number-format";
import type { Cell, StoredValue, ValueKind } from "./cell";
import { cellKind, cellValue } from "./cell";
import type { TableState } from "./state";
import type { CellStyle } from "./style";
import type { ValidationRuleState } from "./validation";

/** One cell as tests and the grid see it. */
export interface CellView {
  /** Computed value for formula cells; "" when empty. */
  readonly value: StoredValue;
  readonly valueType: ValueKind;
  readonly formula: string | null;
  readonly numberFormat: string;
  /** The value formatted with its number format, like Range.text. */
  readonly text: string;
  readonly quotePrefix: boolean;
  readonly format: CellStyle;
  readonly validation: ValidationRuleState | null;
  /** Why the formula could not be computed (its value is then "#NAME?" / "#REF!"), else null. */
  readonly formulaError: string | null;
}

export interface TableView {
  readonly id: string;
  readonly name: string;
  readonly sheet: string;
  /** "Sheet1!A1:D10", header row included. */
  readonly address: string;
  readonly rect: Rect;
  readonly headers: readonly string[];
  readonly columns: readonly {
    readonly id: number;
    readonly name: string;
    readonly formula: string | null;
  }[];
  readonly style: string;
  readonly showHeaders: boolean;
  readonly showBandedRows: boolean;
  readonly rowCount: number;
}

export function viewOfCell(cell: Cell): CellView {
  const value = cellValue(cell);
  return {
    value,
    valueType: cellKind(cell),
    formula: cell.formula,
    numberFormat: cell.numberFormat,
    text: formatValue(value, cell.numberFormat),
    quotePrefix: cell.quotePrefix,
    format: cell.style,
    validation: cell.validation,
    formulaError: cell.formula === null ? null : cell.formulaError,
  };
}

export function viewOfTable(table: TableState, sheetName: string): TableView {
  return {
    id: table.id,
    name: table.name,
    sheet: sheetName,
    address: qualifiedAddress(sheetName, table.rect),
    rect: table.rect,
    headers: table.columns.map((c) => c.name),
    columns: table.columns.map((c) => ({ id: c.id, name: c.name, formula: c.formula })),
    style: table.style,
    showHeaders: table.showHeaders,
    showBandedRows: table.showBandedRows,
    rowCount: rectRows(table.rect) - (table.showHeaders ? 1 : 0),
  };
}
