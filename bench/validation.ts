/**
 * Validation: the sample practice scaled to ~100k claim lines (with the planted errors), written into
 * the in-memory host, then Validate (read every table, check every rule, mark the problem cells), a live
 * re-check of one co-author edit, and Clear marks. Also the rules engine alone on the same data, and
 * its re-check of one typed Claims cell (bench/live-edit.ts).
 * Goals: under 1 s of add-in CPU for Validate; syncs <= ceil(bytes / 4 MB) + 3 for the whole run.
 */
import { CATALOG, TABLE_NAMES, type CellValue, type TableName } from "../src/domain/catalog";
import { validateWorkbook as validateTables } from "../src/domain/rules";
import { DEFAULT_AS_OF, generatePractice } from "../src/domain/sample";
import { jsonBytes, MAX_REQUEST_BYTES, readTables } from "../src/excel/table-io";
import type { ExcelRunner } from "../src/excel/runner";
import { ValidationController } from "../src/excel/validation";
import { createExcelHost, type ExcelHost } from "../src/host";
import { liveEditCases } from "./live-edit";
import type { BenchResult, BenchSection } from "./types";

const CLAIM_LINES = 100_000;
type Data = Record<TableName, { headers: string[]; rows: CellValue[][] }>;

/** Writes every table (header at A1 of its own sheet, IDs as text) in requests under 4 MB. */
async function fill(host: ExcelHost, data: Data): Promise<void> {
  await host.run(async (context) => {
    for (const name of TABLE_NAMES) {
      const { headers, rows } = data[name];
      const sheet = context.workbook.worksheets.add(CATALOG[name].sheet);
      sheet.getRangeByIndexes(0, 0, 1, headers.length).values = [headers];
      const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, 1, headers.length), true);
      table.name = name;
      const kinds = headers.map((h) => CATALOG[name].columns.find((c) => c.header === h)?.kind);
      table.getDataBodyRange().numberFormat = [
        kinds.map((k) => (k === "id" || k === "text" ? "@" : "General")),
      ];
      await context.sync();
      let start = 0;
      while (start < rows.length) {
        let bytes = 0;
        let end = start;
        while (end < rows.length && bytes < MAX_REQUEST_BYTES * 0.8) bytes += jsonBytes(rows[end++]);
        table.rows.add(undefined, rows.slice(start, end));
        await context.sync();
        start = end;
      }
    }
  });
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/**
 * A runner over the host that adds up the CPU spent inside context.sync: the in-memory host applying
 * the batch (Excel's work, not the add-in's). Everything else in a run is the add-in's own CPU.
 */
function meteredRunner(host: ExcelHost): { run: ExcelRunner; hostCpu: { ms: number } } {
  const hostCpu = { ms: 0 };
  const run: ExcelRunner = (batch) =>
    host.run((context) => {
      const sync = context.sync.bind(context);
      context.sync = async <T>(value?: T): Promise<T> => {
        const since = process.cpuUsage();
        try {
          return await sync(value);
        } finally {
          hostCpu.ms += cpuMs(since);
        }
      };
      return batch(context);
    });
  return { run, hostCpu };
}

async function measure(
  label: string,
  host: ExcelHost,
  work: () => Promise<string>,
  hostCpu?: { ms: number },
): Promise<BenchResult> {
  host.resetStats();
  if (hostCpu) hostCpu.ms = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const note = await work();
  const ms = performance.now() - start;
  const used = cpuMs(cpu);
  const split = hostCpu
    ? ` (add-in ${(used - hostCpu.ms).toFixed(0)} ms, in-memory host ${hostCpu.ms.toFixed(0)} ms)`
    : "";
  return {
    case: label,
    ms,
    syncs: host.stats.syncs,
    maxRequestBytes: host.stats.maxRequestBytes,
    maxResponseBytes: host.stats.maxResponseBytes,
    note: `CPU ${used.toFixed(0)} ms${split}; ${note}`,
  };
}

/** Syncs against Issue 4's bar for one run: ceil(bytes sent and received / 4 MB) + 3. */
function syncBound(host: ExcelHost): string {
  const bytes = host.stats.totalRequestBytes + host.stats.totalResponseBytes;
  const bound = Math.ceil(bytes / MAX_REQUEST_BYTES) + 3;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `${host.stats.syncs} syncs, bound ceil(${mb} MB / 4 MB) + 3 = ${bound} (${host.stats.syncs <= bound ? "met" : "MISSED"})`;
}

export const validationBench: BenchSection = {
  name: "validation",
  async run() {
    const practice = generatePractice({ claimLines: CLAIM_LINES, plantErrors: true });
    const data = practice as unknown as Data;
    const size = `${data.ClaimLines.rows.length} claim lines, ${data.Claims.rows.length} claims, ${data.Appointments.rows.length} appointments, ${data.Payments.rows.length} payments`;
    const results: BenchResult[] = [];

    // The rules engine alone (parse + every rule), best of 3 to see past the JIT warming up.
    let best = Number.POSITIVE_INFINITY;
    let found = 0;
    for (let i = 0; i < 3; i++) {
      const cpu = process.cpuUsage();
      found = validateTables(data, { asOf: DEFAULT_AS_OF }).length;
      best = Math.min(best, cpuMs(cpu));
    }
    results.push({
      case: "rules engine only",
      ms: best,
      syncs: 0,
      maxRequestBytes: 0,
      maxResponseBytes: 0,
      note: `CPU ${best.toFixed(0)} ms (best of 3); ${found} findings; ${size}`,
    });
    results.push(...(await liveEditCases(practice, DEFAULT_AS_OF)));

    const host = createExcelHost();
    await fill(host, data);

    const { run, hostCpu } = meteredRunner(host);
    // Reading alone (table-io over the host).
    results.push(
      await measure(
        "read all tables",
        host,
        async () => {
          await run((context) => readTables(context, TABLE_NAMES));
          return `${(host.stats.totalResponseBytes / 1024 / 1024).toFixed(1)} MB read`;
        },
        hostCpu,
      ),
    );

    const controller = new ValidationController(run);
    const validate = (label: string) =>
      measure(
        label,
        host,
        async () => {
          const report = await controller.validate({ asOf: DEFAULT_AS_OF });
          return `${report.findings.length} findings, ${report.markedRanges} marks; ${syncBound(host)}`;
        },
        hostCpu,
      );
    // The first finds no marks; the second replaces the first's (the scan of old marks has work to do).
    results.push(await validate("Validate (100k lines)"));
    results.push(await validate("Validate again (marks present)"));

    results.push(
      await measure(
        "live: co-author edits 1 cell",
        host,
        async () => {
          await host.edit("Claim Lines", "G2", [[1]], "Remote");
          const live = controller.getSnapshot().lastLive;
          return `read ${live?.read ?? "?"}, ${live?.rowsRechecked ?? 0} rows re-checked`;
        },
        hostCpu,
      ),
    );

    results.push(
      await measure(
        "live: a line added (appended row read)",
        host,
        async () => {
          await run(async (context) => {
            const line = data.ClaimLines.rows[0] ?? [];
            context.workbook.tables
              .getItem("ClaimLines")
              .rows.add(undefined, [line.map((v, i) => (i === 1 ? 99 : v))]);
            await context.sync();
          });
          await host.settle();
          const live = controller.getSnapshot().lastLive;
          return `read ${live?.read ?? "?"}, ${live?.rowsRechecked ?? 0} rows re-checked`;
        },
        hostCpu,
      ),
    );

    results.push(
      await measure(
        "Clear marks",
        host,
        async () => {
          const removed = await controller.clearMarks();
          return `${removed} marks removed`;
        },
        hostCpu,
      ),
    );
    return results;
  },
};
