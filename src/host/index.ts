/** The in-memory Excel host: for tests, benchmarks and the standalone app, never for the add-in. */
export { createExcelHost, HostExcelContext } from "./host";
export type { ExcelHost, HostStats, HostSyncStats } from "./host";
export { WorkbookModel } from "./model/workbook-model";
export type { WorkbookModelOptions } from "./model/workbook-model";
export type { CellView, TableView } from "./model/views";
export type { StoredValue, ValueKind } from "./model/cell";
export type { CellStyle } from "./model/style";
export type { ValidationRuleState } from "./model/validation";
export type { SheetState, TableState, NameState, ChartState, ConditionalFormatState } from "./model/state";
export { HostError, HostErrorCodes } from "./errors";
export type { HostErrorCode } from "./errors";
export { IN_MEMORY_HOST_MARKER } from "./marker";
export { formatValue, formatGeneral } from "./number-format";
export {
  cellAddress,
  columnLetters,
  columnIndex,
  parseAddress,
  qualifiedAddress,
  rectAddress,
  MAX_ROWS,
  MAX_COLUMNS,
} from "./address";
export type { Rect } from "./address";
export type { FormulaEngine } from "./formula/engine";
export type { HostChangedEventArgs } from "./proxy/events";
