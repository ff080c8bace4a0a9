/** Defined names: adding one (a range reference or a formula) and what its formula stands for. */
import type { Rect } from "../address";
import { parseAddress } from "../address";
import { HostErrorCodes, hostError } from "../errors";
import { checkItemName } from "./names-rules";
import type { NameState } from "./state";
import type { WorkbookModel } from "./workbook-model";

/** reference: a range, or formula text; "=Sheet!A1:B2" (with its sheet) becomes a range reference. */
export function addName(
  model: WorkbookModel,
  name: string,
  reference: { sheetId: string; rect: Rect } | string,
  comment: string,
  scopeSheetId: string | null,
): NameState {
  checkItemName("name", name);
  if (model.findName(name, scopeSheetId) || (scopeSheetId === null && model.tableByName(name))) {
    throw hostError(HostErrorCodes.itemAlreadyExists, `The name "${name}" already exists.`);
  }
  let ref: NameState["ref"] = null;
  let formula = "";
  if (typeof reference === "string") {
    const text = reference.startsWith("=") ? reference.slice(1) : reference;
    const parsed = parseAddress(text);
    const sheet = parsed?.sheet === undefined ? undefined : model.getSheet(parsed.sheet);
    if (parsed && sheet) ref = { sheetId: sheet.id, rect: parsed.rect };
    else formula = `=${text}`;
  } else {
    ref = reference;
  }
  const state: NameState = { name, scopeSheetId, ref, formula, comment, visible: true };
  model.state.names.push(state);
  model.namesChanged(name);
  return state;
}

/** Excel.NamedItemType of a name: "Range", or the kind of constant its formula is, else "Formula". */
export function nameType(model: WorkbookModel, name: NameState): string {
  if (name.ref) return "Range";
  const body = model.nameFormula(name).slice(1);
  if (/^#[A-Z/0!?]+/.test(body)) return "Error";
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (/^-?\d+$/.test(body)) return "Integer";
  if (/^-?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(body)) return "Double";
  if (/^".*"$/.test(body)) return "String";
  return "Formula";
}

/** NamedItem.value: the constant a name holds, else its formula text without "=". */
export function nameValue(model: WorkbookModel, name: NameState): unknown {
  const body = model.nameFormula(name).slice(1);
  switch (nameType(model, name)) {
    case "Integer":
    case "Double":
      return Number(body);
    case "Boolean":
      return body.toUpperCase() === "TRUE";
    case "String":
      return body.slice(1, -1).replace(/""/g, '"');
    default:
      return body;
  }
}
