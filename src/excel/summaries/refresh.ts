/**
 * Refresh summaries: one Excel.run that reads the tables, builds every summary sheet and writes it.
 *
 * Never loses data:
 * - only sheets carrying the add-in's identity name are cleared and rewritten (identity.ts);
 * - a generated sheet edited since it was generated is not replaced unless the caller says what to do
 *   with it (overwrite, or keep a copy: the edited sheet is renamed "<name> (edited)" and left to the
 *   user). Without a decision the refresh changes nothing and returns the list to ask about;
 * - a generated sheet that now holds a table is left alone (it is disowned) and a new one is made;
 * - data tables and the user's own sheets are never written.
 *
 * Syncs: 2 to inspect, the table reads (chunked to 4 MB), 1 per sheet to write it, 2 to fingerprint
 * the result and store the records.
 */
import { queueDateSystemCheck } from "../date-system";
import { serialFromLocalDateTime } from "../../domain/dates/excel-dates";
import { SUMMARIES, type SummaryDefinition } from "../../domain/summaries";
import { prepareSummaries } from "../../domain/summaries/prepare";
import {
  withTables,
  type SummaryInput,
  type SummaryTables,
  type UnreadCell,
} from "../../domain/summaries/inputs";
import { isBlank } from "../../domain/catalog/cells";
import type { SheetModel, SummaryId } from "../../domain/summaries/model";
import type { TableName } from "../../domain/catalog";
import type { ProgressListener } from "../progress";
import type { ExcelRunner } from "../runner";
import { queueUnbilledAfterDays, unbilledAfterDaysOf } from "../revenue-cycle/settings";
import { readTables, type CellProblem, type TableData } from "../table-io";
import { bucketDaysOf, queueBucketDays } from "./buckets";
import { contentFingerprint } from "./fingerprint";
import { freeSheetName, identityName, RECORD_VERSION, settingKey, type SummaryRecord } from "./identity";
import { inspectGeneratedSheets, type GeneratedSheet } from "./inspect";
import { queueRender } from "./render";
import { RequestBudget } from "./request-budget";
import type { Breathe } from "../../domain/slices";
import { breathe as yieldToPage } from "../slices";

export type EditedChoice = "overwrite" | "keepCopy";

export interface RefreshOptions {
  /** "As of" (Excel serial date-time); default: now on this computer. */
  readonly asOf?: number;
  readonly onProgress?: ProgressListener;
  /** What to do with generated sheets edited since they were generated: one answer for all, or per sheet. */
  readonly edited?: EditedChoice | Partial<Record<SummaryId, EditedChoice>>;
  /** Summaries to refresh (default: all). */
  readonly summaries?: readonly SummaryDefinition[];
  /** Awaited between steps of the long work (typing rows, building sheets); default: yield to the page now and then. */
  readonly breathe?: Breathe;
}

export interface EditedSheet {
  readonly id: SummaryId;
  readonly title: string;
  /** Current name of the edited sheet. */
  readonly sheet: string;
}

export type SheetAction = "created" | "updated" | "overwritten" | "keptCopy" | "replacedSheetWithTable";

export interface RefreshedSheet {
  readonly id: SummaryId;
  readonly title: string;
  /** Name of the generated sheet now. */
  readonly sheet: string;
  readonly action: SheetAction;
  /** Name the edited sheet was kept under (keptCopy), or the disowned sheet (replacedSheetWithTable). */
  readonly keptAs?: string;
}

export type RefreshResult =
  | { readonly status: "needsDecision"; readonly edited: readonly EditedSheet[] }
  | { readonly status: "done"; readonly asOf: number; readonly sheets: readonly RefreshedSheet[] };

function choiceFor(options: RefreshOptions, id: SummaryId): EditedChoice | undefined {
  const edited = options.edited;
  return typeof edited === "string" ? edited : edited?.[id];
}

export async function refreshSummaries(
  run: ExcelRunner,
  options: RefreshOptions = {},
): Promise<RefreshResult> {
  const summaries = options.summaries ?? SUMMARIES;
  const asOf = options.asOf ?? serialFromLocalDateTime(new Date());
  const total = summaries.length + 2;
  const report = (done: number, label: string) => options.onProgress?.({ done, total, label });

  return run(async (context) => {
    report(0, "Looking for generated sheets");
    const bucketSetting = queueBucketDays(context);
    const dateSystem = queueDateSystemCheck(context);
    const unbilledSetting = queueUnbilledAfterDays(context);
    const workbook = await inspectGeneratedSheets(
      context,
      summaries.map((s) => s.id),
    );
    const edited = summaries
      .map((s) => ({ s, g: workbook.generated.get(s.id) }))
      .filter(({ s, g }) => g?.state === "edited" && choiceFor(options, s.id) === undefined)
      .map(({ s, g }) => ({ id: s.id, title: s.title, sheet: g?.sheetName ?? s.name }));
    if (edited.length > 0) return { status: "needsDecision", edited };
    dateSystem.check(); // a 1904 workbook's dates would all be four years off: nothing is written

    report(1, "Reading tables");
    const breathe = options.breathe ?? yieldToPage;
    const read = await readSummaryTables(context, summaries, breathe);
    const input: SummaryInput = {
      tables: read.tables,
      unread: read.unread,
      asOf,
      bucketDays: bucketDaysOf(bucketSetting),
      unbilledAfterDays: unbilledAfterDaysOf(unbilledSetting),
    };

    await prepareSummaries(input, breathe);
    const names = [...workbook.sheetNames];
    const written: { id: SummaryId; sheet: Excel.Worksheet }[] = [];
    const results: RefreshedSheet[] = [];
    const budget = new RequestBudget(context);
    for (const [i, summary] of summaries.entries()) {
      report(2 + i, `Writing ${summary.title}`);
      await breathe();
      const model = summary.buildInSteps ? await summary.buildInSteps(input, breathe) : summary.build(input);
      await breathe();
      const generated = workbook.generated.get(summary.id);
      const target = prepareTarget(context, model, generated, choiceFor(options, summary.id), names);
      await queueRender(target.sheet, model, budget);
      await budget.flush();
      written.push({ id: summary.id, sheet: target.sheet });
      results.push({ id: summary.id, title: summary.title, ...target.result });
    }

    report(total - 1, "Recording what was generated");
    const readBack = written.map(({ id, sheet }) => {
      const content = sheet.getUsedRangeOrNullObject(true);
      content.load("address, formulas");
      return { id, content };
    });
    await context.sync();
    for (const { id, content } of readBack) {
      const record: SummaryRecord = {
        version: RECORD_VERSION,
        asOf,
        fingerprint: content.isNullObject
          ? contentFingerprint(null, null)
          : contentFingerprint(content.address, content.formulas as unknown[][]),
      };
      context.workbook.settings.add(settingKey(id), JSON.stringify(record));
    }
    await context.sync();
    report(total, "Summaries refreshed");
    return { status: "done", asOf, sheets: results };
  });
}

/** Typed rows read as Validation reads them, plus the cells that could not be used (each sheet names them). */
async function readSummaryTables(
  context: Excel.RequestContext,
  summaries: readonly SummaryDefinition[],
  breathe: Breathe,
): Promise<{ tables: SummaryTables; unread: Partial<Record<TableName, readonly UnreadCell[]>> }> {
  const names = [...new Set(summaries.flatMap((s) => s.tables))];
  const data = await readTables(context, names, { breathe });
  const tables: Partial<Record<TableName, unknown>> = {};
  const unread: Partial<Record<TableName, readonly UnreadCell[]>> = {};
  for (const name of names) {
    const table = data.get(name);
    const problems: CellProblem[] = [];
    tables[name] = table ? await table.typedInSteps(breathe, problems) : null;
    const cells = problems.filter((p) => !p.usable && !isBlankRow(table, p.rowIndex));
    if (cells.length > 0) unread[name] = cells;
  }
  return { tables: withTables(tables as Partial<SummaryTables>), unread };
}

/** Excel tables often end in an empty row; it holds nothing to leave out. */
function isBlankRow(table: TableData | null | undefined, row: number): boolean {
  return table?.rows[row]?.every((v) => isBlank(v)) ?? true;
}

/**
 * Queues what makes the sheet ready to receive the model: clears our own sheet, or renames an edited
 * one away (keep a copy), or adds a new sheet with the identity name. `names` is kept up to date.
 */
function prepareTarget(
  context: Excel.RequestContext,
  model: SheetModel,
  generated: GeneratedSheet | undefined,
  choice: EditedChoice | undefined,
  names: string[],
): { sheet: Excel.Worksheet; result: { sheet: string; action: SheetAction; keptAs?: string } } {
  const worksheets = context.workbook.worksheets;
  const state = generated?.state ?? "missing";
  const current = generated?.sheetName ?? null;

  if (current !== null && (state === "unchanged" || (state === "edited" && choice === "overwrite"))) {
    const sheet = worksheets.getItem(current);
    if (generated?.usedAddress) {
      const used = sheet.getRange(generated.usedAddress.slice(generated.usedAddress.lastIndexOf("!") + 1));
      used.conditionalFormats.clearAll();
      used.clear("All");
    }
    for (const chart of generated?.chartNames ?? []) sheet.charts.getItem(chart).delete();
    return { sheet, result: { sheet: current, action: state === "edited" ? "overwritten" : "updated" } };
  }

  let keptAs: string | undefined;
  let action: SheetAction = "created";
  if (current !== null && state === "edited") {
    // Keep a copy: the edited sheet stays, renamed, and becomes the user's own sheet.
    keptAs = freeSheetName(current, names, "edited");
    worksheets.getItem(current).name = keptAs;
    names.splice(names.indexOf(current), 1, keptAs);
    action = "keptCopy";
  } else if (current !== null && state === "holdsTables") {
    keptAs = current;
    action = "replacedSheetWithTable";
  }
  if (generated?.hasIdentityName) context.workbook.names.getItem(identityName(model.id)).delete();
  const name = freeSheetName(model.name, names);
  const sheet = worksheets.add(name);
  names.push(name);
  context.workbook.names.add(
    identityName(model.id),
    sheet.getRange("A1"),
    `Practice Manager: generated ${model.title} sheet`,
  );
  return { sheet, result: keptAs === undefined ? { sheet: name, action } : { sheet: name, action, keptAs } };
}
