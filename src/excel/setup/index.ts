export { setupWorkbook, TABLE_STYLE, type SetupOptions } from "./setup-workbook";
export type { SetupProblem, SetupResult, TablePlace } from "./result";
export { AUTO_SHOW_TASKPANE, SCHEMA_VERSION, SCHEMA_VERSION_SETTING } from "./settings";
export { columnValidation, referenceListSource, type ColumnValidation } from "./validation-rules";
export { columnNumberFormat, columnWidthPoints } from "./column-format";
export { readAutoOpen, writeAutoOpen } from "./auto-open";
