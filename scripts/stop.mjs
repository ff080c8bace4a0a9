// npm stop: unregisters the add-in if `npm start` sideloaded it into Excel desktop (.pm-sideloaded), then
// stops the dev server that `npm start` left running (its pid is in .pm-dev-server.pid).
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { unsideload } from "./start-targets.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const PID_FILE = join(ROOT, ".pm-dev-server.pid");

unsideload(ROOT, join(ROOT, ".pm-sideloaded"));

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

if (!existsSync(PID_FILE)) {
  console.log("No dev server to stop (no .pm-dev-server.pid).");
  process.exit(0);
}
const pid = Number(readFileSync(PID_FILE, "utf8").trim());
if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) {
  rmSync(PID_FILE, { force: true });
  console.log("The dev server was not running; removed its stale pid file.");
  process.exit(0);
}

process.kill(pid, "SIGTERM");
const deadline = Date.now() + 10_000;
while (alive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
if (alive(pid)) {
  console.error(`The dev server (pid ${pid}) did not stop within 10 s; it is still running.`);
  process.exit(1);
}
rmSync(PID_FILE, { force: true });
console.log(`Stopped the dev server (pid ${pid}).`);
