/**
 * How the add-in recognises the sheets it generated, independently of their names.
 *
 * - Identity: a workbook-scoped defined name per summary, PM_Sheet_<id>, referring to A1 of the sheet.
 *   Excel keeps a name pointing at its sheet when the user renames or moves the sheet, so a renamed
 *   Dashboard is still found (and refreshed under the user's name). A user's own sheet called
 *   "Dashboard" has no such name and is never touched: ours becomes "Dashboard (PM)".
 * - Edits: a setting PM.Summary.<id> (workbook settings travel with the file) holds a fingerprint of
 *   the sheet's contents (values and formulas of its used range) read back right after generating it.
 *   A different fingerprint at the next refresh means someone edited the sheet: Refresh asks first.
 *   Formatting-only changes are not counted as edits.
 */
import type { SummaryId } from "../../domain/summaries/model";

export const IDENTITY_NAME_PREFIX = "PM_Sheet_";
export const SUMMARY_SETTING_PREFIX = "PM.Summary.";
export const RECORD_VERSION = 1;

export function identityName(id: SummaryId): string {
  return `${IDENTITY_NAME_PREFIX}${id}`;
}

export function settingKey(id: SummaryId): string {
  return `${SUMMARY_SETTING_PREFIX}${id}`;
}

/** What the workbook remembers about a generated sheet. */
export interface SummaryRecord {
  readonly version: number;
  /** Fingerprint of the contents as generated (see fingerprint.ts). */
  readonly fingerprint: string;
  /** "As of" of the last refresh (Excel serial). */
  readonly asOf: number;
}

export function parseRecord(value: unknown): SummaryRecord | null {
  const parsed: unknown = typeof value === "string" ? safeJson(value) : value;
  if (typeof parsed !== "object" || parsed === null) return null;
  const r = parsed as Partial<SummaryRecord>;
  if (typeof r.fingerprint !== "string" || typeof r.asOf !== "number") return null;
  return {
    version: typeof r.version === "number" ? r.version : RECORD_VERSION,
    fingerprint: r.fingerprint,
    asOf: r.asOf,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null; // not ours or damaged: treated as "no record", which makes Refresh ask before replacing
  }
}

/**
 * Sheet name a defined name refers to, from its formula ("='My Sheet'!$A$1" or "=Dashboard!$A$1");
 * null when it no longer refers to a sheet (#REF! after the sheet was deleted).
 */
export function sheetOfReference(reference: string): string | null {
  const text = reference.trim().replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  if (bang <= 0 || text.includes("#REF!")) return null;
  const sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
    return sheet.slice(1, -1).replace(/''/g, "'");
  return sheet;
}

/**
 * A free sheet name for a summary: the preferred one, else "<name> (PM)", "<name> (PM 2)", ...
 * Excel compares sheet names case-insensitively; names are at most 31 characters.
 */
export function freeSheetName(preferred: string, taken: readonly string[], suffix = "PM"): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const candidates = [preferred, `${preferred} (${suffix})`];
  for (let i = 2; i < 100; i += 1) candidates.push(`${preferred} (${suffix} ${i})`);
  for (const candidate of candidates) {
    const name =
      candidate.length <= 31
        ? candidate
        : `${preferred.slice(0, 31 - (candidate.length - preferred.length))}${candidate.slice(preferred.length)}`;
    if (!used.has(name.toLowerCase())) return name;
  }
  throw new Error(`No free sheet name for ${preferred}`);
}
