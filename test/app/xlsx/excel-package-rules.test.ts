/**
 * Would Excel open what the standalone app saves without "We found a problem with some content"? The real
 * save code (writeXlsx, as Save .xlsx uses it) writes two workbooks a user gets:
 *   1. the sample practice after setup, summaries and the validation marks;
 *   2. the same after posting an 835 (the public eMedNY sample profee.edi from ../shared).
 * Each file is checked with ../shared/tools/validate-xlsx.mjs (the ECMA-376 schemas plus the package rules
 * Excel enforces) and left in test-results/saved-xlsx/ for the CI gate (scripts/test-all.mjs) and for a
 * person to open in real Excel (TESTING.md). Skipped with a note when ../shared or xmllint is absent.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadSamplePractice } from "../../../src/app/sample";
import { writeXlsx } from "../../../src/app/xlsx/write-xlsx";
import { serialFromYmd } from "../../../src/domain/dates/excel-dates";
import { readRemittanceFile } from "../../../src/domain/import";
import { postRemittances, previewRemittances } from "../../../src/excel/remittance";
import { refreshSummaries } from "../../../src/excel/summaries/refresh";
import { validationController } from "../../../src/excel/validation/controller";
import type { ExcelHost } from "../../../src/host";
import { claim, payer } from "../../domain/import/workbook-builders";
import { seedTables } from "../../excel/remittance/seed";

jest.setTimeout(180_000);

const ROOT = join(__dirname, "..", "..", "..");
const SHARED = join(ROOT, "..", "shared");
const VALIDATOR = join(SHARED, "tools", "validate-xlsx.mjs");
const SCHEMAS = join(SHARED, "ooxml-schemas");
const PROFEE = join(SHARED, "fixtures", "x12", "profee.edi");
const SAVED_XLSX_DIR = join(ROOT, "test-results", "saved-xlsx");
const AS_OF = serialFromYmd(2026, 3, 16);

function missing(): string | null {
  if (!existsSync(VALIDATOR) || !existsSync(SCHEMAS)) return `${SHARED} (validator and schemas) is absent`;
  if (spawnSync("xmllint", ["--version"]).error)
    return "xmllint is not installed (apt-get install -y libxml2-utils)";
  return null;
}
const skipReason = missing();

interface Finding {
  sev: "error" | "warn" | "info";
  rule: string;
  part: string;
  detail: string;
}
interface Report {
  findings?: Finding[];
  schemaErrors?: Array<{ part: string; line: number; message: string }>;
}

/** Saves the host's workbook as Save .xlsx does, runs the validator, returns its errors (and logs warnings). */
async function saveAndValidate(host: ExcelHost, name: string): Promise<string[]> {
  const { bytes } = await writeXlsx(host.workbook);
  mkdirSync(SAVED_XLSX_DIR, { recursive: true });
  const file = join(SAVED_XLSX_DIR, name);
  writeFileSync(file, bytes);
  const json = `${file}.report.json`;
  const result = spawnSync(process.execPath, [VALIDATOR, SCHEMAS, file, "--json", json], {
    encoding: "utf8",
  });
  if (result.status === 2 || !existsSync(json))
    throw new Error(`validate-xlsx could not run: ${result.stderr}`);
  const report = JSON.parse(readFileSync(json, "utf8")) as Report;
  const findings = report.findings ?? [];
  const warnings = findings.filter((f) => f.sev === "warn");
  if (warnings.length > 0)
    console.log(
      `${name}: ${warnings.length} warning(s)\n${warnings.map((f) => `  ${f.rule} ${f.part}: ${f.detail}`).join("\n")}`,
    );
  const errors = [
    ...(report.schemaErrors ?? []).map((e) => `schema ${e.part}:${e.line}: ${e.message}`),
    ...findings.filter((f) => f.sev === "error").map((f) => `${f.rule} ${f.part}: ${f.detail}`),
  ];
  expect({ exitCode: result.status, errors: errors.length }).toEqual({
    exitCode: errors.length > 0 ? 1 : 0,
    errors: errors.length,
  });
  return errors;
}

const describeWithShared = skipReason ? describe.skip : describe;
if (skipReason) console.log(`Skipping the Excel package checks of saved .xlsx files: ${skipReason}.`);

describeWithShared("saved .xlsx files pass Excel's package rules (../shared/tools/validate-xlsx.mjs)", () => {
  let host: ExcelHost;

  beforeAll(async () => {
    host = await loadSamplePractice({ size: "small", asOf: AS_OF });
  });

  it("the sample practice after setup, summaries and validation marks", async () => {
    const report = await validationController(host.run, "xlsx-package-rules").validate();
    // The sample has planted mistakes: the file carries real marks (conditional formats).
    expect(report.counts.reduce((n, c) => n + c.errors + c.warnings, 0)).toBeGreaterThan(0);
    const refreshed = await refreshSummaries(host.run, { asOf: AS_OF });
    expect(refreshed.status).toBe("done");
    expect(await saveAndValidate(host, "sample-setup-summaries-marks.xlsx")).toEqual([]);
  });

  it("the same workbook after posting an 835 (profee.edi)", async () => {
    // The eMedNY sample pays one claim with CLP01 "PATIENT ACCOUNT NUMBER" from payer NYSDOH (NYMCD).
    await seedTables(host.run, {
      payers: [payer({ payerId: "NYMCD", name: "NYSDOH", type: "Medicaid" })],
      claims: [
        claim({
          claimId: "PATIENT ACCOUNT NUMBER",
          payerId: "NYMCD",
          serviceDate: serialFromYmd(2010, 1, 1),
          totalCharge: 102.5,
        }),
      ],
      claimLines: [],
      feeSchedule: [],
      payments: [],
    });
    const files = [readRemittanceFile("profee.edi", readFileSync(PROFEE, "utf8"))];
    const preview = await previewRemittances(host.run, files, { today: AS_OF });
    const outcome = await postRemittances(host.run, files, {
      today: AS_OF,
      confirmedWarnings: preview.plan.warnings.map((w) => w.key),
    });
    expect(outcome).toMatchObject({ kind: "posted", paymentsAdded: 3 });
    expect(await saveAndValidate(host, "sample-after-835-posting.xlsx")).toEqual([]);
  });
});
