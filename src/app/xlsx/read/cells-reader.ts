/**
 * A worksheet's cells into the host's sheet: each cell's value, formula (converted from the file's
 * form once per distinct formula), number format, style and data validation, scanned in steps (a large
 * part a piece at a time, sheet-part.ts) so reading 100k rows never freezes the page.
 */
import { MAX_COLUMNS } from "../../../host/address";
import { Cell, EXCEL_ERROR_VALUES, type StoredValue, type ValueKind } from "../../../host/model/cell";
import type { SheetState } from "../../../host/model/state";
import type { ValidationRuleState } from "../../../host/model/validation";
import { DEFAULT_STYLE } from "../../../host/model/style";
import { breathe } from "../../slices";
import { fromFileFormula } from "../formula-text";
import { excelUnescape } from "../xml/escape";
import { newScanState, scanSheetDataInSteps, type RawCell, type SheetDataVisitor } from "./sheet-data-reader";
import { readMerges } from "./sheet-layout-reader";
import { sheetDataPieces, type SheetPart } from "./sheet-part";
import { DEFAULT_FORMAT, type CellFormat } from "./styles-reader";
import type { FileTable } from "./tables-reader";
import { ValidationIndex } from "./validation-index";
import { readValidations } from "./validations-reader";

/** What every sheet's cells are read with. */
export interface CellContext {
  readonly strings: readonly string[];
  readonly formats: readonly CellFormat[];
  readonly formulas: Map<string, string>;
}

const DAY_MS = 86_400_000;
const EPOCH_1899 = Date.UTC(1899, 11, 30);

type Content = { value: StoredValue; kind: ValueKind; formula: string | null };

function formulaOf(context: CellContext, formula: string, table: string | null): string {
  // A calculated column repeats one formula on every row: convert it once.
  const key = table === null ? formula : `${table}\u0000${formula}`;
  let text = context.formulas.get(key);
  if (text === undefined) {
    text = fromFileFormula(formula, table);
    context.formulas.set(key, text);
  }
  return text;
}

function text(value: string): Content | null {
  return value === "" ? null : { value, kind: "String", formula: null };
}

/** A cell's content as the host holds it; null for a cell without content. */
export function contentOf(raw: RawCell, context: CellContext, table: () => string | null): Content | null {
  if (raw.formula !== null) {
    return { value: "", kind: "Empty", formula: formulaOf(context, excelUnescape(raw.formula), table()) };
  }
  const v = raw.value;
  if (v === null) return null;
  switch (raw.type) {
    case "s":
      return text(context.strings[Number(v)] ?? "");
    case "str":
    case "inlineStr":
      return text(excelUnescape(v));
    case "b":
      return { value: v === "1" || v === "true", kind: "Boolean", formula: null };
    case "e":
      return { value: v, kind: EXCEL_ERROR_VALUES.includes(v) ? "Error" : "String", formula: null };
    case "d": {
      const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(v) ? v : `${v}Z`);
      return Number.isFinite(ms)
        ? { value: (ms - EPOCH_1899) / DAY_MS, kind: "Double", formula: null }
        : text(v);
    }
    default: {
      if (v === "") return null;
      const n = Number(v);
      return Number.isFinite(n) ? { value: n, kind: "Double", formula: null } : text(v);
    }
  }
}

function tableAt(tables: readonly FileTable[], row: number, col: number): string | null {
  for (const t of tables) {
    if (row >= t.rect.r0 && row <= t.rect.r1 && col >= t.rect.c0 && col <= t.rect.c1) return t.name;
  }
  return null;
}

/** Scans a sheet's cells, in steps with a breathe between them (a piece at a time for a large part). */
export async function scanCells(part: SheetPart, path: string, visitor: SheetDataVisitor): Promise<void> {
  const state = newScanState();
  if (part.cells) {
    for (const piece of sheetDataPieces(part.cells, path, part.pieceBytes)) {
      for (const _step of scanSheetDataInSteps(piece, 0, piece.length, visitor, state)) await breathe();
      await breathe();
    }
    return;
  }
  const region = part.regions.sheetData;
  if (!region) return;
  const steps = scanSheetDataInSteps(part.xml, region.innerStart, region.innerEnd, visitor, state);
  for (const _step of steps) await breathe();
}

export async function readCells(
  part: SheetPart,
  path: string,
  sheet: SheetState,
  tables: readonly FileTable[],
  context: CellContext,
): Promise<void> {
  const { xml, regions } = part;
  const validation = new ValidationIndex();
  if (regions.dataValidations) {
    const { start, end } = regions.dataValidations;
    for (const { rule, rects } of readValidations(xml.slice(start, end))) {
      for (const rect of rects) validation.paint(rect, rule);
    }
  }
  // A merged range shows its first cell; the others are not read.
  const hidden = new Set<number>();
  for (const m of readMerges(xml, regions.sheetData?.end ?? 0)) {
    for (let r = m.r0; r <= m.r1; r++) {
      for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) hidden.add(r * MAX_COLUMNS + c);
    }
  }
  // A large sheet is read in steps that let the page run in between.
  await scanCells(part, path, {
    row(row, height) {
      if (height !== null) sheet.rowHeights[row] = height;
    },
    cell(raw) {
      const { row: r, col: c } = raw;
      if (hidden.size > 0 && hidden.has(r * MAX_COLUMNS + c)) return;
      const format = context.formats[raw.style] ?? DEFAULT_FORMAT;
      const content = contentOf(raw, context, () => tableAt(tables, r, c));
      const rule = validation.at(r, c);
      if (!content && format.numberFormat === "General" && format.style === DEFAULT_STYLE && !rule) return;
      sheet.cells.set(
        r,
        c,
        new Cell(
          content?.value ?? "",
          content?.kind ?? "Empty",
          content?.formula ?? null,
          format.quotePrefix === true && content?.kind === "String",
          format.numberFormat,
          format.style,
          rule,
        ),
      );
    },
  });
  // Validation on cells that hold nothing else (e.g. the empty rows of a form).
  const segments: { c: number; r0: number; r1: number; rule: ValidationRuleState }[] = [];
  validation.forEachSegment((c, r0, r1, rule) => segments.push({ c, r0, r1, rule }));
  for (const { c, r0, r1, rule } of segments) {
    for (let r = r0; r <= r1; r++) {
      if ((r - r0) % 4096 === 4095) await breathe();
      if (sheet.cells.explicit(r, c) === undefined)
        sheet.cells.set(r, c, sheet.cells.get(r, c).withValidation(rule));
    }
  }
}
