// npm run test:e2e: builds the standalone app and the add-in's pages (development mode: taskpane.html with
// its bundles, and the support page, for the office.js and Content-Security-Policy specs) into a temp
// folder, serves it on 127.0.0.1 with a tiny static server (no network; office.js from @microsoft/office-js
// at /office-js/, as `npm start` serves it), and runs the browser specs in
// test/e2e (jest, jest.e2e.config.js) against it with Debian's Chromium (/usr/bin/chromium, never a
// downloaded browser). Screenshots go to test-results/. Extra arguments are passed to jest.
//   npm run test:e2e                      all specs
//   npm run test:e2e -- -t "broken file"  one test
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};

async function build(out) {
  const webpack = require("webpack");
  const HtmlWebpackPlugin = require("html-webpack-plugin");
  const config = require(join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  const { app, taskpane, commands, functions } = /** @type {Record<string, string>} */ (config.entry);
  config.entry = { app, taskpane, commands, functions };
  config.output = { ...config.output, path: out };
  config.devtool = false;
  // The app page, and the add-in pages as a browser outside Office sees them (office-js.test.ts,
  // csp.test.ts); no custom-functions metadata.
  const pages = ["app.html", "taskpane.html", "support.html"];
  config.plugins = config.plugins.filter(
    (plugin) => !(plugin instanceof HtmlWebpackPlugin) || pages.includes(plugin.userOptions.filename),
  );
  config.plugins = config.plugins.filter(
    (plugin) => plugin.constructor.name !== "CustomFunctionsMetadataPlugin",
  );
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (error, result) =>
      error || !result ? reject(error ?? new Error("no stats")) : resolve(result),
    ),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  for (const page of ["app.html", "taskpane.html"])
    if (!existsSync(join(out, page))) throw new Error(`The build did not write ${page}`);
}

/**
 * The standalone app as users get it (production mode: React's production build) into
 * out/production/: the long-task spec measures this one, since React's development build does several
 * times the work per render (stalls.test.ts).
 */
async function buildProductionApp(out) {
  const webpack = require("webpack");
  const HtmlWebpackPlugin = require("html-webpack-plugin");
  const config = require(join(ROOT, "webpack.config.js"))({}, { mode: "production" });
  const { app } = /** @type {Record<string, string>} */ (config.entry);
  config.entry = { app };
  config.output = { ...config.output, path: join(out, "production") };
  // Not minified: the same code at the same speed, but a trace (E2E_STALL_TRACE) names its functions,
  // and the build takes seconds instead of half a minute.
  config.optimization = { ...config.optimization, minimize: false };
  config.plugins = config.plugins.filter(
    (plugin) => plugin instanceof HtmlWebpackPlugin && plugin.userOptions.filename === "app.html",
  );
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (error, result) =>
      error || !result ? reject(error ?? new Error("no stats")) : resolve(result),
    ),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  if (!existsSync(join(out, "production", "app.html"))) throw new Error("The build did not write app.html");
}

/** URL path prefix -> folder: the build, and office.js where the dev server serves it. */
function roots(dir) {
  const { OFFICE_JS_DIR, OFFICE_JS_PATH } = require(join(ROOT, "webpack.config.js"));
  return [
    [`/${OFFICE_JS_PATH}/`, OFFICE_JS_DIR],
    ["/", dir],
  ];
}

function serve(dir) {
  const mounts = roots(dir);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const [prefix, base] = mounts.find(([prefix]) => path.startsWith(prefix)) ?? ["/", dir];
    const rest = path === "/" ? "app.html" : path.slice(prefix.length);
    const file = normalize(join(base, rest));
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain" });
      response.end("Not found");
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(
      `Chromium is not installed at ${CHROMIUM}. Install Debian's: sudo apt-get install -y chromium ` +
        "(the e2e tests never download a browser).",
    );
    process.exit(1);
  }
  const out = mkdtempSync(join(tmpdir(), "pm-e2e-dist-"));
  let server;
  let code = 1;
  try {
    const started = Date.now();
    console.log("Building the standalone app (development and production) and taskpane.html…");
    await build(out);
    await buildProductionApp(out);
    console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    server = await serve(out);
    const { port } = server.address();
    const baseUrl = `http://127.0.0.1:${port}`;
    console.log(`Serving ${out} at ${baseUrl}/app.html`);
    const jest = spawn(
      process.execPath,
      [require.resolve("jest/bin/jest"), "-c", "jest.e2e.config.js", "--runInBand", ...process.argv.slice(2)],
      {
        cwd: ROOT,
        stdio: "inherit",
        env: { ...process.env, E2E_BASE_URL: baseUrl, CHROMIUM_PATH: CHROMIUM },
      },
    );
    code = await new Promise((resolve) => jest.on("exit", (exitCode) => resolve(exitCode ?? 1)));
  } catch (error) {
    console.error("e2e failed before the specs ran:", error);
  } finally {
    server?.close();
    rmSync(out, { recursive: true, force: true });
  }
  process.exit(code);
}

main();
