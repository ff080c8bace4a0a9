// What `npm start` opens once the dev server is up:
//  - the standalone app with the sample practice built (app.html?sample=small) in the default browser;
//  - where Excel desktop is installed (Windows, macOS), the add-in sideloaded into it the way yo office
//    templates do, with office-addin-debugging. That package is not a dependency of this project (its
//    dependency tree needs keytar, a native module that does not build everywhere), so it runs through npx,
//    only on a machine with Excel desktop; `npm stop` unregisters it again.
// Skipped with a note under CI, without a display, or with `npm start -- --no-open` / `--no-sideload`.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** Pinned major: the CLI whose `start <manifest> desktop --app excel` / `stop <manifest>` we call. */
export const OFFICE_ADDIN_DEBUGGING = "office-addin-debugging@6";

const npx = process.platform === "win32" ? "npx.cmd" : "npx";

/** Where Excel desktop is installed, or null (Linux, or not installed). */
export function excelDesktop() {
  if (process.platform === "darwin") {
    const app = ["/Applications/Microsoft Excel.app", join(homedir(), "Applications", "Microsoft Excel.app")];
    return app.find((path) => existsSync(path)) ?? null;
  }
  if (process.platform === "win32") {
    // Click-to-Run and MSI installs register excel.exe under App Paths.
    const key = "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe";
    const result = spawnSync("reg", ["query", key, "/ve"], { encoding: "utf8" });
    const match = result.status === 0 ? /REG_SZ\s+(.+\.exe)/i.exec(result.stdout) : null;
    return match?.[1]?.trim() ?? null;
  }
  return null;
}

/** Opens url in the default browser; returns why it did not, or null. */
export function openInBrowser(url) {
  if (process.env.CI) return "CI is set";
  const headlessLinux = process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (headlessLinux) return "no display";
  const [command, args] =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", url]]
        : ["xdg-open", [url]];
  const child = spawn(command, args, { stdio: "ignore", detached: true });
  child.on("error", () => console.log(`Could not open a browser (${command}); open ${url} yourself.`));
  child.unref();
  return null;
}

/**
 * Sideloads manifest.xml into Excel desktop with office-addin-debugging (through npx) when Excel is
 * installed; writes `marker` so `npm stop` knows to unregister it. Returns a line saying what happened.
 */
export function sideloadIntoExcel(root, port, marker) {
  const excel = excelDesktop();
  if (excel === null)
    return process.platform === "linux"
      ? "Excel desktop does not exist on Linux: use the standalone app, or Excel on the web (see below)."
      : "Excel desktop is not installed here: use Excel on the web (see below).";
  const args = ["--yes", OFFICE_ADDIN_DEBUGGING, "start", "manifest.xml", "desktop", "--app", "excel"];
  args.push("--dev-server-port", String(port)); // the server is ours and already running: it is not started again
  const child = spawn(npx, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => {
    if (code !== 0)
      console.log(
        `office-addin-debugging exited with ${code}; sideload by hand instead (README "Sideloading into Excel").`,
      );
  });
  writeFileSync(marker, `${excel}\n`);
  return `Sideloading into Excel desktop (${excel}) with npx ${OFFICE_ADDIN_DEBUGGING}…`;
}

/** `npm stop`: unregisters the add-in when `npm start` sideloaded it. */
export function unsideload(root, marker) {
  if (!existsSync(marker)) return;
  console.log("Unregistering the sideloaded add-in (office-addin-debugging stop)…");
  spawnSync(npx, ["--yes", OFFICE_ADDIN_DEBUGGING, "stop", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  rmSync(marker, { force: true });
}
