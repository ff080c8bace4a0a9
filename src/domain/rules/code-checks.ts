import type { CodeFormat } from "../catalog";
import {
  isCarc,
  isGroupCode,
  isIcd10,
  isModifier,
  isProcedureCode,
  npiProblem,
  splitCodeList,
} from "../codes";
import { shownRaw } from "./display";
import { parseWorkDays } from "./weekdays";

const MAX_MODIFIERS = 4;

/** Why `text` does not follow the code format, in a practice manager's words; null when it does. */
export function codeProblem(format: CodeFormat, header: string, text: string): string | null {
  const shown = shownRaw(text);
  switch (format) {
    case "npi":
      switch (npiProblem(text)) {
        case null:
          return null;
        case "format":
          return `${header} ${shown} must be exactly 10 digits`;
        case "prefix":
          return `${header} ${shown} must start with 1 or 2`;
        case "check-digit":
          return `${header} ${shown} fails the check digit (a digit is mistyped)`;
      }
      return null;
    case "procedure":
      return isProcedureCode(text)
        ? null
        : `${header} ${shown} is not a CPT or HCPCS code (5 digits like 99213, 4 digits and F, T or U, or a letter and 4 digits like G0439)`;
    case "icd10-list": {
      const bad = splitCodeList(text).filter((c) => !isIcd10(c));
      if (bad.length === 0) return null;
      return `${header}: ${bad.map(shownRaw).join(", ")} ${bad.length === 1 ? "is not an ICD-10-CM code" : "are not ICD-10-CM codes"} (like E11.9 or I10)`;
    }
    case "modifier":
      return isModifier(text)
        ? null
        : `${header} ${shown} is not a modifier (two letters or digits, like 25 or LT)`;
    case "modifier-list": {
      const codes = splitCodeList(text);
      const bad = codes.filter((c) => !isModifier(c));
      if (bad.length > 0) {
        return `${header}: ${bad.map(shownRaw).join(", ")} ${bad.length === 1 ? "is not a modifier" : "are not modifiers"} (two letters or digits, like 25 or LT)`;
      }
      return codes.length > MAX_MODIFIERS
        ? `${header} has ${codes.length} modifiers; a line takes at most 4`
        : null;
    }
    case "carc":
      return isCarc(text)
        ? null
        : `${header} ${shown} is not a claim adjustment reason code (like 45, 2 or A1)`;
    case "group":
      return isGroupCode(text)
        ? null
        : `${header} ${shown} is not an adjustment group (CO, PR, OA, PI or CR)`;
    case "weekdays":
      return parseWorkDays(text)
        ? null
        : `${header} "${shown}" is not a list of weekdays (like Mon,Tue,Wed or Mon-Fri)`;
  }
}
