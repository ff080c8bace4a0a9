/** A sheet as discovery saw it. */
export interface SheetState {
  readonly name: string;
  /** True when the sheet holds nothing (no values, formats or tables). */
  readonly empty: boolean;
}

export interface SheetChoice {
  readonly name: string;
  /** The sheet does not exist yet and must be added. */
  readonly create: boolean;
}

/**
 * The sheet a new table goes on: its usual sheet if missing or empty, else "<sheet> (2)", "(3)", ...
 * the first that is missing or empty. Never a sheet with the user's content, never one already chosen
 * for another table in this run (`taken`, lower-case names). Sheet names compare case-insensitively.
 */
export function chooseSheet(
  wanted: string,
  sheets: ReadonlyMap<string, SheetState>,
  taken: ReadonlySet<string>,
): SheetChoice {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? wanted : `${wanted} (${n})`;
    const key = candidate.toLowerCase();
    if (taken.has(key)) continue;
    const existing = sheets.get(key);
    if (!existing) return { name: candidate, create: true };
    if (existing.empty) return { name: existing.name, create: false };
  }
}

/** Existing sheets that chooseSheet may look at for `wanted` (its name and its numbered variants). */
export function candidateSheets(wanted: string, sheetNames: readonly string[]): string[] {
  const base = wanted.toLowerCase();
  return sheetNames.filter((name) => {
    const lower = name.toLowerCase();
    if (lower === base) return true;
    if (!lower.startsWith(`${base} (`)) return false;
    return /^ \(\d+\)$/.test(lower.slice(base.length));
  });
}
