// npm start: development build served on https://localhost:3000 (the base URL in manifest.xml), rebuilt on
// every change. HTTPS uses office-addin-dev-certs (it may ask for your password once to trust its CA);
// when its certificates cannot be installed or loaded it serves plain HTTP and says so.
//   npm start -- --http     skip the certificates, serve plain HTTP
//   PORT=3100 npm start     another port (the manifest still says 3000: for local checks only)
//   npm start -- --no-open --no-sideload   neither open the browser nor sideload into Excel desktop
// Once it serves, it opens the standalone app with the sample practice (app.html?sample=small) and, where
// Excel desktop is installed, sideloads the add-in with office-addin-debugging (scripts/start-targets.mjs).
// Stop with Ctrl-C or `npm stop` (reads the pid file this writes; unregisters the sideloaded add-in).
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { excelDesktop, openInBrowser, sideloadIntoExcel } from "./start-targets.mjs";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const PID_FILE = join(ROOT, ".pm-dev-server.pid");
/** Present while an add-in sideloaded by `npm start` is registered with Excel desktop. */
export const SIDELOAD_MARKER = join(ROOT, ".pm-sideloaded");

const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const createConfig = require(join(ROOT, "webpack.config.js"));

function alreadyRunning() {
  if (!existsSync(PID_FILE)) return null;
  const pid = Number(readFileSync(PID_FILE, "utf8").trim());
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    rmSync(PID_FILE, { force: true }); // stale: that process is gone
    return null;
  }
}

async function httpsOptions() {
  if (process.argv.includes("--http")) {
    console.log("Serving plain HTTP (--http).");
    return null;
  }
  try {
    const { getHttpsServerOptions } = require("office-addin-dev-certs");
    return await getHttpsServerOptions();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.warn(
      [
        "",
        "!! HTTPS is OFF: the Office add-in development certificates could not be installed or loaded.",
        `!! Reason: ${reason}`,
        "!! Serving plain HTTP. Excel only loads add-ins over HTTPS, so sideloading will not work until you",
        "!! run `npx office-addin-dev-certs install` (needs sudo/admin once) and restart `npm start`.",
        "",
      ].join("\n"),
    );
    return null;
  }
}

function printUrls(base, https) {
  const pages = ["taskpane.html", "functions.json", "manifest.xml", "support.html"];
  if (existsSync(join(ROOT, "src", "app", "index.tsx"))) pages.push("app.html");
  console.log(
    [
      "",
      `Practice Manager dev server: ${base}/  (${https ? "HTTPS" : "plain HTTP"}, rebuilds on change)`,
      ...pages.map((page) => `  ${base}/${page}`),
      "",
      "Sideload the add-in (manifest.xml in this folder):",
      "  Excel on the web: open a workbook > Home > Add-ins > More Add-ins > My Add-ins >",
      "                    Upload My Add-in > choose manifest.xml (older menus: Insert > Add-ins).",
      "  Excel on Windows: put manifest.xml in a shared folder, add that folder's \\\\server\\share path in",
      "                    File > Options > Trust Center > Trusted Add-in Catalogs (Show in Menu), restart Excel,",
      "                    then Home > Add-ins > Advanced > Shared Folder.",
      "  Excel on Mac:     copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef",
      "                    (create wef if missing), restart Excel, then Home > Add-ins > the Practice Manager item.",
      "",
      "Stop: Ctrl-C here, or `npm stop` from another terminal.",
      "",
    ].join("\n"),
  );
}

/** The standalone app with a workbook ready in the browser; the add-in in Excel desktop where there is one. */
function openTargets(base, port, https) {
  const app = `${base}/app.html?sample=small`;
  if (process.argv.includes("--no-open")) console.log(`Standalone app: ${app} (not opened: --no-open).`);
  else {
    const notOpened = openInBrowser(app);
    console.log(notOpened ? `Standalone app: ${app} (not opened: ${notOpened}).` : `Opening ${app}`);
  }
  if (process.argv.includes("--no-sideload") || process.env.CI) return;
  if (!https && excelDesktop() !== null) {
    console.log("Not sideloading into Excel desktop: Excel needs HTTPS (see the note above).");
    return;
  }
  console.log(sideloadIntoExcel(ROOT, port, SIDELOAD_MARKER));
}

async function main() {
  const running = alreadyRunning();
  if (running !== null) {
    console.error(`The dev server is already running (pid ${running}). Stop it with \`npm stop\` first.`);
    process.exit(1);
  }

  const port = Number(process.env.PORT ?? 3000);
  const https = await httpsOptions();
  const config = createConfig({}, { mode: "development" });
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    {
      ...config.devServer,
      port,
      host: "localhost",
      setupExitSignals: false, // we stop it ourselves (and remove the pid file) on SIGINT/SIGTERM
      server: https ? { type: "https", options: https } : { type: "http" },
    },
    compiler,
  );

  const base = `${https ? "https" : "http"}://localhost:${port}`;
  let printed = false;
  compiler.hooks.done.tap("start", (stats) => {
    if (stats.hasErrors()) console.error(`Build has errors (${stats.compilation.errors.length}); see above.`);
    if (!printed) {
      printed = true;
      // After the dev server's own build report, so the URLs are the last thing on screen.
      setImmediate(() => {
        printUrls(base, https !== null);
        openTargets(base, port, https !== null);
      });
    }
  });

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nStopping the dev server (${signal})…`);
    try {
      await server.stop();
    } finally {
      rmSync(PID_FILE, { force: true });
      process.exit(0);
    }
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  await server.start();
  writeFileSync(PID_FILE, `${process.pid}\n`);
}

main().catch((error) => {
  console.error("npm start failed:", error);
  rmSync(PID_FILE, { force: true });
  process.exit(1);
});
