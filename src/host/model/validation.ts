/** Data validation as stored on cells: one interned object per distinct rule. */
import { interner } from "./intern";

export type ValidationType =
  "None" | "List" | "WholeNumber" | "Decimal" | "Date" | "Time" | "TextLength" | "Custom";

export interface ValidationAlert {
  readonly message: string;
  readonly title: string;
  readonly style: string;
  readonly showAlert: boolean;
}

export interface ValidationPrompt {
  readonly message: string;
  readonly title: string;
  readonly showPrompt: boolean;
}

export interface ValidationRuleState {
  readonly type: ValidationType;
  /** Excel.DataValidationRule shape, e.g. { list: { inCellDropDown: true, source: "A,B" } }; {} for None. */
  readonly rule: Readonly<Record<string, unknown>>;
  readonly errorAlert: ValidationAlert;
  readonly prompt: ValidationPrompt;
  readonly ignoreBlanks: boolean;
}

export const DEFAULT_ERROR_ALERT: ValidationAlert = {
  message: "",
  title: "",
  style: "Stop",
  showAlert: true,
};
export const DEFAULT_PROMPT: ValidationPrompt = { message: "", title: "", showPrompt: false };

export const internValidation: (state: ValidationRuleState) => ValidationRuleState = interner((state) =>
  JSON.stringify([state.type, state.rule, state.errorAlert, state.prompt, state.ignoreBlanks]),
);

export const NO_VALIDATION: ValidationRuleState = internValidation({
  type: "None",
  rule: {},
  errorAlert: DEFAULT_ERROR_ALERT,
  prompt: DEFAULT_PROMPT,
  ignoreBlanks: true,
});

const RULE_KEYS: Record<string, ValidationType> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

/** The validation type an Excel.DataValidationRule object sets; undefined when it names none or several. */
export function validationTypeOfRule(rule: Readonly<Record<string, unknown>>): ValidationType | undefined {
  const keys = Object.keys(rule).filter((k) => rule[k] !== undefined && rule[k] !== null);
  if (keys.length !== 1) return undefined;
  return RULE_KEYS[keys[0] ?? ""];
}
