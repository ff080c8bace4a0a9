export {
  validateWorkbook,
  reportOf,
  type ValidationReport,
  type ValidateOptions,
  type ValidationState,
} from "./validate";
export { clearMarks } from "./clear";
export { selectFinding } from "./select";
export { applyTableChange, tablesToRemark, type LiveUpdate, type TableChange } from "./live";
export { ValidationController, validationController, type ValidationSnapshot } from "./controller";
export { MARK_STYLES, MAX_MARK_RANGES, isOurMarkFormula, planMarks, type MarkRect } from "./marks";
export { findingAddress, type TableLayout } from "./layout";
export { validateFromRibbon, type RibbonValidation } from "./ribbon";
