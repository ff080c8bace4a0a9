// npm run validate [manifest.xml] [--offline]: checks the manifest two ways.
//  1. Online: office-addin-manifest's validateManifest, Microsoft's validation service (the check AppSource
//     and `npx office-addin-manifest validate` run). Needs the network; when the service cannot be reached
//     (offline, firewall, no answer in 20 s) this says so and goes on.
//  2. Offline: the XSD check with ../shared/tools/validate-manifest (needs xmllint). Skipped with a note when
//     ../shared is absent (a user's clone); any other failure of the tool fails this script.
// Exit code: 1 when either check finds the manifest invalid; 0 otherwise (also when both were unavailable,
// which is said plainly).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = join(root, "..", "shared");
const tool = join(shared, "tools", "validate-manifest");
const args = process.argv.slice(2);
const offline = args.includes("--offline") || process.env.PM_OFFLINE === "1";
const manifest = resolve(args.find((arg) => !arg.startsWith("--")) ?? join(root, "manifest.xml"));
const ONLINE_TIMEOUT_MS = 20_000;

/** @returns {Promise<"valid" | "invalid" | "unavailable">} */
async function online() {
  if (offline) {
    console.log("validate: online validation skipped (--offline / PM_OFFLINE=1).");
    return "unavailable";
  }
  const { validateManifest } = require("office-addin-manifest");
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer in ${ONLINE_TIMEOUT_MS / 1000} s`)),
      ONLINE_TIMEOUT_MS,
    );
  });
  let validation;
  try {
    validation = await Promise.race([validateManifest(manifest), timeout]);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split("\n").pop()?.trim();
    console.log(`validate: Microsoft's online manifest validation is unavailable (${reason}).`);
    return "unavailable";
  } finally {
    clearTimeout(timer);
  }
  const report = validation.report;
  if (!report) {
    console.log(
      `validate: the online validation service answered ${validation.status ?? "?"} ${validation.statusText ?? ""}` +
        " without a report; treating it as unavailable.",
    );
    return "unavailable";
  }
  for (const [kind, issues] of [
    ["error", report.errors],
    ["warning", report.warnings],
    ["note", report.notes],
  ]) {
    for (const issue of issues ?? []) {
      const where = issue.line ? ` (line ${issue.line})` : "";
      console.log(`  ${kind}: ${issue.title ?? ""}${where}: ${issue.content ?? ""}`);
    }
  }
  console.log(
    `validate: Microsoft's online manifest validation says ${validation.isValid ? "VALID" : "INVALID"}` +
      ` (status ${report.status ?? "?"}).`,
  );
  return validation.isValid ? "valid" : "invalid";
}

/** @returns {"valid" | "invalid" | "unavailable"} */
function xsd() {
  if (!existsSync(shared)) {
    console.log(`validate: offline XSD check skipped, ${shared} is absent (it holds the manifest XSDs).`);
    return "unavailable";
  }
  if (!existsSync(tool)) {
    console.error(`validate: ${shared} exists but ${tool} is missing.`);
    process.exit(2);
  }
  console.log("validate: offline XSD check (../shared/tools/validate-manifest):");
  const result = spawnSync("bash", [tool, manifest], { stdio: "inherit" });
  if (result.error) {
    console.error(`validate: could not run ${tool}: ${result.error.message}`);
    process.exit(2);
  }
  if (result.status === 3) {
    console.error("validate: xmllint is missing; install it: apt-get install -y libxml2-utils");
    process.exit(3);
  }
  return result.status === 0 ? "valid" : "invalid";
}

const onlineResult = await online();
if (onlineResult === "unavailable") console.log("validate: falling back to the offline XSD check.");
const xsdResult = xsd();
if (onlineResult === "unavailable" && xsdResult === "unavailable")
  console.log(
    "validate: NOTHING CHECKED: no network for the online check and no ../shared for the XSD check.",
  );
process.exit(onlineResult === "invalid" || xsdResult === "invalid" ? 1 : 0);
