/**
 * Productivity (issue 16): the Productivity sheet on the sample practice scaled to ~100k claim lines,
 * computed alone and refreshed alone (read its 8 tables, compute, render), to compare with the
 * summaries section's per-sheet figures; and Import RVU file with a CMS-sized synthetic file (19,000
 * rows in the PPRRVU layout): parse, then import every row into a set-up workbook.
 */
import { PROCEDURES } from "../src/domain/sample/procedures";
import { DEFAULT_AS_OF } from "../src/domain/sample";
import { parseRvuFile } from "../src/domain/import/rvu-file";
import { summaryDefinition } from "../src/domain/summaries";
import { productivitySheet } from "../src/domain/summaries/sheets/productivity";
import { importRvuFile } from "../src/excel/rvu/import-rvu";
import { setupWorkbook } from "../src/excel/setup";
import { refreshSummaries } from "../src/excel/summaries/refresh";
import { createExcelHost } from "../src/host";
import { typedTables } from "./summaries";
import { measure, practiceHost } from "./support";
import type { BenchSection } from "./types";

const CMS_ROWS = 19_000;

/** A file shaped like CMS's PPRRVU CSV with made-up codes and values. */
function cmsLikeFile(rows: number): string {
  const lines = [
    '"2026 National Physician Fee Schedule Relative Value File January Release",,,,,,,,,,,,',
    ",,,STATUS,NOT USED FOR MEDICARE,WORK,NON-FAC,NON-FAC NA,FACILITY,FACILITY NA,MP,NON-FACILITY,FACILITY",
    "HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,PE RVU,INDICATOR,PE RVU,INDICATOR,RVU,TOTAL,TOTAL",
  ];
  for (const p of PROCEDURES) lines.push(`${p.code},,"Sample, procedure",A,,1.00,1.00,,0.50,,0.10,2.10,1.60`);
  for (let i = 0; lines.length < rows + 3; i++) {
    const code = String(10000 + i).padStart(5, "0");
    const mod = i % 3 === 1 ? "26" : i % 3 === 2 ? "TC" : "";
    lines.push(
      `${code},${mod},"Procedure ${i}, made up",A,,0.${i % 90},1.2${i % 10},,0.40,,.0${i % 9},2.${i % 100},1.90`,
    );
  }
  return lines.join("\r\n");
}

export const productivityBench: BenchSection = {
  name: "productivity",
  async run() {
    const { host, data } = await practiceHost({ claimLines: 100_000 });
    const asOf = DEFAULT_AS_OF + 0.4;
    const input = { tables: typedTables(data), asOf, bucketDays: [30, 60, 90, 120] };
    const compute = await measure(
      "Productivity model alone (tables already typed)",
      null,
      () => Promise.resolve(productivitySheet(input)),
      { cpu: true },
    );
    const definition = summaryDefinition("productivity");
    if (!definition) throw new Error("no productivity summary");
    const refresh = await measure(
      `refresh Productivity alone (${data.ClaimLines.rows.length} claim lines)`,
      host,
      () => refreshSummaries(host.run, { asOf, summaries: [definition] }),
      { cpu: true },
    );

    const text = cmsLikeFile(CMS_ROWS);
    const parsed = await measure(
      `parse a ${(text.length / 1e6).toFixed(1)} MB PPRRVU-shaped file`,
      null,
      () => Promise.resolve(parseRvuFile(text, "PPRRVU26_JAN.csv")),
      { cpu: true, note: (f) => `${f.rows.length} rows` },
    );
    const file = parseRvuFile(text, "PPRRVU26_JAN.csv");
    const target = createExcelHost();
    await setupWorkbook(target.run);
    const imported = await measure(
      `import all ${file.rows.length} rows into the RVU table`,
      target,
      () => importRvuFile(target.run, file, { year: 2026, mode: "replace", onlyBilledCodes: false }),
      { cpu: true },
    );
    return [compute, refresh, parsed, imported];
  },
};
