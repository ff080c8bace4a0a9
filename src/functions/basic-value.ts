/**
 * Arguments that arrive as data-type objects. With allowCustomDataForDataTypeAny, Excel passes a cell
 * that holds a data type (a linked entity, a formatted number, a string with a data type ...) to an `any`
 * parameter as an Excel.CellValue object instead of a plain value ("Custom functions and data types",
 * learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts: each CellValue
 * carries its `basicValue`; an entity carries its `text`). The PM functions read what the cell shows:
 * the basic value, or an entity's text, never #VALUE! for the wrapper.
 */
export function basicValue(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const cell = value as { basicValue?: unknown; text?: unknown; type?: unknown };
  if ("basicValue" in cell) return cell.basicValue;
  if (typeof cell.text === "string") return cell.text;
  return value;
}
