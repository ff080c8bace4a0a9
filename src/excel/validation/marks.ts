/**
 * Marks: invalid cells get a conditional format that the add-in owns. Ours are recognised by their rule
 * formula (a constant TRUE that names the add-in), so Clear marks and re-validation delete only them and
 * never a user's fills or conditional formats; nothing the user typed is touched. A run of cells in one
 * column (or a block of columns) shares one conditional format, so marks are few ranges, not cells.
 */
import type { TableName } from "../../domain/catalog";
import type { Finding, Severity } from "../../domain/rules";
import { MAX_REQUEST_BYTES } from "../table-io";
import type { TableLayout } from "./layout";

export const MARK_STYLES: Readonly<Record<Severity, { formula: string; fill: string; font: string }>> = {
  error: { formula: '=ISTEXT("Practice Manager: validation error")', fill: "#FFC7CE", font: "#9C0006" },
  warning: { formula: '=ISTEXT("Practice Manager: validation warning")', fill: "#FFEB9C", font: "#9C5700" },
};

const OUR_FORMULAS = new Set(Object.values(MARK_STYLES).map((s) => normalizeFormula(s.formula)));

function normalizeFormula(formula: string): string {
  return formula.replace(/\s+/g, "").toUpperCase();
}

export function isOurMarkFormula(formula: unknown): boolean {
  return typeof formula === "string" && OUR_FORMULAS.has(normalizeFormula(formula));
}

/** Most conditional formats one validation adds; past it, problems are listed but not all marked. */
export const MAX_MARK_RANGES = 1500;

/** A block of data cells (indexes inside the table's data body) marked with one conditional format. */
export interface MarkRect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly severity: Severity;
}

/**
 * The blocks to mark for one table's findings: a cell with an error and a warning is marked as an error;
 * consecutive rows of a column with the same severity form one block, and blocks spanning the same rows
 * in adjacent columns merge. Findings about the table itself (rowIndex -1) are not cells.
 */
export function planMarks(findings: readonly Finding[]): MarkRect[] {
  const cells = new Map<number, Map<number, Severity>>();
  for (const f of findings) {
    if (f.rowIndex < 0 || f.columnIndex < 0) continue;
    let column = cells.get(f.columnIndex);
    if (!column) {
      column = new Map();
      cells.set(f.columnIndex, column);
    }
    if (column.get(f.rowIndex) !== "error") column.set(f.rowIndex, f.severity);
  }
  const runs: MarkRect[] = [];
  for (const [column, rows] of [...cells].sort((a, b) => a[0] - b[0])) {
    const sorted = [...rows].sort((a, b) => a[0] - b[0]);
    let start = -1;
    let prev = -2;
    let severity: Severity = "error";
    const flush = () => {
      if (start >= 0) runs.push({ row: start, column, rowCount: prev - start + 1, columnCount: 1, severity });
    };
    for (const [row, s] of sorted) {
      if (row !== prev + 1 || s !== severity) {
        flush();
        start = row;
        severity = s;
      }
      prev = row;
    }
    flush();
  }
  // Merge a run into the block to its left when it spans the same rows with the same severity.
  const open = new Map<string, MarkRect>();
  const merged: MarkRect[] = [];
  for (const run of runs) {
    const key = `${run.row}:${run.rowCount}:${run.severity}`;
    const left = open.get(key);
    if (left && left.column + left.columnCount === run.column) {
      const grown = { ...left, columnCount: left.columnCount + 1 };
      merged[merged.indexOf(left)] = grown;
      open.set(key, grown);
    } else {
      merged.push(run);
      open.set(key, run);
    }
  }
  return merged;
}

type ScanStep = "items" | "types" | "rules" | "done";

/** A conditional format found by the scan: its sheet and its position (= Excel's id) in that sheet's collection. */
interface Scanned {
  readonly sheet: string;
  readonly position: number;
  readonly item: Excel.ConditionalFormat;
}

/**
 * Finds our conditional formats on the sheets that hold the tables, in three steps, each a load that
 * needs the one before it: the formats of each sheet, their types, the rules of the custom ones. Each
 * step's loads can travel with a sync that happens anyway (Validate's table reads): call advance() after
 * every sync that carried them, then ours() syncs only for the steps still open.
 *
 * Per sheet, because a conditional format's `id` is only its priority within ONE collection ("The
 * priority of the conditional format in the current ConditionalFormatCollection", Excel.ConditionalFormat.id)
 * and an item fetched from a collection stands for a position in it: scanning one collection per sheet
 * (the whole sheet) sees each format once, keyed by sheet and position, and also finds marks a table
 * left behind when it shrank. ours() lists them from the last position up, the only order in which
 * deleting them one after the other in a batch reaches the formats that were found (a delete moves
 * the formats after it up one place); the user's own formats are never touched.
 */
export class MarkScan {
  private step: ScanStep = "items";
  private found: Scanned[] = [];
  private readonly sheets: { sheet: Excel.Worksheet; formats: Excel.ConditionalFormatCollection }[];

  /**
   * Queues the first step (no sync). Tables must exist, or that sync fails with ItemNotFound.
   * `previous` (where the tables were when last marked) needs no look of its own: the whole sheet is
   * scanned, so marks left where a table used to reach are found too.
   */
  constructor(
    private readonly context: Excel.RequestContext,
    tables: readonly TableName[],
    previous: readonly TableLayout[] = [],
  ) {
    void previous;
    this.sheets = tables.map((name) => {
      const sheet = context.workbook.tables.getItem(name).worksheet;
      sheet.load("name");
      const formats = sheet.getRange().conditionalFormats;
      formats.load("items");
      return { sheet, formats };
    });
  }

  /** The loads queued last arrived with the sync just made: queue the next step (no sync). */
  advance(): void {
    switch (this.step) {
      case "items": {
        // Two tables on one sheet share its collection: keep it once.
        const seen = new Set<string>();
        this.found = [];
        for (const { sheet, formats } of this.sheets) {
          if (seen.has(sheet.name)) continue;
          seen.add(sheet.name);
          formats.items.forEach((item, position) => this.found.push({ sheet: sheet.name, position, item }));
        }
        for (const { item } of this.found) item.load("type");
        this.step = this.found.length > 0 ? "types" : "done";
        break;
      }
      case "types": {
        this.found = this.found.filter(({ item }) => String(item.type) === "Custom");
        for (const { item } of this.found) item.custom.rule.load("formula");
        this.step = this.found.length > 0 ? "rules" : "done";
        break;
      }
      case "rules":
        this.found = this.found.filter(({ item }) => isOurMarkFormula(item.custom.rule.formula));
        this.step = "done";
        break;
      case "done":
        break;
    }
  }

  /** The sync that carried the current step's loads failed (and was retried without them): queue them again. */
  requeue(): void {
    switch (this.step) {
      case "items":
        for (const { sheet, formats } of this.sheets) {
          sheet.load("name");
          formats.load("items");
        }
        break;
      case "types":
        for (const { item } of this.found) item.load("type");
        break;
      case "rules":
        for (const { item } of this.found) item.custom.rule.load("formula");
        break;
      case "done":
        break;
    }
  }

  /**
   * Our formats, in the order to delete them (per sheet, last position first); syncs (up to 3 times)
   * for the steps still open.
   */
  async ours(): Promise<Excel.ConditionalFormat[]> {
    while (this.step !== "done") {
      // Each step needs the one before it.
      await this.context.sync();
      this.advance();
    }
    return [...this.found]
      .sort((a, b) => (a.sheet === b.sheet ? b.position - a.position : a.sheet < b.sheet ? -1 : 1))
      .map((f) => f.item);
  }
}

/** Rough request size of adding one mark (operations, address, rule, colors). */
const BYTES_PER_MARK = 600;

/**
 * Replaces our marks on the given tables: deletes the scanned ones (in the order MarkScan.ours() gives:
 * never reorder them) and adds one conditional format per
 * block, in one sync unless the requests pass `maxBytes` (about 6,000 marks per 4 MB). Returns how many
 * blocks were added.
 */
export async function writeMarks(
  context: Excel.RequestContext,
  remove: readonly Excel.ConditionalFormat[],
  layouts: readonly TableLayout[],
  plans: ReadonlyMap<TableName, readonly MarkRect[]>,
  maxBytes = MAX_REQUEST_BYTES,
): Promise<number> {
  const perSync = Math.max(1, Math.floor(maxBytes / BYTES_PER_MARK));
  let pending = 0;
  const flushIfFull = async () => {
    if (pending >= perSync) {
      await context.sync();
      pending = 0;
    }
  };
  for (const format of remove) {
    format.delete();
    pending++;
    await flushIfFull();
  }
  let added = 0;
  for (const layout of layouts) {
    const rects = plans.get(layout.name) ?? [];
    if (rects.length === 0) continue;
    const sheet = context.workbook.tables.getItem(layout.name).worksheet;
    for (const rect of rects) {
      const style = MARK_STYLES[rect.severity];
      const range = sheet.getRangeByIndexes(
        layout.firstRow + rect.row,
        layout.firstColumn + rect.column,
        rect.rowCount,
        rect.columnCount,
      );
      const format = range.conditionalFormats.add("Custom");
      format.custom.rule.formula = style.formula;
      format.custom.format.fill.color = style.fill;
      format.custom.format.font.color = style.font;
      added++;
      pending++;
      await flushIfFull();
    }
  }
  if (pending > 0) await context.sync();
  return added;
}
