/**
 * Reads a relative value file: CMS's physician fee schedule PPRRVU file (CSV, with title lines and a
 * header split over several rows: "WORK" above "RVU") or any CSV with Code, Modifier, Work RVU, PE RVU,
 * MP RVU and Total RVU columns. CSV is split by papaparse (quotes, embedded commas, CRLF); this file
 * only finds the columns and checks the values. Nothing here writes: a file with any problem that
 * makes it unusable is refused as a whole, with what was expected.
 */
import Papa from "papaparse";
import { isModifier, isProcedureCode } from "../codes";

export interface RvuFileRow {
  readonly code: string;
  /** "" for the code without modifier. */
  readonly modifier: string;
  readonly workRvu: number;
  readonly peRvu: number | null;
  readonly mpRvu: number | null;
  readonly totalRvu: number | null;
}

export interface RvuFile {
  readonly rows: readonly RvuFileRow[];
  /** The fee schedule year the file names (title line, Year column or file name); null when it names none. */
  readonly year: number | null;
  /** "CMS PPRRVU" when the file has CMS's columns, else "CSV". */
  readonly layout: "CMS PPRRVU" | "CSV";
  /** Rows passed over, with why (e.g. a code that is not CPT/HCPCS); the rest are usable. */
  readonly skipped: readonly string[];
}

export class RvuFileError extends Error {
  override readonly name = "RvuFileError";
}

type Field = "code" | "modifier" | "work" | "pe" | "mp" | "total" | "year";

/** Header names per field, normalized (upper case, single spaces), most specific first. */
const ALIASES: Record<Field, readonly string[]> = {
  code: ["HCPCS", "HCPCS CODE", "CODE", "CPT", "CPT CODE", "PROCEDURE CODE"],
  modifier: ["MOD", "MODIFIER"],
  work: ["WORK RVU", "WORK RVUS", "RVU WORK", "WRVU"],
  pe: ["NON-FAC PE RVU", "NON-FACILITY PE RVU", "PE RVU", "PRACTICE EXPENSE RVU"],
  mp: ["MP RVU", "MALPRACTICE RVU", "PLI RVU"],
  total: ["NON-FACILITY TOTAL", "NON-FAC TOTAL", "TOTAL RVU", "TOTAL RVUS", "TOTAL"],
  year: ["YEAR"],
};

const EXPECTED =
  "Expected CMS's PPRRVU file (columns HCPCS, MOD, WORK RVU, NON-FAC PE RVU, MP RVU, NON-FACILITY TOTAL) " +
  "or a CSV with the columns Code, Modifier, Work RVU, PE RVU, MP RVU, Total RVU (and optionally Year).";

/** How far down the header is looked for (CMS files have about 10 title lines). */
const HEADER_SEARCH_ROWS = 30;

/** The largest file read: CMS's is about 3 MB. */
export const MAX_RVU_FILE_BYTES = 50 * 1024 * 1024;

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, " ").toUpperCase();
}

/**
 * The names a column may be called by: its own header cell, and that cell joined with the cells above
 * it (CMS splits "WORK RVU" as "WORK" over "RVU", "NON-FACILITY TOTAL" as "NON-FACILITY" over "TOTAL").
 */
function columnNames(grid: readonly (readonly string[])[], headerRow: number, col: number): string[] {
  const names: string[] = [];
  let joined = normalize(grid[headerRow]?.[col] ?? "");
  if (joined !== "") names.push(joined);
  for (let r = headerRow - 1; r >= Math.max(0, headerRow - 2); r--) {
    const above = normalize(grid[r]?.[col] ?? "");
    if (above === "" || above.length > 40) break;
    joined = `${above} ${joined}`.trim();
    names.push(joined);
  }
  return names;
}

function findColumns(
  grid: readonly (readonly string[])[],
  headerRow: number,
): Partial<Record<Field, number>> {
  const width = grid[headerRow]?.length ?? 0;
  const found: Partial<Record<Field, number>> = {};
  const names = Array.from({ length: width }, (_, c) => columnNames(grid, headerRow, c));
  const taken = (c: number) => Object.values(found).includes(c);
  const pick = (field: Field, match: (name: string, alias: string) => boolean): boolean => {
    // Earlier aliases win: "NON-FAC PE RVU" before a facility "PE RVU".
    for (const alias of ALIASES[field]) {
      const col = names.findIndex((n, c) => !taken(c) && n.some((name) => match(name, alias)));
      if (col >= 0) {
        found[field] = col;
        return true;
      }
    }
    return false;
  };
  for (const field of Object.keys(ALIASES) as Field[]) {
    // A header that is exactly an alias beats one that only contains it ("Code" vs "Status Code").
    if (!pick(field, (name, alias) => name === alias) && field !== "code") {
      pick(field, (name, alias) => name.includes(alias));
    }
  }
  return found;
}

function headerRowOf(grid: readonly (readonly string[])[]): number {
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const cells = (grid[r] ?? []).map(normalize);
    const hasCode = cells.some((c) => ALIASES.code.includes(c));
    const hasRvu = cells.some((c) => c.includes("RVU") || c === "MOD" || c === "MODIFIER");
    if (hasCode && hasRvu) return r;
  }
  return -1;
}

/** A decimal as CMS writes it ("0.97", ".97", "  1.3 "); blank = null; anything else = NaN. */
function decimal(text: string | undefined): number | null {
  const t = (text ?? "").trim().replace(/,/g, "");
  if (t === "") return null;
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : NaN;
}

/** "PPRRVU26_JAN.csv" -> 2026; "2026 National Physician Fee Schedule" -> 2026. */
export function yearFromText(text: string): number | null {
  const full = /(?<!\d)(19[89]\d|20\d\d)(?!\d)/.exec(text);
  if (full) return Number(full[1]);
  const cms = /PPRRVU[_-]?(\d{2})(?!\d)/i.exec(text);
  return cms ? 2000 + Number(cms[1]) : null;
}

/**
 * Parses the file's text. fileName helps find the year (CMS names files PPRRVU26_JAN.csv). Throws
 * RvuFileError, in words a practice manager can act on, when the file cannot be used at all.
 */
export function parseRvuFile(text: string, fileName = ""): RvuFile {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const grid = parsed.data;
  if (grid.length === 0) throw new RvuFileError(`The file is empty. ${EXPECTED}`);
  const headerRow = headerRowOf(grid);
  if (headerRow < 0) {
    throw new RvuFileError(`No header with a code column and RVU columns was found. ${EXPECTED}`);
  }
  const cols = findColumns(grid, headerRow);
  const missing = (["code", "work"] as const).filter((f) => cols[f] === undefined);
  if (missing.length > 0) {
    const words = missing.map((f) => (f === "code" ? "code column (HCPCS or Code)" : "Work RVU column"));
    throw new RvuFileError(`The file has no ${words.join(" and no ")}. ${EXPECTED}`);
  }
  const layout = cols.pe !== undefined && normalize(grid[headerRow]?.[cols.code ?? 0] ?? "") === "HCPCS";
  // The title names the year; a copyright line names another one.
  const titleText = grid
    .slice(0, headerRow)
    .map((r) => r.join(" "))
    .filter((line) => !/copyright/i.test(line))
    .join(" ");

  const rows: RvuFileRow[] = [];
  const skipped: string[] = [];
  const years = new Set<number>();
  const seen = new Set<string>();
  const cell = (r: readonly string[], f: Field) => (cols[f] === undefined ? undefined : r[cols[f]]);
  for (let i = headerRow + 1; i < grid.length; i++) {
    const r = grid[i] ?? [];
    const line = i + 1;
    const code = (cell(r, "code") ?? "").trim().toUpperCase();
    const modifier = (cell(r, "modifier") ?? "").trim().toUpperCase();
    if (code === "") continue;
    if (!isProcedureCode(code)) {
      skipped.push(`Line ${line}: "${code}" is not a CPT or HCPCS code`);
      continue;
    }
    if (modifier !== "" && !isModifier(modifier)) {
      skipped.push(`Line ${line}: modifier "${modifier}" of ${code} is not two letters or digits`);
      continue;
    }
    const work = decimal(cell(r, "work"));
    const values = {
      pe: decimal(cell(r, "pe")),
      mp: decimal(cell(r, "mp")),
      total: decimal(cell(r, "total")),
    };
    if (work === null || Number.isNaN(work) || Object.values(values).some((v) => Number.isNaN(v))) {
      skipped.push(`Line ${line}: ${code}${modifier ? `-${modifier}` : ""} has an RVU that is not a number`);
      continue;
    }
    const year = decimal(cell(r, "year"));
    if (year !== null && Number.isInteger(year)) years.add(year);
    const key = `${code}|${modifier}|${year ?? ""}`;
    if (seen.has(key)) {
      skipped.push(
        `Line ${line}: ${code}${modifier ? `-${modifier}` : ""} appears again (the first is kept)`,
      );
      continue;
    }
    seen.add(key);
    const total =
      values.total ?? (values.pe !== null && values.mp !== null ? work + values.pe + values.mp : null);
    rows.push({ code, modifier, workRvu: work, peRvu: values.pe, mpRvu: values.mp, totalRvu: total });
  }
  if (rows.length === 0) {
    throw new RvuFileError(
      `No usable rows: ${skipped.length > 0 ? (skipped[0] ?? "") : "the file has a header but no codes"}. ${EXPECTED}`,
    );
  }
  if (years.size > 1) {
    throw new RvuFileError(
      `The file holds several years (${[...years].sort().join(", ")}): import one year at a time.`,
    );
  }
  const year = [...years][0] ?? yearFromText(titleText) ?? yearFromText(fileName);
  return { rows, year, layout: layout ? "CMS PPRRVU" : "CSV", skipped };
}
