/**
 * A worksheet's <dataValidations> -> host rules and the rectangles they cover. Bounds are read as
 * written: numbers stay numbers, anything else is a formula (exceljs turned those into NaN).
 */
import type ExcelJS from "exceljs";
import { parseAddress, type Rect } from "../../../host/address";
import type { ValidationRuleState } from "../../../host/model/validation";
import { validationFromExcel } from "../validation-map";
import { attrOf, childOf, childrenOf, parseXml, type XmlElement } from "../xml/mini-xml";

export interface FileValidation {
  readonly rule: ValidationRuleState;
  readonly rects: Rect[];
}

const DAY_MS = 86_400_000;
const EPOCH_1899 = Date.UTC(1899, 11, 30);

const isTrue = (value: string | undefined) => value === "1" || value === "true";

function bound(type: string, text: string): unknown {
  const number = Number(text);
  const numeric = text.trim() !== "" && Number.isFinite(number);
  if (type === "date") return numeric ? new Date(EPOCH_1899 + Math.round(number * DAY_MS)) : `=${text}`;
  return numeric ? number : text;
}

/** The exceljs shape of one <dataValidation> (what validationFromExcel reads). */
function dataValidationOf(element: XmlElement): ExcelJS.DataValidation {
  const type = attrOf(element, "type") ?? "any";
  const formulae = ["formula1", "formula2"]
    .map((name) => childOf(element, name))
    .filter((f): f is XmlElement => f !== undefined)
    .map((f) => bound(type, f.text));
  const optional = (name: string) => {
    const value = attrOf(element, name);
    return value === undefined ? {} : { [name]: value };
  };
  return {
    type: type as ExcelJS.DataValidation["type"],
    formulae,
    allowBlank: isTrue(attrOf(element, "allowBlank")),
    showInputMessage: isTrue(attrOf(element, "showInputMessage")),
    showErrorMessage: isTrue(attrOf(element, "showErrorMessage")),
    ...(type === "any" || type === "list" || type === "custom"
      ? {}
      : { operator: (attrOf(element, "operator") ?? "between") as ExcelJS.DataValidationOperator }),
    ...optional("promptTitle"),
    ...optional("prompt"),
    ...optional("errorStyle"),
    ...optional("errorTitle"),
    ...optional("error"),
  };
}

/** `xml` is the <dataValidations> element's text. Rules of type "any" (a prompt only) are skipped. */
export function readValidations(xml: string): FileValidation[] {
  const out: FileValidation[] = [];
  for (const element of childrenOf(parseXml(xml), "dataValidation")) {
    const rule = validationFromExcel(dataValidationOf(element));
    if (!rule) continue;
    const rects = (attrOf(element, "sqref") ?? "")
      .split(/\s+/)
      .map((part) => parseAddress(part)?.rect)
      .filter((r): r is Rect => r !== undefined);
    if (rects.length > 0) out.push({ rule, rects });
  }
  return out;
}
