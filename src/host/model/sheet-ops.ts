/** Adding, renaming, deleting and moving sheets; formulas and names follow renames and deletions. */
import { HostErrorCodes, hostError } from "../errors";
import { removeSheetFromFormula, renameSheetInFormula } from "../formula/references";
import type { Cell } from "./cell";
import { CellStore } from "./cell-store";
import { checkSheetName } from "./names-rules";
import type { SheetState } from "./state";
import type { WorkbookModel } from "./workbook-model";

const DEFAULT_PAGE_LAYOUT: SheetState["pageLayout"] = {
  orientation: "Portrait",
  zoom: { scale: 100 },
  centerHorizontally: false,
  centerVertically: false,
  printGridlines: false,
  printTitleRows: null,
};

export function addSheet(model: WorkbookModel, name?: string): SheetState {
  let finalName = name;
  if (finalName === undefined) {
    let n = model.state.sheets.length + 1;
    while (model.getSheet(`Sheet${n}`)) n++;
    finalName = `Sheet${n}`;
  }
  checkSheetName(finalName);
  if (model.getSheet(finalName)) {
    throw hostError(HostErrorCodes.itemAlreadyExists, `A worksheet named "${finalName}" already exists.`);
  }
  const cells = new CellStore();
  if (model.inTransaction) cells.begin();
  const sheet: SheetState = {
    id: model.nextId("SHEET"),
    name: finalName,
    visibility: "Visible",
    tabColor: "",
    showGridlines: true,
    cells,
    columnWidths: {},
    rowHeights: {},
    freezeRows: 0,
    freezeColumns: 0,
    pageLayout: JSON.parse(JSON.stringify(DEFAULT_PAGE_LAYOUT)) as SheetState["pageLayout"],
    conditionalFormats: [],
    charts: [],
  };
  model.state.sheets.push(sheet);
  model.sheetAdded();
  return sheet;
}

export function renameSheet(model: WorkbookModel, sheet: SheetState, name: string): void {
  if (sheet.name === name) return;
  checkSheetName(name);
  const other = model.getSheet(name);
  if (other && other !== sheet) {
    throw hostError(HostErrorCodes.itemAlreadyExists, `A worksheet named "${name}" already exists.`);
  }
  const oldName = sheet.name;
  sheet.name = name;
  rewriteFormulas(model, (formula) => renameSheetInFormula(formula, oldName, name));
  model.touch();
}

export function deleteSheet(model: WorkbookModel, sheet: SheetState): void {
  const visible = model.state.sheets.filter((s) => s.visibility === "Visible");
  if (visible.length === 1 && visible[0] === sheet) {
    throw hostError(
      HostErrorCodes.invalidOperation,
      "A workbook must contain at least one visible worksheet.",
    );
  }
  model.state.sheets = model.state.sheets.filter((s) => s !== sheet);
  model.state.tables = model.state.tables.filter((t) => t.sheetId !== sheet.id);
  model.state.names = model.state.names.filter((n) => n.scopeSheetId !== sheet.id);
  for (const name of model.state.names) {
    if (name.ref?.sheetId === sheet.id) {
      name.ref = null;
      name.formula = "=#REF!";
    }
  }
  rewriteFormulas(model, (formula) => removeSheetFromFormula(formula, sheet.name));
  if (model.state.activeSheetId === sheet.id || model.state.selection.sheetId === sheet.id) {
    const next = model.state.sheets.find((s) => s.visibility === "Visible") ?? model.state.sheets[0];
    if (next) {
      model.state.activeSheetId = next.id;
      model.state.selection = { sheetId: next.id, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    }
  }
  model.touch();
}

export function moveSheet(model: WorkbookModel, sheet: SheetState, position: number): void {
  const others = model.state.sheets.filter((s) => s !== sheet);
  if (!Number.isInteger(position) || position < 0 || position > others.length) {
    throw hostError(HostErrorCodes.invalidArgument, `The sheet position ${position} is out of range.`);
  }
  others.splice(position, 0, sheet);
  model.state.sheets = others;
}

/** Rewrites every cell formula, formula-based name and calculated column (sheet rename / delete). */
function rewriteFormulas(model: WorkbookModel, rewrite: (formula: string) => string): void {
  for (const sheet of model.state.sheets) {
    const updates: [number, number, Cell][] = [];
    sheet.cells.forEach((cell, r, c) => {
      if (cell.formula === null) return;
      const next = rewrite(cell.formula);
      if (next !== cell.formula) updates.push([r, c, cell.withContent("", "Empty", next, false)]);
    });
    for (const [r, c, cell] of updates) sheet.cells.set(r, c, cell);
  }
  for (const name of model.state.names) {
    if (!name.ref) name.formula = rewrite(name.formula);
  }
  for (const table of model.state.tables) {
    for (const column of table.columns) if (column.formula) column.formula = rewrite(column.formula);
  }
}
