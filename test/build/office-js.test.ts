/**
 * Where taskpane.html gets office.js (webpack.config.js): served from @microsoft/office-js by `npm start`
 * (development works offline), Microsoft's CDN in a production build, self-hosted with OFFICE_JS=self.
 * The page in Chromium with the real office.js: test/e2e/office-js.test.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Configuration } from "webpack";

interface ConfigModule {
  (env: Record<string, unknown>, argv: { mode: "production" | "development" }): Configuration;
  OFFICE_JS_CDN: string;
  OFFICE_JS_DIR: string;
  OFFICE_JS_PATH: string;
}
interface HtmlPlugin {
  userOptions: { filename: string; templateParameters?: { officeJsUrl?: string } };
}
interface CopyPlugin {
  patterns: Array<{ from: string; to: string; globOptions?: { ignore?: string[] } }>;
}

const ROOT = join(__dirname, "..", "..");
const createConfig = jest.requireActual<ConfigModule>(join(ROOT, "webpack.config.js"));

function configWith(mode: "production" | "development", officeJs?: string): Configuration {
  const saved = process.env.OFFICE_JS;
  if (officeJs === undefined) delete process.env.OFFICE_JS;
  else process.env.OFFICE_JS = officeJs;
  try {
    return createConfig({}, { mode });
  } finally {
    if (saved === undefined) delete process.env.OFFICE_JS;
    else process.env.OFFICE_JS = saved;
  }
}

const plugins = (config: Configuration) => (config.plugins ?? []) as object[];
const officeJsUrl = (config: Configuration) =>
  plugins(config)
    .map((plugin) => plugin as Partial<HtmlPlugin>)
    .find((plugin) => plugin.userOptions?.filename === "taskpane.html")?.userOptions?.templateParameters
    ?.officeJsUrl;
const copied = (config: Configuration) =>
  plugins(config)
    .filter((plugin) => plugin.constructor.name === "CopyPlugin")
    .flatMap((plugin) => (plugin as CopyPlugin).patterns);

describe("office.js source", () => {
  it("npm start serves the npm copy, with the files office.js loads beside it, on the pages' own origin", () => {
    const config = configWith("development");
    expect(officeJsUrl(config)).toBe("office-js/office.js"); // relative: same origin, CSP 'self'
    // webpack's Configuration type leaves out devServer (webpack-dev-server adds it).
    const { devServer } = config as {
      devServer?: { static?: Array<{ directory: string; publicPath: string }> };
    };
    const served = devServer?.static;
    expect(served).toEqual([
      expect.objectContaining({ directory: createConfig.OFFICE_JS_DIR, publicPath: "/office-js" }),
    ]);
    // Without o15apptofilemappingtable.js, Office.onReady never settles outside Office; the Excel files are
    // what it loads inside Excel on each platform.
    for (const file of [
      "office.js",
      "o15apptofilemappingtable.js",
      "excel-web-16.00.js",
      "excel-win32-16.01.js",
      "excel-mac-16.00.js",
    ])
      expect({ file, present: existsSync(join(createConfig.OFFICE_JS_DIR, file)) }).toEqual({
        file,
        present: true,
      });
  });

  it("a production build loads office.js from Microsoft's CDN and ships no copy", () => {
    const config = configWith("production");
    expect(officeJsUrl(config)).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(copied(config).some((pattern) => pattern.to === "office-js")).toBe(false);
  });

  it("OFFICE_JS=self builds a self-hosted add-in: the npm copy under office-js/, without debug files", () => {
    const config = configWith("production", "self");
    expect(officeJsUrl(config)).toBe("office-js/office.js");
    expect(copied(config)).toContainEqual(
      expect.objectContaining({
        from: createConfig.OFFICE_JS_DIR,
        to: "office-js",
        globOptions: { ignore: expect.arrayContaining(["**/*.debug.js"]) as unknown },
      }),
    );
  });

  it("refuses an OFFICE_JS value it does not know", () => {
    expect(() => configWith("production", "local")).toThrow(/OFFICE_JS must be "cdn" or "self"/);
  });

  it("taskpane.html takes its one office.js script from the build, nothing hard-coded", () => {
    const template = readFileSync(join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");
    const sources = [...template.matchAll(/<script[^>]*src="([^"]*)"/g)].map((match) => match[1]);
    expect(sources).toEqual(["<%= officeJsUrl %>"]);
  });
});
