export { MAX_REQUEST_BYTES, jsonBytes } from "./budget";
export { cellAddress, columnLetters, parseRangeAddress, quoteSheet, rangeAddress } from "./address";
export type { CellProblem, TableData, TypedRow } from "./table-data";
export { createTableData } from "./table-data";
export { readTable, readTables, type ReadOptions } from "./read";
export { appendRows, type AppendResult, type WriteOptions } from "./append";
export { updateRows, type RowUpdate, type UpdateResult } from "./update";
export { UnknownColumnError, type RowBlock, type RowInput } from "./row-mapping";
export { TableNotFoundError } from "./table-shape";
