/**
 * Run alone in its own Node process by bench/remittance-large.ts, so its peak memory (maxRSS) is this
 * case's alone: a 20 MB remittance (200,000 claims) parsed, previewed and posted on the in-memory host,
 * into a workbook whose Claims hold every claim the file pays. Prints one JSON line.
 */
import { CATALOG, type CellValue, type TableSpec } from "../src/domain/catalog";
import { serialFromYmd } from "../src/domain/dates/excel-dates";
import { readRemittanceFile } from "../src/domain/import";
import { postRemittances, previewRemittances } from "../src/excel/remittance";
import { setupWorkbook } from "../src/excel/setup";
import { appendRows } from "../src/excel/table-io";
import { createExcelHost, type ExcelHost } from "../src/host";
import { largeClaimId, largeRemittanceText } from "./remittance-large-text";

const CLAIMS = Number(process.argv[2] ?? 200_000);
const TODAY = serialFromYmd(2026, 3, 1);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function block(spec: TableSpec, rows: readonly Record<string, CellValue>[]) {
  const headers = spec.columns.filter((c) => c.formula === undefined).map((c) => c.header);
  return { headers, rows: rows.map((r) => headers.map((h) => r[h] ?? "")) };
}

async function practice(claims: number): Promise<ExcelHost> {
  const host = createExcelHost();
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

async function main(): Promise<void> {
  const host = await practice(CLAIMS);
  global.gc?.();
  const workbookMb = mb(process.memoryUsage().rss);
  let text = largeRemittanceText(CLAIMS);
  const fileMb = +(text.length / 1024 / 1024).toFixed(1);
  const started = performance.now();
  let t = performance.now();
  const files = [readRemittanceFile("large.835", text)];
  const parseMs = performance.now() - t;
  /** Peak so far and what stays after a full GC, at the end of each phase. */
  const phases: Record<string, { peakMb: number; retainedMb: number }> = {};
  const phase = (label: string) => {
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    global.gc?.();
    phases[label] = { peakMb, retainedMb: mb(process.memoryUsage().rss) };
  };
  phase("parse");
  t = performance.now();
  const confirmedWarnings = (await previewRemittances(host.run, files, { today: TODAY })).plan.warnings.map(
    (w) => w.key,
  );
  const previewMs = performance.now() - t;
  phase("preview");
  t = performance.now();
  // In a function of its own so nothing of the plan stays referenced when the post is measured.
  const { outcomeKind, paymentsAdded } = await (async () => {
    const outcome = await postRemittances(host.run, files, { today: TODAY, confirmedWarnings });
    return {
      outcomeKind: outcome.kind,
      paymentsAdded: outcome.kind === "posted" ? outcome.paymentsAdded : 0,
    };
  })();
  const postMs = performance.now() - t;
  // What stays after the post is the host workbook's alone: the add-in's file, text and plan are let go.
  files.length = 0;
  text = "";
  phase("post");
  console.log(
    JSON.stringify({
      claims: CLAIMS,
      fileMb,
      parseMs,
      previewMs,
      postMs,
      totalMs: performance.now() - started,
      outcome: outcomeKind,
      paymentsAdded,
      workbookMb,
      phases,
    }),
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
