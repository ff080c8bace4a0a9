/**
 * Run alone in its own Node process by bench/remittance-large.ts, so its peak memory (maxRSS) is this
 * case's alone: a 20 MB remittance (200,000 claims) parsed, previewed and posted on the in-memory host,
 * into a workbook whose Claims hold every claim the file pays. Prints one JSON line.
 *
 * The in-memory host holds the workbook in this process, where real Excel holds it in its own. So besides
 * the process peak, each phase reports the JS heap: its peak (the largest heap any garbage collection
 * found, from v8.GCProfiler, or the heap at the phase's end when larger) and what stays after a full GC.
 * The host's share is the heap after building the workbook (a full GC), and for the post also after it
 * (the 400,000 new Payments rows, once the add-in has let go of everything): the add-in's share is the
 * peak minus that. As the pane does, the parsed files and the preview stay held through the post.
 */
import v8 from "v8";
import { CATALOG, type CellValue, type TableSpec } from "../src/domain/catalog";
import { serialFromYmd } from "../src/domain/dates/excel-dates";
import { readRemittanceFile, type RemittanceFile } from "../src/domain/import";
import {
  REMITTANCE_TABLES,
  postRemittances,
  previewRemittances,
  type RemittancePreviewResult,
} from "../src/excel/remittance";
import { setupWorkbook } from "../src/excel/setup";
import { appendRows, readTables } from "../src/excel/table-io";
import { createExcelHost, type ExcelHost } from "../src/host";
import { heapAfterGc, settledHeap } from "./heap";
import { largeClaimId, largeRemittanceText } from "./remittance-large-text";

const CLAIMS = Number(process.argv[2] ?? 200_000);
/** "recompute": the post is not given the preview (as when the workbook changed), so it plans again. */
const REUSE = process.argv[3] !== "recompute";
const TODAY = serialFromYmd(2026, 3, 1);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function block(spec: TableSpec, rows: readonly Record<string, CellValue>[]) {
  const headers = spec.columns.filter((c) => c.formula === undefined).map((c) => c.header);
  return { headers, rows: rows.map((r) => headers.map((h) => r[h] ?? "")) };
}

/**
 * Called before every sync of the host (its beforeSync hook): the post's sampler. Its own time and CPU
 * (a full GC each) are left out of the phase's figures.
 */
let onSync: (() => void) | null = null;
const overhead = { ms: 0, cpuMs: 0 };

async function practice(claims: number): Promise<ExcelHost> {
  const host = createExcelHost({
    beforeSync: () => {
      if (onSync) {
        const cpu = process.cpuUsage();
        const started = performance.now();
        onSync();
        overhead.ms += performance.now() - started;
        const used = process.cpuUsage(cpu);
        overhead.cpuMs += (used.user + used.system) / 1000;
      }
      return Promise.resolve();
    },
  });
  await setupWorkbook(host.run);
  const date = serialFromYmd(2026, 1, 5);
  await host.run(async (context) => {
    await appendRows(
      context,
      "Payers",
      block(CATALOG.Payers, [{ "Payer ID": "AETNA", Name: "Aetna", "X12 Payer ID": "60054" }]),
    );
    const rows = Array.from({ length: claims }, (_, i) => ({
      "Claim ID": largeClaimId(i),
      "Patient Ref": "P1",
      "Payer ID": "AETNA",
      "Provider ID": "D1",
      "Service Date": date,
      "Total Charge": 100,
      Status: "Submitted",
    }));
    await appendRows(context, "Claims", block(CATALOG.Claims, rows));
  });
  return host;
}

export interface PhaseReport {
  readonly ms: number;
  readonly cpuMs: number;
  /** Process peak RSS so far (maxRSS never goes down). */
  readonly rssPeakMb: number;
  /** Largest JS heap during the phase. */
  readonly heapPeakMb: number;
  /** JS heap after the phase and a full GC, with what the phase returned still held. */
  readonly heapRetainedMb: number;
}

/** Runs one phase, measuring time, CPU, peak and retained heap. */
async function phase<T>(work: () => Promise<T> | T): Promise<{ result: T; report: PhaseReport }> {
  await settledHeap();
  const profiler = new v8.GCProfiler();
  profiler.start();
  overhead.ms = 0;
  overhead.cpuMs = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started - overhead.ms;
  const used = process.cpuUsage(cpu);
  const atEnd = process.memoryUsage().heapUsed;
  const gcs = profiler.stop().statistics;
  const heapPeak = Math.max(atEnd, ...gcs.map((s) => s.beforeGC.heapStatistics.usedHeapSize));
  return {
    result,
    report: {
      ms,
      cpuMs: (used.user + used.system) / 1000 - overhead.cpuMs,
      rssPeakMb: Math.round(process.resourceUsage().maxRSS / 1024),
      heapPeakMb: mb(heapPeak),
      heapRetainedMb: mb(await settledHeap()),
    },
  };
}

async function main(): Promise<void> {
  const host = await practice(CLAIMS);
  // Whatever the host keeps once its cells have been read (Excel's business) is in its baseline.
  await host.run(
    async (context) => void (await readTables(context, [...REMITTANCE_TABLES, "ClaimActivity"])),
  );
  const workbookHeap = await settledHeap();
  const workbookHeapMb = mb(workbookHeap);
  const workbookRssMb = mb(process.memoryUsage().rss);
  let text = largeRemittanceText(CLAIMS);
  const fileMb = +(text.length / 1024 / 1024).toFixed(1);
  const textHeapMb = mb(await settledHeap()) - workbookHeapMb;

  const parsed = await phase(() => [readRemittanceFile("large.835", text)]);
  // The pane keeps the parsed files, not the text.
  text = "";
  let files: RemittanceFile[] = parsed.result;
  const filesHeapMb = mb(await settledHeap()) - workbookHeapMb;

  const previewed = await phase(() => previewRemittances(host.run, files, { today: TODAY }));
  let preview: RemittancePreviewResult | null = previewed.result;
  const confirmedWarnings = preview.plan.warnings.map((w) => w.key);

  // Just before the writes the add-in holds the most (the plan, the rows to write and the cells saved for
  // an undo) while the host has not grown yet: the heap then, after a full GC, is the add-in's plus the
  // host workbook's as it was.
  let heldBeforeWritesMb = 0;
  const onProgress = (progress: { label: string }) => {
    // Inside the job, so an upper bound (see settledHeap).
    if (progress.label === "Posting payments") heldBeforeWritesMb = mb(heapAfterGc()) - workbookHeapMb;
  };
  // The host grows while the post writes (400,000 Payments rows), so the heap peak alone does not say
  // what the add-in holds. Before each sync: the heap after a full GC and the Payments rows the host
  // holds then; the host's size at that moment is its baseline plus its growth per row (measured below,
  // over the whole post), and the add-in's share is the rest.
  const payments = () => {
    const rect = host.workbook.tableByName("Payments")?.rect;
    return rect ? rect.r1 - rect.r0 : 0;
  };
  const rowsBefore = payments();
  const samples: { heap: number; rows: number }[] = [];
  onSync = () => samples.push({ heap: heapAfterGc(), rows: payments() });
  const posted = await phase(async () => {
    const outcome = await postRemittances(host.run, files, {
      today: TODAY,
      confirmedWarnings,
      onProgress,
      ...(preview && REUSE ? { preview } : {}),
    });
    return {
      outcome:
        outcome.kind === "posted" && outcome.reusedPreview ? "posted, preview's plan reused" : outcome.kind,
      paymentsAdded: outcome.kind === "posted" ? outcome.paymentsAdded : 0,
      claimsUpdated: outcome.kind === "posted" ? outcome.claimsUpdated : 0,
    };
  });
  onSync = null;
  // Read after the post, so neither is dead (and collected) during it, as in the pane, which holds both.
  const stillHeld = files.length + (preview?.plan.remittances.length ?? 0);
  // What stays once the add-in lets go of its files and preview is the host workbook's alone.
  files = [];
  preview = null;
  const workbookAfter = await settledHeap();
  const workbookAfterHeapMb = mb(workbookAfter);
  const rowsAdded = payments() - rowsBefore;
  const perRow = rowsAdded > 0 ? (workbookAfter - workbookHeap) / rowsAdded : 0;
  // Each sample is the heap after a GC inside the job (a little garbage may stay: an upper bound).
  const postShares = samples.map((s) => s.heap - workbookHeap - perRow * (s.rows - rowsBefore));
  const postShareAtSyncsMb = mb(Math.max(0, ...postShares));

  console.log(
    JSON.stringify({
      claims: CLAIMS,
      fileMb,
      textHeapMb,
      filesHeapMb,
      workbookHeapMb,
      workbookRssMb,
      workbookAfterHeapMb,
      heldBeforeWritesMb,
      postShareAtSyncsMb,
      postSyncsSampled: samples.length,
      hostBytesPerRow: Math.round(perRow),
      stillHeld,
      ...posted.result,
      phases: { parse: parsed.report, preview: previewed.report, post: posted.report },
    }),
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
