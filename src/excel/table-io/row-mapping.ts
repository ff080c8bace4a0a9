import { CATALOG, normalizeHeader, type CellValue, type TableSpec } from "../../domain/catalog";
import { cellForFormat, literalCell } from "../literal-text";

/** A row given by header (any case/spacing); undefined means "not given". */
export type RowInput = Readonly<Record<string, CellValue | null | undefined>>;

/** Rows given as a block whose columns are named by `headers` (any order, any subset of the table's). */
export interface RowBlock {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (CellValue | null | undefined)[])[];
}

export class UnknownColumnError extends Error {
  readonly code = "UnknownColumn";
  constructor(
    readonly table: string,
    readonly columns: readonly string[],
  ) {
    super(`Table ${table} has no column ${columns.map((c) => `"${c}"`).join(", ")}.`);
    this.name = "UnknownColumnError";
  }
}

/** Positions of the table's catalog calculated columns (Excel fills them; we never write them). */
export function calculatedColumns(tableName: string, headers: readonly string[]): Set<number> {
  const spec = (CATALOG as Record<string, TableSpec>)[tableName];
  const formulas = new Set(
    (spec?.columns ?? []).filter((c) => c.formula !== undefined).map((c) => normalizeHeader(c.header)),
  );
  const at = new Set<number>();
  headers.forEach((h, i) => {
    if (formulas.has(normalizeHeader(h))) at.add(i);
  });
  return at;
}

/**
 * The catalog formula of each calculated column, by position in the workbook's header row. Rows added
 * to a table get these written: Excel fills calculated columns itself only while the user's AutoCorrect
 * option "Fill formulas in tables" is on, and nothing tells an add-in whether it is.
 */
export function calculatedFormulas(tableName: string, headers: readonly string[]): Map<number, string> {
  const spec = (CATALOG as Record<string, TableSpec>)[tableName];
  const byHeader = new Map(
    (spec?.columns ?? [])
      .filter((c) => c.formula !== undefined)
      .map((c) => [normalizeHeader(c.header), c.formula as string]),
  );
  const at = new Map<number, string>();
  headers.forEach((h, i) => {
    const formula = byHeader.get(normalizeHeader(h));
    if (formula !== undefined) at.set(i, formula);
  });
  return at;
}

/** Maps input headers to positions in the workbook's header row; throws for headers it does not have. */
export function headerPositions(
  tableName: string,
  workbookHeaders: readonly string[],
  inputHeaders: Iterable<string>,
): Map<string, number> {
  const byNormal = new Map<string, number>();
  workbookHeaders.forEach((h, i) => {
    const key = normalizeHeader(h);
    if (!byNormal.has(key)) byNormal.set(key, i);
  });
  const positions = new Map<string, number>();
  const unknown: string[] = [];
  for (const header of inputHeaders) {
    const at = byNormal.get(normalizeHeader(header));
    if (at === undefined) unknown.push(header);
    else positions.set(header, at);
  }
  if (unknown.length > 0) throw new UnknownColumnError(tableName, unknown);
  return positions;
}

function isRowBlock(input: readonly RowInput[] | RowBlock): input is RowBlock {
  return !Array.isArray(input);
}

/** Input rows as { position -> value } in the workbook's column order (undefined values dropped). */
export function rowsByPosition(
  tableName: string,
  workbookHeaders: readonly string[],
  input: readonly RowInput[] | RowBlock,
): Map<number, CellValue | null>[] {
  const mapped = rowPositions(tableName, workbookHeaders, input);
  return Array.from({ length: mapped.count }, (_, i) => mapped.row(i));
}

/**
 * rowsByPosition one row at a time (a large append maps each chunk just before writing it): the
 * headers are checked at once, so an unknown column fails before anything is written.
 */
export function rowPositions(
  tableName: string,
  workbookHeaders: readonly string[],
  input: readonly RowInput[] | RowBlock,
): { readonly count: number; row(index: number): Map<number, CellValue | null> } {
  if (isRowBlock(input)) {
    const block = input;
    const positions = headerPositions(tableName, workbookHeaders, block.headers);
    const at = block.headers.map((h) => positions.get(h) ?? -1);
    return {
      count: block.rows.length,
      row: (index) => {
        const cells = new Map<number, CellValue | null>();
        block.rows[index]?.forEach((value, i) => {
          const position = at[i] ?? -1;
          if (value !== undefined && position >= 0) cells.set(position, value);
        });
        return cells;
      },
    };
  }
  const rows = input;
  const allHeaders = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) allHeaders.add(key);
  const positions = headerPositions(tableName, workbookHeaders, allHeaders);
  return {
    count: rows.length,
    row: (index) => {
      const cells = new Map<number, CellValue | null>();
      for (const [header, value] of Object.entries(rows[index] ?? {})) {
        const position = positions.get(header);
        if (value !== undefined && position !== undefined) cells.set(position, value);
      }
      return cells;
    },
  };
}

/**
 * A value from outside as it must be written into a cell of `numberFormat` (see textForCell): text stays
 * exactly that text, never a formula, a number or a visible apostrophe. Without a known format, text
 * Excel would read as a formula gets the quote prefix. null clears.
 */
export function outsideValue(value: CellValue | null, numberFormat?: string): CellValue {
  if (value === null) return "";
  return numberFormat === undefined ? literalCell(value) : cellForFormat(value, numberFormat);
}
