import { CATALOG, columnSpec, type CellValue } from "../../domain/catalog";
import { shownRaw, shownValue } from "../../domain/rules/display";
import type { Finding } from "../../domain/rules";
import type { ValidationReport } from "../../excel/validation";
import { findingAddress } from "../../excel/validation";

/** The cell's value as the workbook shows it: dates as dates, not serial numbers; long text cut. */
export function shownCell(finding: Pick<Finding, "table" | "header" | "value">): string {
  const value: CellValue = finding.value;
  if (value === "") return "(blank)";
  const column = columnSpec(CATALOG[finding.table], finding.header);
  if (column && typeof value === "number") return shownValue(column.kind, value);
  return shownRaw(value);
}

/** "Claims!G5" for a finding (the header row's address for a problem with the table itself). */
export function shownAddress(report: ValidationReport, finding: Finding): string {
  const layout = report.layouts.get(finding.table);
  return layout ? findingAddress(layout, finding.rowIndex, finding.columnIndex) : finding.table;
}

/**
 * "Diagnosis Codes: 123.4 is not ..." once, not "Diagnosis Codes: Diagnosis Codes: ...": most messages
 * already start with their column's name, so it is prefixed only when the message does not.
 */
export function headedMessage(finding: Pick<Finding, "header" | "message">): string {
  const header = finding.header.trim();
  return finding.message.toLowerCase().startsWith(header.toLowerCase())
    ? finding.message
    : `${header}: ${finding.message}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "12 errors and 3 warnings in 4 tables", "No problems found in 17 tables". */
export function reportSummary(report: Pick<ValidationReport, "counts" | "checked">): string {
  const errors = report.counts.reduce((n, c) => n + c.errors, 0);
  const warnings = report.counts.reduce((n, c) => n + c.warnings, 0);
  if (errors + warnings === 0) return `No problems found in ${plural(report.checked.length, "table")}`;
  return `${plural(errors, "error")} and ${plural(warnings, "warning")} in ${plural(report.counts.length, "table")}`;
}
