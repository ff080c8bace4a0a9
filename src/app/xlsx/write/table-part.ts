/**
 * xl/tables/tableN.xml: an Excel table's range, columns and style. A calculated column also carries its
 * <calculatedColumnFormula> (ECMA-376 18.5.1.1): without it Excel sees cells that happen to hold formulas,
 * and a row the user adds in Excel stays blank in that column.
 */
import { rectAddress } from "../../../host/address";
import type { TableState } from "../../../host/model/state";
import { toFileFormula } from "../formula-text";
import { escapeAttr, escapeText, excelEscape } from "../xml/escape";
import { NS_MAIN, XML_DECLARATION } from "./namespaces";

export function renderTable(table: TableState, id: number): string {
  const ref = rectAddress(table.rect);
  const name = escapeAttr(table.name);
  const columns = table.columns.map((column, i) => {
    // Header text in the file uses Excel's escapes (a line break in a header is _x000a_).
    const open = `<tableColumn id="${i + 1}" name="${escapeAttr(excelEscape(column.name))}"`;
    if (column.formula === null) return `${open}/>`;
    const formula = escapeText(excelEscape(toFileFormula(column.formula, table.name)));
    return `${open}><calculatedColumnFormula>${formula}</calculatedColumnFormula></tableColumn>`;
  });
  const style =
    `<tableStyleInfo${table.style ? ` name="${escapeAttr(table.style)}"` : ""} showFirstColumn="0"` +
    ` showLastColumn="0" showRowStripes="${table.showBandedRows ? 1 : 0}"` +
    ` showColumnStripes="${table.showBandedColumns ? 1 : 0}"/>`;
  return (
    `${XML_DECLARATION}<table xmlns="${NS_MAIN}" id="${id}" name="${name}" displayName="${name}"` +
    // headerRowCount is the default, but exceljs-based readers take a table without it as headerless.
    ` ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    (table.showFilterButton ? `<autoFilter ref="${ref}"/>` : "") +
    `<tableColumns count="${columns.length}">${columns.join("")}</tableColumns>${style}</table>`
  );
}
