// npm run test:all: every check this project has, in the order CI runs them (.ci/run calls this):
// lint, typecheck, unit tests, production build, manifest check, browser tests, then the two gates from
// ../shared (Office API requirement sets; saved .xlsx files against Excel's package rules).
// Every step runs even when an earlier one failed, so one run shows everything. A step this machine cannot
// run (no ../shared, no Chromium, no xmllint) is SKIPPED with the reason, never silently passed.
// Ends with a table of steps and seconds, and the line "tests: N passed, N failed, N skipped" (both jest runs).
// Exit code 1 when any step failed.
//   npm run test:all                          everything
//   npm run test:all -- --no-e2e              everything but the browser tests
//   npm run test:all -- --only=api-sets,xlsx  some steps: lint, typecheck, unit, build, manifest, e2e,
//                                             api-sets, xlsx (the xlsx gate checks the files the last unit run saved)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = join(ROOT, "..", "shared");
const RESULTS = join(ROOT, "test-results");
const SAVED_XLSX = join(RESULTS, "saved-xlsx");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const ci = process.env.CI ? ["--ci"] : [];

/** @type {Array<{ name: string, status: "passed" | "FAILED" | "skipped", seconds: number, note?: string }>} */
const steps = [];

function section(title) {
  console.log(`\n==== ${title} ====`);
}

/** Runs a command as one step; its output goes straight to the terminal. */
function run(name, command, args) {
  section(name);
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  const seconds = (Date.now() - started) / 1000;
  const ok = result.status === 0;
  if (result.error) console.error(`${name}: could not run ${command}: ${result.error.message}`);
  steps.push({ name, status: ok ? "passed" : "FAILED", seconds });
  return ok;
}

function skip(name, reason) {
  section(name);
  console.log(`SKIPPED: ${reason}`);
  steps.push({ name, status: "skipped", seconds: 0, note: reason });
}

const hasXmllint = () => !spawnSync("xmllint", ["--version"]).error;
const only = process.argv
  .find((arg) => arg.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
/** Whether the step with this key runs in this invocation. */
const wanted = (key) => !only || only.includes(key);

mkdirSync(RESULTS, { recursive: true });
// Only this run's results count: the jest reports, and the saved files the xlsx gate checks (the unit
// tests write them again).
if (wanted("unit")) rmSync(join(RESULTS, "saved-xlsx"), { recursive: true, force: true });
for (const key of ["unit", "e2e"])
  if (wanted(key)) rmSync(join(RESULTS, `jest-${key}.json`), { force: true });

if (wanted("lint")) run("Lint (eslint + prettier --check)", npm, ["run", "lint"]);
if (wanted("typecheck")) run("Typecheck", npm, ["run", "typecheck"]);
if (wanted("unit"))
  run("Unit tests (jest)", npm, [
    "test",
    "--",
    ...ci,
    "--json",
    `--outputFile=${join(RESULTS, "jest-unit.json")}`,
  ]);
if (wanted("build")) run("Production build", npm, ["run", "build"]);
if (wanted("manifest"))
  run("Manifest check (npm run validate: online when reachable, else the offline XSD check)", npm, [
    "run",
    "validate",
  ]);

const e2e = "Browser and LibreOffice tests (npm run test:e2e)";
if (!wanted("e2e")) {
  // not asked for
} else if (process.argv.includes("--no-e2e")) skip(e2e, "--no-e2e");
else if (!existsSync(CHROMIUM))
  skip(
    e2e,
    `no Chromium at ${CHROMIUM} (Debian: apt-get install -y chromium; no browser is ever downloaded)`,
  );
else
  run(e2e, npm, ["run", "test:e2e", "--", ...ci, "--json", `--outputFile=${join(RESULTS, "jest-e2e.json")}`]);

const apiSets = "Gate: Office API requirement sets (../shared/tools/office-api-sets.mjs)";
if (!wanted("api-sets")) {
  // not asked for
} else if (!existsSync(join(SHARED, "tools", "office-api-sets.mjs")))
  skip(apiSets, `${SHARED} is absent (a user's clone); the gate runs where ../shared sits beside the repo`);
else run(apiSets, process.execPath, [join(SHARED, "tools", "office-api-sets.mjs"), "."]);

const xlsxGate = "Gate: saved .xlsx files against Excel's package rules (../shared/tools/validate-xlsx.mjs)";
const savedFiles = existsSync(SAVED_XLSX) ? readdirSync(SAVED_XLSX).filter((f) => f.endsWith(".xlsx")) : [];
if (!wanted("xlsx")) {
  // not asked for
} else if (!existsSync(join(SHARED, "tools", "validate-xlsx.mjs")))
  skip(xlsxGate, `${SHARED} is absent (a user's clone)`);
else if (!hasXmllint()) skip(xlsxGate, "xmllint is missing (apt-get install -y libxml2-utils)");
else if (savedFiles.length === 0)
  // test/app/xlsx/excel-package-rules.test.ts writes them during the unit tests.
  steps.push({ name: xlsxGate, status: "FAILED", seconds: 0, note: `no saved files in ${SAVED_XLSX}` });
else {
  section(xlsxGate);
  const started = Date.now();
  let ok = true;
  for (const file of savedFiles) {
    const result = spawnSync(
      process.execPath,
      [join(SHARED, "tools", "validate-xlsx.mjs"), join(SHARED, "ooxml-schemas"), join(SAVED_XLSX, file)],
      { cwd: ROOT, stdio: "inherit" },
    );
    ok &&= result.status === 0;
  }
  steps.push({ name: xlsxGate, status: ok ? "passed" : "FAILED", seconds: (Date.now() - started) / 1000 });
}

section("Summary");
for (const step of steps)
  console.log(
    `${step.status.padEnd(8)} ${step.seconds.toFixed(1).padStart(7)} s  ${step.name}${step.note ? ` (${step.note})` : ""}`,
  );
let passed = 0;
let failed = 0;
let skipped = 0;
for (const key of ["unit", "e2e"]) {
  const path = join(RESULTS, `jest-${key}.json`);
  if (!wanted(key) || !existsSync(path)) continue;
  const report = JSON.parse(readFileSync(path, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(steps.some((step) => step.status === "FAILED") ? 1 : 0);
