/**
 * How Excel turns a value written through Range.values / Range.formulas (or typed) into cell content.
 */
import { HostErrorCodes, hostError } from "../errors";
import { Cell, EXCEL_ERROR_VALUES, kindOf } from "./cell";

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+))\s*%$/;
const CURRENCY = /^(-)?\$\s*(\d{1,3}(,\d{3})*(\.\d+)?|\d+(\.\d+)?)$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function dateSerial(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 9999) return undefined;
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1) return undefined;
  return Math.round((utc - Date.UTC(1899, 11, 30)) / 86400000);
}

/**
 * Applies one written value to a cell. null/undefined leave the cell unchanged (Excel's rule for
 * arrays written to ranges). Strings: "=..." is a formula, a leading "'" is the quote prefix, cells
 * formatted "@" keep text as written, numeric / boolean / error / date / percent / currency text is
 * converted like Excel does (date, percent and currency also set a number format on a General cell).
 */
export function applyInput(cell: Cell, input: unknown): Cell {
  if (input === null || input === undefined) return cell;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) {
      throw hostError(
        HostErrorCodes.invalidArgument,
        "The argument is invalid or missing: a number is not finite.",
      );
    }
    return cell.withContent(input, "Double", null, false);
  }
  if (typeof input === "boolean") return cell.withContent(input, "Boolean", null, false);
  if (typeof input !== "string") {
    throw hostError(
      HostErrorCodes.invalidArgument,
      `The argument is invalid or missing: cannot write a value of type ${typeof input}.`,
    );
  }
  if (input === "") return cell.withContent("", "Empty", null, false);
  // A Text ("@") cell keeps what is written as it is, a leading apostrophe included: the apostrophe
  // shows. Elsewhere a leading apostrophe is the quote prefix: consumed, the rest kept as text.
  // (Not settled by the Office.js docs: TESTING.md "Behaviours the docs do not settle".)
  if (cell.numberFormat === "@") return cell.withContent(input, "String", null, false);
  if (input.startsWith("'")) {
    const text = input.slice(1);
    return cell.withContent(text, kindOf(text) === "Empty" ? "Empty" : "String", null, true);
  }
  if (input.startsWith("=") && input.length > 1) return cell.withContent("", "Empty", input, false);
  const trimmed = input.trim();
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE")
    return cell.withContent(upper === "TRUE", "Boolean", null, false);
  if (EXCEL_ERROR_VALUES.includes(upper)) return cell.withContent(upper, "Error", null, false);
  if (NUMBER.test(trimmed)) return cell.withContent(Number(trimmed), "Double", null, false);
  if (GROUPED.test(trimmed))
    return cell.withContent(Number(trimmed.replace(/,/g, "")), "Double", null, false);
  const general = cell.numberFormat === "General";
  const percent = PERCENT.exec(trimmed);
  if (percent) {
    const converted = cell.withContent(Number(percent[1]) / 100, "Double", null, false);
    return general
      ? converted.withNumberFormat((percent[1] ?? "").includes(".") ? "0.00%" : "0%")
      : converted;
  }
  const currency = CURRENCY.exec(trimmed);
  if (currency) {
    const amount = Number((currency[2] ?? "").replace(/,/g, "")) * (currency[1] ? -1 : 1);
    const converted = cell.withContent(amount, "Double", null, false);
    return general ? converted.withNumberFormat("$#,##0.00") : converted;
  }
  const iso = ISO_DATE.exec(trimmed);
  const us = US_DATE.exec(trimmed);
  const serial = iso
    ? dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    : us
      ? dateSerial(Number(us[3]), Number(us[1]), Number(us[2]))
      : undefined;
  if (serial !== undefined) {
    const converted = cell.withContent(serial, "Double", null, false);
    return general ? converted.withNumberFormat(iso ? "yyyy-mm-dd" : "m/d/yyyy") : converted;
  }
  return cell.withContent(input, "String", null, false);
}
