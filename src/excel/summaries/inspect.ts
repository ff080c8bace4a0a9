/**
 * Finds the sheets the add-in generated (by their defined names, see identity.ts) and whether each was
 * edited since it was generated. Two syncs for all summaries together.
 */
import type { SummaryId } from "../../domain/summaries/model";
import { contentFingerprint } from "./fingerprint";
import { identityName, parseRecord, settingKey, sheetOfReference, type SummaryRecord } from "./identity";

export type GeneratedState =
  /** No generated sheet (never generated, or the user deleted it). */
  | "missing"
  /** Contents exactly as generated. */
  | "unchanged"
  /** Someone changed values or formulas since it was generated (or its record is gone). */
  | "edited"
  /** A table now lives on it: the add-in will not clear it and generates a new sheet instead. */
  | "holdsTables";

export interface GeneratedSheet {
  readonly id: SummaryId;
  readonly state: GeneratedState;
  /** Current name of the generated sheet (null when missing). */
  readonly sheetName: string | null;
  /** The identity name exists (possibly pointing nowhere after the sheet was deleted). */
  readonly hasIdentityName: boolean;
  readonly record: SummaryRecord | null;
  /** Used range including formatted cells, to clear before rewriting. */
  readonly usedAddress: string | null;
  readonly chartNames: readonly string[];
}

export interface WorkbookSheets {
  /** Every worksheet name, in tab order. */
  readonly sheetNames: readonly string[];
  readonly generated: ReadonlyMap<SummaryId, GeneratedSheet>;
}

export async function inspectGeneratedSheets(
  context: Excel.RequestContext,
  ids: readonly SummaryId[],
): Promise<WorkbookSheets> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const probes = ids.map((id) => {
    const name = context.workbook.names.getItemOrNullObject(identityName(id));
    name.load("formula");
    const setting = context.workbook.settings.getItemOrNullObject(settingKey(id));
    setting.load("value");
    return { id, name, setting };
  });
  await context.sync();

  const sheetNames = worksheets.items.map((s) => s.name);
  const located = probes.map((p) => {
    const referenced = p.name.isNullObject ? null : sheetOfReference(String(p.name.formula));
    const sheetName =
      sheetNames.find((n) => referenced !== null && n.toLowerCase() === referenced.toLowerCase()) ?? null;
    const record = p.setting.isNullObject ? null : parseRecord(p.setting.value as unknown);
    return { ...p, sheetName, record };
  });

  const details = located.map((l) => {
    if (l.sheetName === null) return { ...l, detail: null };
    const sheet = worksheets.getItem(l.sheetName);
    const content = sheet.getUsedRangeOrNullObject(true);
    content.load("address, formulas");
    const used = sheet.getUsedRangeOrNullObject(false);
    used.load("address");
    sheet.tables.load("items/name");
    sheet.charts.load("items/name");
    return { ...l, detail: { sheet, content, used } };
  });
  if (details.some((d) => d.detail !== null)) await context.sync();

  const generated = new Map<SummaryId, GeneratedSheet>();
  for (const d of details) {
    const base = { id: d.id, hasIdentityName: !d.name.isNullObject, record: d.record };
    if (d.detail === null) {
      generated.set(d.id, { ...base, state: "missing", sheetName: null, usedAddress: null, chartNames: [] });
      continue;
    }
    const { sheet, content, used } = d.detail;
    const fingerprint = content.isNullObject
      ? contentFingerprint(null, null)
      : contentFingerprint(content.address, content.formulas as unknown[][]);
    const state: GeneratedState =
      sheet.tables.items.length > 0
        ? "holdsTables"
        : d.record !== null && d.record.fingerprint === fingerprint
          ? "unchanged"
          : "edited";
    generated.set(d.id, {
      ...base,
      state,
      sheetName: d.sheetName,
      usedAddress: used.isNullObject ? null : used.address,
      chartNames: sheet.charts.items.map((c) => c.name),
    });
  }
  return { sheetNames, generated };
}
