// Build for the add-in (after the yo office "Excel custom functions with shared runtime" template): one page,
// taskpane.html, loads the task pane, ribbon commands and custom functions into one shared runtime.
//   npm run build            production build into dist/
//   ADDIN_BASE_URL=https://host/path npm run build   also rewrites https://localhost:3000 in the manifest
//                                                    and in functions.json help URLs
//   npm start                development build served on port 3000 (scripts/start.mjs), office.js served from
//                            @microsoft/office-js (works offline)
//   OFFICE_JS=self npm run build   self-hosts office.js: copies @microsoft/office-js/dist to dist/office-js/
//                                  (README "office.js: Microsoft's CDN or self-hosted")
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { Compilation, sources } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { normalizeBaseUrl, rewriteBaseUrl } = require("./scripts/addin-base-url.js");
const { writeManifestForBaseUrl } = require("./scripts/manifest.js");

const ROOT = __dirname;
const FUNCTIONS_ENTRY = "./src/functions/functions.ts";
const DEV_PORT = 3000;

/** Where taskpane.html loads office.js from: Microsoft's CDN, or this server (OFFICE_JS=self). */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The npm copy of the CDN's files; office.js loads its host files (excel-*.js, o15apptofilemappingtable.js) beside it. */
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
/** Self-hosted office.js is served at this path (same origin as the pages: CSP 'self'). */
const OFFICE_JS_PATH = "office-js";

/**
 * "cdn" or "self": OFFICE_JS when set, else self-hosted in development (npm start works offline) and the CDN
 * in production (what Office and AppSource expect).
 * @param {boolean} dev
 * @returns {"cdn" | "self"}
 */
function officeJsSource(dev) {
  const value = process.env.OFFICE_JS || (dev ? "self" : "cdn");
  if (value !== "cdn" && value !== "self")
    throw new Error(`OFFICE_JS must be "cdn" or "self" (got "${value}")`);
  return value;
}

/**
 * Bundles: each entry file and the page that loads it (an entry whose file does not exist yet is skipped).
 * Adding a bundle is one line here.
 */
const ENTRIES = [
  // The shared runtime: task pane, ribbon commands and custom functions share one page, in this order.
  { name: "taskpane", file: "./src/taskpane/index.tsx", page: "taskpane.html" },
  { name: "commands", file: "./src/commands/commands.ts", page: "taskpane.html" },
  { name: "functions", file: FUNCTIONS_ENTRY, page: "taskpane.html" },
  { name: "app", file: "./src/app/index.tsx", page: "app.html" }, // standalone web app (no Office)
];

/** Page templates; a page without one (or whose file is missing) gets STANDALONE_TEMPLATE. */
const TEMPLATES = {
  "taskpane.html": "./src/taskpane/taskpane.html", // loads office.js (templateParameters.officeJsUrl)
  "app.html": "./src/app/app.html",
  "support.html": "./src/taskpane/support.html", // help: manifest SupportUrl, functions' help URLs
};
/** Pages built even though they load no bundle. */
const STATIC_PAGES = ["support.html"];

const exists = (file) => fs.existsSync(path.resolve(ROOT, file));

const STANDALONE_TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Practice Manager</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

/**
 * @param {Array<{ name: string, file: string, page: string }>} found
 * @param {string} officeJsUrl
 */
function pages(found, officeJsUrl) {
  const names = [...new Set([...found.map((entry) => entry.page), ...STATIC_PAGES])];
  return names.map((filename) => {
    const chunks = found.filter((entry) => entry.page === filename).map((entry) => entry.name);
    const template = TEMPLATES[filename];
    const source = template && exists(template) ? { template } : { templateContent: STANDALONE_TEMPLATE };
    // chunksSortMode "manual": scripts load in ENTRIES order.
    return new HtmlWebpackPlugin({
      filename,
      chunks,
      chunksSortMode: "manual",
      templateParameters: { officeJsUrl },
      ...source,
    });
  });
}

/**
 * Rewrites the development base URL once every asset is emitted: manifest.xml through office-addin-manifest
 * (scripts/manifest.js), the help URLs in functions.json as text.
 */
class RewriteBaseUrlPlugin {
  /** @param {string} baseUrl */
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RewriteBaseUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "RewriteBaseUrlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        async () => {
          const functions = compilation.getAsset("functions.json");
          if (functions) {
            const text = rewriteBaseUrl(functions.source.source().toString(), this.baseUrl);
            compilation.updateAsset("functions.json", new sources.RawSource(text));
          }
          const manifest = compilation.getAsset("manifest.xml");
          if (!manifest) return;
          const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pm-manifest-"));
          try {
            const file = path.join(dir, "manifest.xml");
            fs.writeFileSync(file, manifest.source.source());
            await writeManifestForBaseUrl(file, file, this.baseUrl);
            compilation.updateAsset("manifest.xml", new sources.RawSource(fs.readFileSync(file, "utf8")));
          } finally {
            fs.rmSync(dir, { recursive: true, force: true });
          }
        },
      );
    });
  }
}

/**
 * @param {Record<string, unknown>} _env
 * @param {{ mode?: "production" | "development" | "none" }} argv
 * @returns {import("webpack").Configuration}
 */
const createConfig = (_env, argv = {}) => {
  const dev = argv.mode !== "production";
  const found = ENTRIES.filter((entry) => exists(entry.file));
  const baseUrl = !dev && process.env.ADDIN_BASE_URL ? normalizeBaseUrl(process.env.ADDIN_BASE_URL) : null;
  const officeJs = officeJsSource(dev);
  const officeJsUrl = officeJs === "self" ? `${OFFICE_JS_PATH}/office.js` : OFFICE_JS_CDN;
  // A self-hosted production build ships the npm copy, without debug builds and typings. The dev server
  // serves the folder straight from node_modules instead (devServer.static below).
  const copyOfficeJs =
    officeJs === "self" && !dev
      ? [
          {
            from: OFFICE_JS_DIR,
            to: OFFICE_JS_PATH,
            globOptions: { ignore: ["**/*.debug.js", "**/*vsdoc*", "**/*.d.ts"] },
          },
        ]
      : [];

  return {
    mode: dev ? "development" : "production",
    context: ROOT,
    devtool: dev ? "source-map" : false,
    entry: Object.fromEntries(found.map((entry) => [entry.name, entry.file])),
    output: {
      path: path.resolve(ROOT, "dist"),
      // No content hash: the manifest names functions.js, and Office caches by URL anyway.
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type errors are caught by `npm run typecheck`; the bundle build only transpiles. ES modules (not
          // tsconfig's commonjs, which jest needs) let webpack tree-shake Fluent UI and its icons.
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "es2020" } },
          },
        },
        {
          test: /\.(png|jpe?g|gif|svg|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    plugins: [
      ...(exists(FUNCTIONS_ENTRY)
        ? [new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_ENTRY })]
        : []),
      ...pages(found, officeJsUrl),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          ...copyOfficeJs,
        ],
      }),
      ...(baseUrl ? [new RewriteBaseUrlPlugin(baseUrl)] : []),
    ],
    // The task pane bundles React + Fluent UI (~1 MB minified); it is served once and cached by Office.
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      // Office loads the pages inside its own frame; allow it to fetch functions.json and the scripts.
      headers: { "Access-Control-Allow-Origin": "*" },
      static:
        officeJs === "self"
          ? [{ directory: OFFICE_JS_DIR, publicPath: `/${OFFICE_JS_PATH}`, watch: false, serveIndex: false }]
          : false,
      hot: false,
      client: false,
    },
  };
};

module.exports = createConfig;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.OFFICE_JS_DIR = OFFICE_JS_DIR;
module.exports.OFFICE_JS_PATH = OFFICE_JS_PATH;
