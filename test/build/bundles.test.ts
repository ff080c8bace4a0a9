/**
 * Builds the add-in once in production mode (webpack Node API, into a temp dir) and checks what Office
 * will load. Slow by nature (~30-90 s on a shared machine), hence the long timeout.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Configuration, Stats } from "webpack";
import { descendants, parseXml } from "../support/xml";

type CreateConfig = (
  env: Record<string, unknown>,
  argv: { mode: "production" | "development" },
) => Configuration;
type Webpack = (config: Configuration, callback: (error: Error | null, stats?: Stats) => void) => void;

const ROOT = join(__dirname, "..", "..");
const MARKER = "PM_IN_MEMORY_EXCEL_HOST";
// The build runs with ADDIN_BASE_URL set, so it also proves the production URL rewrite.
const DEPLOY_BASE = "https://pm.example.org/addin";
const BUILD_TIMEOUT_MS = 240_000;

let out = "";

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "pm-build-"));
  const createConfig = jest.requireActual<CreateConfig>(join(ROOT, "webpack.config.js"));
  const webpack = jest.requireActual<Webpack>("webpack");
  const saved = process.env.ADDIN_BASE_URL;
  process.env.ADDIN_BASE_URL = `${DEPLOY_BASE}/`;
  let config: Configuration;
  try {
    config = createConfig({}, { mode: "production" });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
  }
  config.output = { ...config.output, path: out };
  const stats = await new Promise<Stats>((resolve, reject) =>
    webpack(config, (error, result) =>
      error || !result ? reject(error ?? new Error("no stats")) : resolve(result),
    ),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

const read = (file: string) => readFileSync(join(out, file), "utf8");

describe("production build", () => {
  it("emits the task pane, commands and functions bundles and the shared-runtime page", () => {
    for (const bundle of ["taskpane.js", "commands.js", "functions.js"]) {
      expect(existsSync(join(out, bundle))).toBe(true);
    }
    const page = read("taskpane.html");
    // Office.js from Microsoft's CDN first, then our three bundles in one page (the shared runtime).
    const scripts = [...page.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "taskpane.js",
      "commands.js",
      "functions.js",
    ]);
  });

  it("never ships the in-memory Excel host in the add-in", () => {
    // The standalone web app (app.html/app.js, built when src/app/index.tsx exists) runs on the in-memory
    // host by design; everything the add-in loads must be free of it.
    const files = readdirSync(out, { recursive: true, encoding: "utf8" }).filter(
      (f) => /\.(js|html|json)$/.test(f) && !/^app\./.test(f),
    );
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files)
      expect({ file, hasMarker: read(file).includes(MARKER) }).toEqual({ file, hasMarker: false });
  });

  it("builds the standalone app page exactly when src/app/index.tsx exists, without Office.js", () => {
    const hasApp = existsSync(join(ROOT, "src", "app", "index.tsx"));
    expect(existsSync(join(out, "app.html"))).toBe(hasApp);
    if (hasApp) {
      expect(read("app.html")).toContain("app.js");
      expect(read("app.html")).not.toContain("office.js");
    }
  });

  it("writes functions.json listing the PM functions, registered in functions.js", () => {
    const metadata = JSON.parse(read("functions.json")) as {
      functions: Array<{ id: string; helpUrl?: string }>;
    };
    expect(metadata.functions.length).toBeGreaterThan(0);
    for (const fn of metadata.functions) expect(fn.id).toMatch(/^[A-Z][A-Z0-9._]*$/);
    expect(read("functions.js")).toContain("CustomFunctions.associate");
    // Help URLs were rewritten to the deploy base and point at a built page.
    for (const fn of metadata.functions.filter((f) => f.helpUrl)) {
      expect(fn.helpUrl!.startsWith(`${DEPLOY_BASE}/`)).toBe(true);
      expect(existsSync(join(out, fn.helpUrl!.slice(DEPLOY_BASE.length + 1).replace(/#.*$/, "")))).toBe(true);
    }
  });

  it("ships functions.json exactly as generated from the JSDoc in src/functions/functions.ts", async () => {
    const { generateCustomFunctionsMetadata } =
      jest.requireActual<typeof import("custom-functions-metadata")>("custom-functions-metadata");
    const generated = await generateCustomFunctionsMetadata(join(ROOT, "src/functions/functions.ts"));
    expect(read("functions.json")).toBe(
      generated.metadataJson.replace(/https:\/\/localhost:3000/g, DEPLOY_BASE),
    );
  });

  it("rewrites the manifest to ADDIN_BASE_URL, and every manifest URL names a built file", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toContain("localhost");
    const urls = descendants(parseXml(manifest))
      .flatMap((e) => [e.text, ...Object.values(e.attributes)])
      .filter((v) => v.startsWith("https://"));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url.startsWith(`${DEPLOY_BASE}/`)).toBe(true);
      const file = url.slice(DEPLOY_BASE.length + 1).replace(/[#?].*$/, "");
      expect({ url, built: existsSync(join(out, file)) }).toEqual({ url, built: true });
    }
  });
});
