// npm run validate: offline XSD check of manifest.xml with ../shared/tools/validate-manifest.
// Skips (exit 0, with a note) only when ../shared is absent. When ../shared is there, any failure of the
// tool fails this script, including a missing xmllint (install Debian's libxml2-utils).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = join(root, "..", "shared");
const tool = join(shared, "tools", "validate-manifest");
const manifest = process.argv[2] ?? join(root, "manifest.xml");

if (!existsSync(shared)) {
  console.log(`validate: skipped, ${shared} is absent (it holds the manifest XSDs and the validator).`);
  process.exit(0);
}
if (!existsSync(tool)) {
  console.error(`validate: ${shared} exists but ${tool} is missing.`);
  process.exit(2);
}
const result = spawnSync("bash", [tool, manifest], { stdio: "inherit" });
if (result.error) {
  console.error(`validate: could not run ${tool}: ${result.error.message}`);
  process.exit(2);
}
if (result.status === 3)
  console.error("validate: xmllint is missing; install it: apt-get install -y libxml2-utils");
process.exit(result.status ?? 1);
