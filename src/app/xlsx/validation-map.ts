/**
 * Data validation between the host (Excel.DataValidation shapes: rule, errorAlert, prompt, ignoreBlanks)
 * and exceljs (the file's <dataValidation> attributes). Inline lists are quoted in the file ("A,B"),
 * range or formula sources are stored without "="; date bounds are serials in the file.
 */
import type ExcelJS from "exceljs";
import {
  DEFAULT_ERROR_ALERT,
  DEFAULT_PROMPT,
  internValidation,
  type ValidationRuleState,
  type ValidationType,
} from "../../host/model/validation";

const TYPE_OUT: Record<Exclude<ValidationType, "None">, ExcelJS.DataValidation["type"] | "time"> = {
  List: "list",
  WholeNumber: "whole",
  Decimal: "decimal",
  Date: "date",
  Time: "time",
  TextLength: "textLength",
  Custom: "custom",
};
const RULE_KEY: Record<Exclude<ValidationType, "None">, string> = {
  List: "list",
  WholeNumber: "wholeNumber",
  Decimal: "decimal",
  Date: "date",
  Time: "time",
  TextLength: "textLength",
  Custom: "custom",
};
const OPERATOR_OUT: Record<string, ExcelJS.DataValidationOperator> = {
  Between: "between",
  NotBetween: "notBetween",
  EqualTo: "equal",
  NotEqualTo: "notEqual",
  GreaterThan: "greaterThan",
  LessThan: "lessThan",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};
const OPERATOR_IN = Object.fromEntries(Object.entries(OPERATOR_OUT).map(([k, v]) => [v, k]));
const STYLE_IN: Record<string, string> = { stop: "Stop", warning: "Warning", information: "Information" };

const DAY_MS = 86_400_000;
const EPOCH_1899 = Date.UTC(1899, 11, 30);

/** "1900-01-01" or a serial -> the Date exceljs turns back into that serial when it writes the file. */
function dateForFile(value: unknown): Date | undefined {
  if (typeof value === "number") return new Date(EPOCH_1899 + value * DAY_MS);
  if (typeof value !== "string") return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (iso) return new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
  const serial = Number(value);
  return Number.isFinite(serial) && value.trim() !== "" ? new Date(EPOCH_1899 + serial * DAY_MS) : undefined;
}

/** A date bound as the host keeps it: "yyyy-mm-dd" for whole days, else the serial. */
function dateFromFile(value: unknown): string | number | undefined {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return undefined;
  const serial = (value.getTime() - EPOCH_1899) / DAY_MS;
  return Number.isInteger(serial) ? value.toISOString().slice(0, 10) : serial;
}

function stripEquals(formula: unknown): string {
  const text = String(formula);
  return text.startsWith("=") ? text.slice(1) : text;
}

/**
 * The exceljs validation for a host rule, or null when the file format cannot hold it (a date bound that
 * is a formula exceljs would garble). The caller reports what it could not keep.
 */
export function validationToExcel(state: ValidationRuleState): ExcelJS.DataValidation | null {
  if (state.type === "None") return null;
  const body = (state.rule[RULE_KEY[state.type]] ?? {}) as Record<string, unknown>;
  let formulae: unknown[];
  let operator: ExcelJS.DataValidationOperator | undefined;
  if (state.type === "List") {
    const source = typeof body.source === "string" ? body.source : "";
    formulae = [source.startsWith("=") ? source.slice(1) : `"${source.replace(/"/g, '""')}"`];
  } else if (state.type === "Custom") {
    formulae = [stripEquals(body.formula ?? body.formula1 ?? "TRUE")];
  } else {
    operator = OPERATOR_OUT[typeof body.operator === "string" ? body.operator : "Between"] ?? "between";
    const bounds = [body.formula1, body.formula2].filter((f) => f !== undefined);
    if (state.type === "Date") {
      const dates = bounds.map(dateForFile);
      if (dates.some((d) => d === undefined)) return null;
      formulae = dates;
    } else {
      formulae = bounds.map((f) => (typeof f === "string" ? stripEquals(f) : f));
    }
  }
  const alert = state.errorAlert;
  const prompt = state.prompt;
  return {
    type: TYPE_OUT[state.type] as ExcelJS.DataValidation["type"],
    formulae,
    allowBlank: state.ignoreBlanks,
    ...(operator ? { operator } : {}),
    showErrorMessage: alert.showAlert,
    errorStyle: alert.style.toLowerCase(),
    ...(alert.title ? { errorTitle: alert.title } : {}),
    ...(alert.message ? { error: alert.message } : {}),
    showInputMessage: prompt.showPrompt,
    ...(prompt.title ? { promptTitle: prompt.title } : {}),
    ...(prompt.message ? { prompt: prompt.message } : {}),
  };
}

function boundIn(type: ValidationType, value: unknown): unknown {
  if (type === "Date") return dateFromFile(value) ?? value;
  if (typeof value === "string") {
    const n = Number(value);
    return value.trim() !== "" && Number.isFinite(n) ? n : `=${value}`;
  }
  return value;
}

/** The host rule for an exceljs validation; null for type "any" (no rule, maybe only a prompt). */
export function validationFromExcel(dv: ExcelJS.DataValidation): ValidationRuleState | null {
  const fileType = (dv.type as string) ?? "any";
  const type = (Object.entries(TYPE_OUT).find(([, t]) => t === fileType)?.[0] ??
    null) as ValidationType | null;
  if (type === null || type === "None") return null;
  const formulae = dv.formulae ?? [];
  let body: Record<string, unknown>;
  if (type === "List") {
    const source = String(formulae[0] ?? "");
    const quoted = /^"(.*)"$/s.exec(source);
    body = { inCellDropDown: true, source: quoted ? (quoted[1] ?? "").replace(/""/g, '"') : `=${source}` };
  } else if (type === "Custom") {
    body = { formula: `=${String(formulae[0] ?? "TRUE")}` };
  } else {
    body = { operator: OPERATOR_IN[dv.operator ?? "between"] ?? "Between" };
    if (formulae[0] !== undefined) body.formula1 = boundIn(type, formulae[0]);
    if (formulae[1] !== undefined) body.formula2 = boundIn(type, formulae[1]);
  }
  return internValidation({
    type,
    rule: { [RULE_KEY[type]]: body },
    errorAlert: {
      ...DEFAULT_ERROR_ALERT,
      showAlert: dv.showErrorMessage === true,
      style: STYLE_IN[dv.errorStyle ?? "stop"] ?? "Stop",
      title: dv.errorTitle ?? "",
      message: dv.error ?? "",
    },
    prompt: {
      ...DEFAULT_PROMPT,
      showPrompt: dv.showInputMessage === true,
      title: dv.promptTitle ?? "",
      message: dv.prompt ?? "",
    },
    ignoreBlanks: dv.allowBlank === true,
  });
}
