/**
 * manifest.xml as Microsoft's office-addin-manifest package reads it (the reader yo office projects and
 * office-addin-debugging use), and the production manifest the build writes with it for ADDIN_BASE_URL.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readManifest, writeManifestForBaseUrl, type ManifestRead } from "../../scripts/manifest";
import { pngSize } from "../support/xml";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = join(ROOT, "manifest.xml");
const BASE = "https://localhost:3000/";
const DEPLOY = "https://pm.example.org/addin";
const XSD_TOOL = join(ROOT, "..", "shared", "tools", "validate-manifest");

let dev: ManifestRead;
let dir = "";

beforeAll(async () => {
  dev = await readManifest(MANIFEST);
  dir = mkdtempSync(join(tmpdir(), "pm-manifest-test-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("manifest.xml read with office-addin-manifest", () => {
  it("is an Excel task pane add-in with a stable id, en-US and read/write access", () => {
    expect(dev.info.manifestType).toBe("xml");
    expect(dev.info.officeAppType).toBe("TaskPaneApp");
    expect(dev.info.hosts).toEqual(["Workbook"]);
    expect(dev.info.id).toBe("2c22a6a2-5575-40a5-9d68-f71f2aa81377");
    expect(dev.info.defaultLocale).toBe("en-US");
    expect(dev.info.permissions).toBe("ReadWriteDocument");
    expect(dev.info.displayName).toBe("Practice Manager for Excel");
  });

  it("names icons that exist at 32 and 64 pixels", () => {
    const icons: Array<[string | undefined, number]> = [
      [dev.info.iconUrl, 32],
      [dev.info.highResolutionIconUrl, 64],
    ];
    for (const [url, size] of icons) {
      expect(url).toMatch(/^https:\/\/localhost:3000\/assets\/[\w-]+\.png$/);
      const file = join(ROOT, url!.slice(BASE.length));
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
    }
  });

  it("opens taskpane.html and has a support page, every URL under the development base", () => {
    expect(dev.info.defaultSettings?.sourceLocation).toBe(`${BASE}taskpane.html`);
    expect(dev.info.supportUrl).toBe(`${BASE}support.html`);
    expect(dev.urls.length).toBeGreaterThan(10);
    for (const url of dev.urls)
      expect({ url, underBase: url.startsWith(BASE) }).toEqual({ url, underBase: true });
  });

  it("requires the shared runtime and an Excel API set that office-api-sets.mjs checks against the code", () => {
    const sets = Object.fromEntries(dev.requirementSets.map((set) => [set.name, set.minVersion]));
    // SharedRuntime 1.1: task pane, ribbon commands and custom functions in one runtime (Office.addin).
    expect(sets.SharedRuntime).toBe("1.1");
    // ExcelApi: at least 1.9 (page layout, table added/deleted events); `npm run test:all` runs
    // ../shared/tools/office-api-sets.mjs, which fails when the code needs more than this.
    expect(Number(sets.ExcelApi!.split(".")[1])).toBeGreaterThanOrEqual(9);
    expect(Object.keys(sets).sort()).toEqual(["ExcelApi", "SharedRuntime"]);
  });
});

describe("production manifest written with office-addin-manifest (ADDIN_BASE_URL)", () => {
  let written: ManifestRead;
  const target = () => join(dir, "manifest.xml");

  beforeAll(async () => {
    written = await writeManifestForBaseUrl(MANIFEST, target(), DEPLOY);
  });

  it("moves every URL to the deploy base and keeps everything else", () => {
    expect(written.urls).toEqual(dev.urls.map((url) => url.replace(BASE, `${DEPLOY}/`)));
    expect(readFileSync(target(), "utf8")).not.toContain("localhost");
    expect(written.info.defaultSettings?.sourceLocation).toBe(`${DEPLOY}/taskpane.html`);
    expect({
      ...written.info,
      defaultSettings: undefined,
      iconUrl: "",
      highResolutionIconUrl: "",
      supportUrl: "",
    }).toEqual({
      ...dev.info,
      defaultSettings: undefined,
      iconUrl: "",
      highResolutionIconUrl: "",
      supportUrl: "",
    });
    expect(written.requirementSets).toEqual(dev.requirementSets);
  });

  it("still passes the offline XSD check (../shared/tools/validate-manifest)", () => {
    if (!existsSync(XSD_TOOL) || spawnSync("xmllint", ["--version"]).error) {
      console.log(`Skipping the XSD check of the written manifest: ${XSD_TOOL} or xmllint is missing.`);
      return;
    }
    const result = spawnSync("bash", [XSD_TOOL, target()], { encoding: "utf8" });
    expect(`${result.stdout}${result.stderr}`).toContain("validates");
    expect(result.status).toBe(0);
  });

  it("refuses a manifest whose URLs would still point at the development server", async () => {
    // A base that rewrites nothing (the manifest's own) leaves localhost URLs: the writer says so.
    await expect(
      writeManifestForBaseUrl(MANIFEST, join(dir, "same.xml"), "https://localhost:3000"),
    ).rejects.toThrow(/still points at https:\/\/localhost:3000/);
  });
});
