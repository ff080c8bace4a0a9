/**
 * One exceljs style object per distinct (number format, host style) pair, shared by every cell that has
 * it. exceljs keys its style table by object identity (a WeakMap) before it serializes a style to XML,
 * so a shared object costs one lookup per cell where a fresh object per cell costs an XML render and a
 * string-keyed search; on 100k rows that was most of the save time.
 *
 * The objects are frozen: exceljs setters such as cell.numFmt = x mutate cell.style in place, and on a
 * shared object that would restyle every other cell holding it (frozen, it throws instead).
 */
import type ExcelJS from "exceljs";
import type { CellStyle } from "../../host/model/style";
import { styleToExcel } from "./style-map";

export type SharedStyle = Readonly<Partial<ExcelJS.Style>>;

export class SharedStyles {
  private readonly byStyle = new Map<CellStyle, Map<string, SharedStyle>>();

  /** The shared exceljs style for a number format and a host style (General + default: an empty style). */
  get(numberFormat: string, style: CellStyle): SharedStyle {
    let byFormat = this.byStyle.get(style);
    if (!byFormat) {
      byFormat = new Map();
      this.byStyle.set(style, byFormat);
    }
    let shared = byFormat.get(numberFormat);
    if (!shared) {
      shared = deepFreeze({
        ...(numberFormat !== "General" ? { numFmt: numberFormat } : {}),
        ...styleToExcel(style),
      });
      byFormat.set(numberFormat, shared);
    }
    return shared;
  }

  /** How many distinct styles were handed out (for tests: sharing, not one per cell). */
  get size(): number {
    let count = 0;
    for (const byFormat of this.byStyle.values()) count += byFormat.size;
    return count;
  }
}

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (inner && typeof inner === "object") deepFreeze(inner);
  return Object.freeze(value);
}
