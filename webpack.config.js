// Build for the add-in (after the yo office "Excel custom functions with shared runtime" template): one page,
// taskpane.html, loads the task pane, ribbon commands and custom functions into one shared runtime.
//   npm run build            production build into dist/
//   ADDIN_BASE_URL=https://host/path npm run build   also rewrites https://localhost:3000 in the manifest
//                                                    and in functions.json help URLs
//   npm start                development build served on port 3000 (scripts/start.mjs)
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { Compilation, sources } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { normalizeBaseUrl, rewriteBaseUrl } = require("./scripts/addin-base-url.js");

const ROOT = __dirname;
const FUNCTIONS_ENTRY = "./src/functions/functions.ts";
const DEV_PORT = 3000;

/** Bundles: name -> entry file. An entry whose file does not exist yet is skipped. Add one line per bundle. */
const ENTRIES = {
  taskpane: "./src/taskpane/index.tsx",
  commands: "./src/commands/commands.ts",
  functions: FUNCTIONS_ENTRY,
  app: "./src/app/index.tsx", // standalone web app (no Office)
};

/** HTML pages: each lists the bundles it loads (pages whose bundles are all missing are skipped). */
const PAGES = [
  // The shared runtime: task pane, ribbon commands and custom functions share one page.
  {
    filename: "taskpane.html",
    template: "./src/taskpane/taskpane.html",
    chunks: ["taskpane", "commands", "functions"],
  },
  { filename: "app.html", template: "./src/app/app.html", chunks: ["app"] },
  // Static help page (manifest SupportUrl / LearnMoreUrl, functions' help URLs).
  { filename: "support.html", template: "./src/taskpane/support.html", chunks: [] },
];

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

function entries() {
  return Object.fromEntries(Object.entries(ENTRIES).filter(([, file]) => exists(file)));
}

function pages(entryNames) {
  return PAGES.flatMap((page) => {
    const chunks = page.chunks.filter((name) => entryNames.includes(name));
    if (page.chunks.length > 0 && chunks.length === 0) return [];
    const template = exists(page.template)
      ? { template: page.template }
      : { templateContent: STANDALONE_TEMPLATE };
    return [new HtmlWebpackPlugin({ filename: page.filename, chunks, ...template })];
  });
}

/** Rewrites the development base URL in manifest.xml and functions.json once every asset is emitted. */
class RewriteBaseUrlPlugin {
  /** @param {string} baseUrl */
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RewriteBaseUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RewriteBaseUrlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          for (const name of ["manifest.xml", "functions.json"]) {
            const asset = compilation.getAsset(name);
            if (!asset) continue;
            const text = rewriteBaseUrl(asset.source.source().toString(), this.baseUrl);
            compilation.updateAsset(name, new sources.RawSource(text));
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
module.exports = (_env, argv = {}) => {
  const dev = argv.mode !== "production";
  const found = entries();
  const baseUrl = !dev && process.env.ADDIN_BASE_URL ? normalizeBaseUrl(process.env.ADDIN_BASE_URL) : null;

  return {
    mode: dev ? "development" : "production",
    context: ROOT,
    devtool: dev ? "source-map" : false,
    entry: found,
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
      ...(found.functions
        ? [new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_ENTRY })]
        : []),
      ...pages(Object.keys(found)),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
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
      static: false,
      hot: false,
      client: false,
    },
  };
};
