import { TABLE_NAMES, type TableName } from "../../domain/catalog";
import { serialFromLocalDate } from "../../domain/dates/excel-dates";
import { ValidationSession, countByTable, type Finding, type TableCount } from "../../domain/rules";
import type { ProgressListener } from "../progress";
import { queueUnbilledAfterDays, unbilledAfterDaysOf } from "../revenue-cycle/settings";
import type { ExcelRunner } from "../runner";
import { refreshMarks, totalMarks, type MarksByTable } from "./apply-marks";
import type { TableLayout } from "./layout";
import { queueDateSystemCheck } from "../date-system";
import { MarkScan } from "./marks";
import { readForValidation } from "./read";
import type { Breathe } from "../../domain/slices";
import { breathe as yieldToPage } from "../slices";

export interface ValidationReport {
  /** "Today" the rules measured from (Excel serial). */
  readonly asOf: number;
  /** Sorted: catalog table order, errors before warnings, then row and column. */
  readonly findings: readonly Finding[];
  /** Errors and warnings per table that has any. */
  readonly counts: readonly TableCount[];
  /** Tables read and checked. */
  readonly checked: readonly TableName[];
  /** Catalog tables not in the workbook. */
  readonly missing: readonly TableName[];
  /** Where each checked table sits, to turn a finding into a cell address. */
  readonly layouts: ReadonlyMap<TableName, TableLayout>;
  /** Conditional formats our marks use now, and problem cells left unmarked (over the limit). */
  readonly markedRanges: number;
  readonly unmarkedCells: number;
}

export interface ValidateOptions {
  readonly onProgress?: ProgressListener;
  /** "Today" as an Excel serial (default: the local date). */
  readonly asOf?: number;
  /** Mark problem cells in the workbook (default true). */
  readonly marks?: boolean;
  /** Largest request or response per sync (default 4 MB; tests pass less to need several chunks). */
  readonly maxBytes?: number;
  /**
   * Queues work to travel with Validate's first sync instead of a sync of its own (the controller
   * registers its live-change handler here, so edits made while Validate reads are followed). Called
   * once more, with a sync of its own, when that first sync failed because a catalog table is missing.
   */
  readonly alongside?: (context: Excel.RequestContext) => void;
  /** Where the tables were when last marked (the last validation's layouts): old marks are looked for there too. */
  readonly previous?: ReadonlyMap<TableName, TableLayout>;
  /** Awaited between steps of checking the rules (default: yield to the page now and then). */
  readonly breathe?: Breathe;
}

/** What live validation needs to carry on from a full validation. */
export interface ValidationState {
  readonly session: ValidationSession;
  readonly layouts: Map<TableName, TableLayout>;
  readonly missing: readonly TableName[];
  readonly asOf: number;
  /** Our marks per table as last written. */
  readonly marks: MarksByTable;
}

export function reportOf(state: ValidationState): ValidationReport {
  const findings = state.session.findings;
  const marks = totalMarks(state.marks);
  return {
    asOf: state.asOf,
    findings,
    counts: countByTable(findings),
    checked: [...state.layouts.keys()],
    missing: state.missing,
    layouts: state.layouts,
    markedRanges: marks.ranges,
    unmarkedCells: marks.unmarkedCells,
  };
}

/**
 * Validate: reads every catalog table (chunked within the byte budget), checks them by the catalog and
 * the practice rules, and replaces our marks. One runner call; never changes a value the user typed.
 * Syncs: the reads', plus one to write the marks. Finding our old marks takes three dependent loads;
 * they travel with the reads' syncs (the first with the tables' shapes), so a workbook read in three
 * syncs or more needs no sync of its own for them.
 */
export async function validateWorkbook(
  run: ExcelRunner,
  options: ValidateOptions = {},
): Promise<{ report: ValidationReport; state: ValidationState }> {
  const asOf = options.asOf ?? serialFromLocalDate(new Date());
  const progress = options.onProgress;
  const budget = options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes };
  return run(async (context) => {
    options.alongside?.(context);
    let dateSystem = queueDateSystemCheck(context);
    const previous = [...(options.previous?.values() ?? [])];
    let scan = options.marks === false ? null : new MarkScan(context, TABLE_NAMES, previous);
    let firstSyncDelivered: boolean | undefined;
    let unbilledSetting = queueUnbilledAfterDays(context);
    const read = await readForValidation(context, TABLE_NAMES, {
      ...budget,
      ...(progress ? { onProgress: progress } : {}),
      onSyncLost: () => scan?.requeue(),
      onSync: (syncs) => {
        firstSyncDelivered ??= syncs === 1;
        if (firstSyncDelivered) scan?.advance();
      },
    });
    if (firstSyncDelivered !== true) {
      // A table is missing: the first sync failed, and what rode with it was not delivered.
      scan = null;
      options.alongside?.(context);
      dateSystem = queueDateSystemCheck(context);
      unbilledSetting = queueUnbilledAfterDays(context);
      await context.sync();
    }
    dateSystem.check(); // before any mark is written
    progress?.({ done: 0, total: 1, label: "Checking the rules" });
    const session = await ValidationSession.create(
      read.workbook,
      { asOf, unbilledAfterDays: unbilledAfterDaysOf(unbilledSetting) },
      options.breathe ?? yieldToPage,
    );
    const state: ValidationState = {
      session,
      layouts: read.layouts,
      missing: read.missing,
      asOf,
      marks: new Map(),
    };
    if (options.marks !== false) {
      progress?.({ done: 0, total: 1, label: "Marking problem cells" });
      const marks = await refreshMarks(context, read.layouts, session.findings, [...read.layouts.keys()], {
        ...budget,
        ...(scan ? { scan } : { previous }),
      });
      for (const [table, m] of marks) state.marks.set(table, m);
    }
    progress?.({ done: 1, total: 1, label: "Done" });
    return { report: reportOf(state), state };
  });
}
