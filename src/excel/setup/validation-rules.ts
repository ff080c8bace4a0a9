import type { ColumnSpec } from "../../domain/catalog";

/** What setup puts on a column's data body: Excel's native data validation. */
export interface ColumnValidation {
  readonly rule: Excel.DataValidationRule;
  readonly errorAlert: Excel.DataValidationErrorAlert;
  readonly prompt: Excel.DataValidationPrompt;
}

/** Excel's limits: titles 32 characters, input message 255, error message 225, inline list 255. */
const TITLE_MAX = 32;
const PROMPT_MAX = 255;
const ERROR_MAX = 225;
export const INLINE_LIST_MAX = 255;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * A list validation source for another table's column. Excel does not accept a structured reference
 * (=Providers[Provider ID]) directly as a list source, and a defined name made through the API may be
 * stored as a fixed A1 range (office-js issue #740) that stops growing with the table. INDIRECT of the
 * structured reference is accepted everywhere, follows the table as it grows and round-trips as written.
 */
export function referenceListSource(table: string, column: string): string {
  return `=INDIRECT("${table}[${column}]")`;
}

/** The first date Excel stores (serial 1); the rule just says "this must be a date". */
export const FIRST_DATE = "1900-01-01";

/** The last second of a day as a fraction of it (23:59:59). */
const LAST_TIME = 86399 / 86400;

/** Large enough for any amount a practice records, so the rule only says "a number". */
const ANY_NUMBER = 1e12;

function alert(
  title: string,
  message: string,
  style: "Stop" | "Warning" = "Stop",
): Excel.DataValidationErrorAlert {
  return { showAlert: true, style, title: clip(title, TITLE_MAX), message: clip(message, ERROR_MAX) };
}

function numberRule(column: ColumnSpec, whole: boolean): Pick<ColumnValidation, "rule" | "errorAlert"> {
  const what = whole ? "a whole number" : "a number";
  const basic: Excel.BasicDataValidation =
    column.min !== undefined
      ? { operator: "GreaterThanOrEqualTo", formula1: column.min }
      : { operator: "Between", formula1: -ANY_NUMBER, formula2: ANY_NUMBER };
  const message =
    column.min !== undefined
      ? `${column.header} must be ${what} of ${column.min} or more.`
      : `${column.header} must be ${what}.`;
  return {
    rule: whole ? { wholeNumber: basic } : { decimal: basic },
    errorAlert: alert(whole ? "Whole number needed" : "Number needed", message),
  };
}

function ruleFor(column: ColumnSpec): Pick<ColumnValidation, "rule" | "errorAlert"> | null {
  if (column.formula !== undefined) return null; // calculated by Excel; nobody types here
  if (column.ref) {
    return {
      rule: {
        list: { inCellDropDown: true, source: referenceListSource(column.ref.table, column.ref.column) },
      },
      // A warning, not a stop: the referenced row may simply not be entered yet.
      errorAlert: alert(
        `Not in ${column.ref.table}`,
        `${column.header} should be a ${column.ref.column} from the ${column.ref.table} table. ` +
          `Pick one from the list, or choose Yes to keep this value and add it to ${column.ref.table} later.`,
        "Warning",
      ),
    };
  }
  switch (column.kind) {
    case "list":
    case "yesno": {
      const list = column.list ?? ["Yes", "No"];
      const source = list.join(",");
      if (source.length > INLINE_LIST_MAX || list.some((v) => v.includes(","))) return null;
      return {
        rule: { list: { inCellDropDown: true, source } },
        errorAlert: alert("Choose from the list", `${column.header} must be one of: ${list.join(", ")}.`),
      };
    }
    case "date":
    case "month":
      return {
        rule: { date: { operator: "GreaterThanOrEqualTo", formula1: FIRST_DATE } },
        errorAlert: alert(
          "Date needed",
          column.kind === "month"
            ? `${column.header} must be a date: the first day of the month, e.g. 2025-03-01.`
            : `${column.header} must be a date, e.g. 2025-03-14.`,
        ),
      };
    case "datetime":
      return {
        rule: { date: { operator: "GreaterThanOrEqualTo", formula1: FIRST_DATE } },
        errorAlert: alert(
          "Date and time needed",
          `${column.header} must be a date with a time, e.g. 2025-03-14 6:00 PM.`,
        ),
      };
    case "time":
      return {
        rule: { decimal: { operator: "Between", formula1: 0, formula2: LAST_TIME } },
        errorAlert: alert("Time needed", `${column.header} must be a time of day, e.g. 9:30 AM.`),
      };
    case "integer":
      return numberRule(column, true);
    case "currency":
    case "number":
      return numberRule(column, false);
    case "id":
    case "text":
    case "email":
      return null;
  }
}

/**
 * The validation for a column, or null when it takes free text (ids, names, notes) or is calculated.
 * Excel checks only what users type from now on, so existing values are never rejected.
 */
export function columnValidation(column: ColumnSpec): ColumnValidation | null {
  const rule = ruleFor(column);
  if (!rule) return null;
  return {
    ...rule,
    prompt: {
      showPrompt: true,
      title: clip(column.header, TITLE_MAX),
      message: clip(column.description, PROMPT_MAX),
    },
  };
}
