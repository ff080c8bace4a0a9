/**
 * `npm run validate` (scripts/validate-manifest.mjs): the offline XSD fallback passes the real manifest and
 * fails a broken one, and the script says which checks ran. The online check (office-addin-manifest's
 * validateManifest, Microsoft's service) is left out here with --offline: tests make no network calls.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const SCRIPT = join(ROOT, "scripts", "validate-manifest.mjs");
const hasShared = existsSync(join(ROOT, "..", "shared", "tools", "validate-manifest"));
const hasXmllint = !spawnSync("xmllint", ["--version"]).error;

const validate = (file: string) =>
  spawnSync(process.execPath, [SCRIPT, file, "--offline"], { cwd: ROOT, encoding: "utf8" });

let dir = "";
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "pm-validate-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

(hasShared && hasXmllint ? describe : describe.skip)("npm run validate -- --offline", () => {
  it("passes manifest.xml with the XSD check and says the online check was skipped", () => {
    const result = validate(join(ROOT, "manifest.xml"));
    expect(result.stdout).toContain("online validation skipped");
    expect(result.stdout).toContain("offline XSD check");
    expect(`${result.stdout}${result.stderr}`).toContain("validates");
    expect(result.status).toBe(0);
  });

  it("fails a manifest the XSD refuses (no <Id>)", () => {
    const broken = join(dir, "manifest.xml");
    writeFileSync(broken, readFileSync(join(ROOT, "manifest.xml"), "utf8").replace(/<Id>[^<]*<\/Id>/, ""));
    const result = validate(broken);
    expect(result.status).toBe(1);
  });
});
if (!hasShared || !hasXmllint)
  console.log("Skipping the npm run validate checks: ../shared or xmllint is absent.");
