/** Range.dataValidation: rule, errorAlert, prompt, ignoreBlanks, clear(), type, valid. */
import { HostErrorCodes, hostError } from "../errors";
import { cellKind, cellValue } from "../model/cell";
import { writeValidation } from "../model/range-ops";
import type { ValidationRuleState } from "../model/validation";
import {
  DEFAULT_ERROR_ALERT,
  DEFAULT_PROMPT,
  internValidation,
  NO_VALIDATION,
  validationTypeOfRule,
} from "../model/validation";
import type { HostRequestContext } from "./context";
import { HostObject } from "./host-object";
import type { PropertyReaders } from "./host-object";
import type { RangeTarget } from "./range-target";
import { MIXED, sharedValue } from "./range-target";

export class HostDataValidation extends HostObject {
  protected readonly className = "DataValidation";

  constructor(
    context: HostRequestContext,
    private readonly target: RangeTarget,
  ) {
    super(context);
  }

  /** The one rule all cells share (NO_VALIDATION when none), or MIXED. */
  private shared(): ValidationRuleState | typeof MIXED {
    return sharedValue(this.target, (cell) => cell.validation ?? NO_VALIDATION) ?? NO_VALIDATION;
  }

  protected readers(): PropertyReaders {
    const pick =
      <T>(read: (v: ValidationRuleState) => T): (() => T | null) =>
      () => {
        const rule = this.shared();
        return rule === MIXED ? null : read(rule);
      };
    return {
      type: () => {
        const rule = this.shared();
        return rule === MIXED ? "Inconsistent" : rule.type;
      },
      rule: pick((v) => v.rule),
      errorAlert: pick((v) => v.errorAlert),
      prompt: pick((v) => v.prompt),
      ignoreBlanks: pick((v) => v.ignoreBlanks),
      valid: () => this.allValid(),
    };
  }

  get type(): Excel.DataValidationType {
    return this.loaded("type");
  }

  get rule(): Excel.DataValidationRule {
    return this.loaded("rule");
  }

  set rule(value: Excel.DataValidationRule) {
    this.queueSet("rule", value, () => {
      const rule = normalizeRule(value as unknown as Record<string, unknown>);
      const type = validationTypeOfRule(rule);
      if (!type) {
        throw hostError(
          HostErrorCodes.invalidArgument,
          "A data validation rule must set exactly one rule type.",
        );
      }
      this.change((current) => ({ ...(current ?? NO_VALIDATION), type, rule }));
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.loaded("errorAlert");
  }

  set errorAlert(value: Excel.DataValidationErrorAlert) {
    this.queueSet("errorAlert", value, () =>
      this.change((current) => {
        const base = current ?? NO_VALIDATION;
        return { ...base, errorAlert: { ...DEFAULT_ERROR_ALERT, ...base.errorAlert, ...definedOnly(value) } };
      }),
    );
  }

  get prompt(): Excel.DataValidationPrompt {
    return this.loaded("prompt");
  }

  set prompt(value: Excel.DataValidationPrompt) {
    this.queueSet("prompt", value, () =>
      this.change((current) => {
        const base = current ?? NO_VALIDATION;
        return { ...base, prompt: { ...DEFAULT_PROMPT, ...base.prompt, ...definedOnly(value) } };
      }),
    );
  }

  get ignoreBlanks(): boolean {
    return this.loaded("ignoreBlanks");
  }

  set ignoreBlanks(value: boolean) {
    this.queueSet("ignoreBlanks", value, () =>
      this.change((current) => ({ ...(current ?? NO_VALIDATION), ignoreBlanks: Boolean(value) })),
    );
  }

  get valid(): boolean {
    return this.loaded("valid");
  }

  clear(): void {
    this.queueCall("clear", [], () => {
      const { sheet, rect } = this.target.location();
      writeValidation(this.context.model, sheet, rect, () => null);
    });
  }

  private change(update: (current: ValidationRuleState | null) => ValidationRuleState): void {
    const { sheet, rect } = this.target.location();
    // Cells share interned rules: work out each distinct one's successor once, not once per cell
    // (a rule over a 100k-row column would intern 100k times).
    const next = new Map<ValidationRuleState | null, ValidationRuleState>();
    writeValidation(this.context.model, sheet, rect, (current) => {
      let rule = next.get(current);
      if (rule === undefined) {
        rule = internValidation(update(current));
        next.set(current, rule);
      }
      return rule;
    });
  }

  /** Checks list and number rules with literal bounds; other rules count as satisfied. */
  private allValid(): boolean {
    const { sheet, rect } = this.target.location();
    const r1 = Math.min(rect.r1, sheet.cells.rowCount - 1);
    for (let r = rect.r0; r <= r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        const cell = this.context.model.rawCell(sheet, r, c);
        const rule = cell.validation;
        if (!rule || rule.type === "None") continue;
        const kind = cellKind(cell);
        if (kind === "Empty" && rule.ignoreBlanks) continue;
        if (!satisfies(rule, cellValue(cell))) return false;
      }
    }
    return true;
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function normalizeRule(rule: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rule)) {
    if (value === undefined || value === null) continue;
    if (key === "list") {
      const list = value as { inCellDropDown?: boolean; source?: unknown };
      if (typeof list.source !== "string" || list.source === "") {
        throw hostError(
          HostErrorCodes.invalidArgument,
          "A list rule needs a source (text or a range formula).",
        );
      }
      out.list = { inCellDropDown: list.inCellDropDown ?? true, source: list.source };
    } else {
      const basic = value as { formula1?: unknown; formula2?: unknown; operator?: unknown };
      if (key !== "custom" && basic.operator === undefined) {
        throw hostError(HostErrorCodes.invalidArgument, `The ${key} rule needs an operator.`);
      }
      out[key] = definedOnly(basic);
    }
  }
  return out;
}

function satisfies(rule: ValidationRuleState, value: unknown): boolean {
  const body = rule.rule[Object.keys(rule.rule)[0] ?? ""] as Record<string, unknown> | undefined;
  if (!body) return true;
  if (rule.type === "List") {
    const source = typeof body.source === "string" ? body.source : "";
    if (source.startsWith("=")) return true;
    return source
      .split(",")
      .map((s) => s.trim().toLowerCase())
      .includes(String(value).toLowerCase());
  }
  if (rule.type === "WholeNumber" || rule.type === "Decimal" || rule.type === "TextLength") {
    const n = rule.type === "TextLength" ? String(value).length : value;
    if (typeof n !== "number" || (rule.type === "WholeNumber" && !Number.isInteger(n))) return false;
    const a = Number(body.formula1);
    const b = Number(body.formula2);
    if (Number.isNaN(a)) return true;
    switch (body.operator) {
      case "Between":
        return n >= a && n <= b;
      case "NotBetween":
        return n < a || n > b;
      case "EqualTo":
        return n === a;
      case "NotEqualTo":
        return n !== a;
      case "GreaterThan":
        return n > a;
      case "LessThan":
        return n < a;
      case "GreaterThanOrEqualTo":
        return n >= a;
      case "LessThanOrEqualTo":
        return n <= a;
      default:
        return true;
    }
  }
  return true;
}
