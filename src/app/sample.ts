/**
 * "Load sample practice": a new workbook set up by the add-in's own setup code (tables, formats,
 * validation, settings) and filled with the seeded sample practice through its own table I/O, all on a
 * fresh in-memory host. The open workbook is replaced only once this has finished.
 */
import { TABLE_NAMES } from "../domain/catalog";
import { serialFromLocalDate } from "../domain/dates/excel-dates";
import { generatePracticeWithPauses, type PracticeOptions } from "../domain/sample";
import type { ProgressListener } from "../excel/progress";
import { setupWorkbook } from "../excel/setup";
import { appendRows } from "../excel/table-io";
import { appendRowsToShape } from "../excel/table-io/append";
import { queueShape, shapeOf } from "../excel/table-io/table-shape";
import type { ExcelHost } from "../host";
import { createAppHost } from "./app-host";
import { breathe } from "./slices";

/**
 * Rows per sync while filling the sample: each sync's rows.add is one piece of work for the in-memory
 * host (it pauses between operations, not inside one), so the app keeps it far below the 4 MB request
 * limit and the page runs between them (issue 12).
 */
const SYNC_BYTES = 128 * 1024;

export type SampleSize = "small" | "standard" | "large";

export const SAMPLE_SIZES: Record<SampleSize, { label: string; options: PracticeOptions }> = {
  small: { label: "Small: 2 providers, 3 months", options: { providers: 2, months: 3 } },
  standard: { label: "Standard: 6 providers, 12 months", options: {} },
  large: { label: "Large: about 100,000 claim lines", options: { claimLines: 100_000 } },
};

export interface SampleOptions {
  readonly size?: SampleSize;
  readonly seed?: number;
  /** Excel serial of "today" (default: the real today, so A/R ages look current). */
  readonly asOf?: number;
  readonly onProgress?: ProgressListener;
}

/** Builds the sample workbook on a new host: setup, then every table's rows, then the first sheet shown. */
export async function loadSamplePractice(options: SampleOptions = {}): Promise<ExcelHost> {
  const size = SAMPLE_SIZES[options.size ?? "small"];
  const practice = await generatePracticeWithPauses(
    {
      ...size.options,
      seed: options.seed ?? 1,
      asOf: options.asOf ?? serialFromLocalDate(new Date()),
      plantErrors: true,
    },
    breathe,
  );
  const host = createAppHost();
  await setupWorkbook(host.run);
  const total = TABLE_NAMES.length;
  await host.run(async (context) => {
    // Every table's shape in one sync before any row is written: a read after writes would make the
    // host calculate the formulas written so far, once per table.
    const loads = TABLE_NAMES.map((name) => queueShape(context.workbook.tables.getItem(name)));
    // Setup put every table on its own sheet; the blank starting sheet has nothing to show. Deleted
    // before any row is written: deleting a sheet rewrites every formula that might name it.
    const blank = context.workbook.worksheets.getItemOrNullObject("Sheet1");
    const used = blank.getUsedRangeOrNullObject();
    await context.sync();
    if (!blank.isNullObject && used.isNullObject) blank.delete();
    const shapes = loads.map(shapeOf);
    // Setup puts each table on its own sheet, so filling one never moves another.
    const ownSheets = new Set(shapes.map((s) => s.sheet)).size === shapes.length;
    for (const [i, name] of TABLE_NAMES.entries()) {
      options.onProgress?.({ done: i, total, label: `Adding ${name}` });
      const shape = shapes[i];
      const writeOptions = { maxBytes: SYNC_BYTES };
      if (ownSheets && shape) await appendRowsToShape(context, shape, practice[name], writeOptions);
      else await appendRows(context, name, practice[name], writeOptions);
    }
    const first = context.workbook.worksheets.getFirst();
    first.activate();
    first.getRange("A1").select();
    await context.sync();
  });
  options.onProgress?.({ done: total, total, label: "Sample practice ready" });
  return host;
}
