export * from "./types";
export type { Rule } from "./rule";
export {
  validateWorkbook,
  validateWithSpecs,
  validateScope,
  validateScopeInSteps,
  addDependents,
  fullScope,
  ValidationSession,
  type FindingsUpdate,
} from "./engine";
export { compareFindings, sortFindings, mergeFindings, countByTable, type TableCount } from "./findings";
export { ALL_RULES, PRACTICE_RULES, catalogRules } from "./registry";
export { WorkbookModel } from "./workbook-model";
export { TIMELY_FILING } from "./claims/timely-filing";
export { recordsDueOn, RECORDS_DUE_DAYS } from "./records-requests/overdue";
export { parseWorkDays } from "./weekdays";
