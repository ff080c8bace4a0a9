/**
 * Importing 835 remittances on the in-memory host: parsing, preview and posting a remittance that pays
 * every other claim of a workbook with 2k and 10k claims (one service line each, two adjustments).
 */
import { CATALOG, type CellValue, type TableSpec } from "../src/domain/catalog";
import { serialFromYmd } from "../src/domain/dates/excel-dates";
import { readRemittanceFile } from "../src/domain/import";
import { postRemittances, previewRemittances } from "../src/excel/remittance";
import { setupWorkbook } from "../src/excel/setup";
import { appendRows } from "../src/excel/table-io";
import { createExcelHost, type ExcelHost } from "../src/host";
import { measure } from "./support";
import type { BenchResult, BenchSection } from "./types";

const SIZES = [2_000, 10_000];
const TODAY = serialFromYmd(2026, 3, 1);

const claimId = (i: number) => `B${String(i).padStart(6, "0")}`;

function remittanceText(claims: number): string {
  const body = [
    "BPR*C*PAID*C*ACH*CCP*01*999999999*DA*123456*1999999999**01*888888888*DA*654321*20260115",
    "TRN*1*BENCH1*1999999999",
    "N1*PR*AETNA HEALTH*XV*60054",
    "N1*PE*MAIN STREET FAMILY MEDICINE*XX*1234567893",
    "LX*1",
  ];
  let paid = 0;
  for (let i = 0; i < claims; i += 2) {
    body.push(
      `CLP*${claimId(i)}*1*100*70*10*12*X${i}*11*1`,
      "SVC*HC:99213*100*70**1",
      "CAS*CO*45*20",
      "CAS*PR*2*10",
    );
    paid += 70;
  }
  body[0] = (body[0] ?? "").replace("PAID", String(paid));
  const st = ["ST*835*0001", ...body, `SE*${body.length + 2}*0001`];
  return [
    "ISA*00*          *00*          *ZZ*PAYERSENDER    *ZZ*PRACTICE       *260115*0900*^*00501*000000900*0*P*:",
    "GS*HP*PAYERSENDER*PRACTICE*20260115*0900*900*X*005010X221A1",
    ...st,
    "GE*1*900",
    "IEA*1*000000900",
  ].join("~\n");
}

function block(spec: TableSpec, rows: Record<string, CellValue>[]) {
  const headers = spec.columns.filter((c) => c.formula === undefined).map((c) => c.header);
  return { headers, rows: rows.map((r) => headers.map((h) => r[h] ?? "")) };
}

async function practice(claims: number): Promise<ExcelHost> {
  const host = createExcelHost();
  await setupWorkbook(host.run);
  const ids = Array.from({ length: claims }, (_, i) => claimId(i));
  const date = serialFromYmd(2026, 1, 5);
  await host.run(async (context) => {
    await appendRows(
      context,
      "Payers",
      block(CATALOG.Payers, [{ "Payer ID": "AETNA", Name: "Aetna", "X12 Payer ID": "60054" }]),
    );
    await appendRows(
      context,
      "Claims",
      block(
        CATALOG.Claims,
        ids.map((id) => ({
          "Claim ID": id,
          "Patient Ref": "P1",
          "Payer ID": "AETNA",
          "Provider ID": "D1",
          "Service Date": date,
          "Total Charge": 100,
          Status: "Submitted",
        })),
      ),
    );
    await appendRows(
      context,
      "ClaimLines",
      block(
        CATALOG.ClaimLines,
        ids.map((id) => ({ "Claim ID": id, Line: 1, Code: "99213", Units: 1, Charge: 100 })),
      ),
    );
  });
  return host;
}

async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const size of SIZES) {
    const text = remittanceText(size);
    const label = `${(size / 2).toLocaleString("en-US")} claims paid`;
    let files = [readRemittanceFile("bench.835", text)];
    results.push(
      await measure(
        `parse 835 (${label})`,
        null,
        () => Promise.resolve((files = [readRemittanceFile("bench.835", text)])),
        { note: `${(text.length / 1024).toFixed(0)} KB` },
      ),
    );
    const host = await practice(size);
    results.push(
      await measure(`preview (${label})`, host, () => previewRemittances(host.run, files, { today: TODAY })),
    );
    results.push(
      await measure(`post (${label})`, host, () => postRemittances(host.run, files, { today: TODAY }), {
        note: `${size.toLocaleString("en-US")} claims in the workbook`,
      }),
    );
  }
  return results;
}

export const remittanceBench: BenchSection = { name: "remittance", run };
