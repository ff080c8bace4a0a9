/**
 * The standalone app's bundle (app.js), built as `npm run build` builds it (production, minified) into
 * a temporary folder: its size, gzipped size, and the packages that weigh most in it. The app is
 * loaded once per visit; every megabyte is parse time on a slow laptop.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";
import type { BenchResult, BenchSection } from "./types";

// webpack.config.js is CommonJS: (env, argv) => Configuration.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../webpack.config.js") as (
  env: Record<string, unknown>,
  argv: { mode: "production" },
) => webpack.Configuration;

function kb(bytes: number): string {
  return `${Math.round(bytes / 1024).toLocaleString("en-US")} KB`;
}

/** node_modules/@scope/name/... -> "@scope/name"; the app's own code -> "(app code)". */
function packageOf(moduleName: string): string {
  const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(moduleName);
  return match?.[1]?.replace("\\", "/") ?? "(app code)";
}

async function run(): Promise<BenchResult[]> {
  const out = mkdtempSync(join(tmpdir(), "pm-bench-bundle-"));
  try {
    const config = makeConfig({}, { mode: "production" });
    config.entry = { app: "./src/app/index.tsx" };
    config.output = { ...config.output, path: out };
    config.plugins = (config.plugins ?? []).filter(
      (p) =>
        p?.constructor.name !== "CustomFunctionsMetadataPlugin" &&
        p?.constructor.name !== "HtmlWebpackPlugin",
    );
    const start = performance.now();
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(config, (error, result) =>
        error || !result ? reject(error ?? new Error("no stats")) : resolve(result),
      ),
    );
    const ms = performance.now() - start;
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
    const bytes = readFileSync(join(out, "app.js"));
    const bySize = new Map<string, number>();
    for (const module of stats.toJson({ modules: true, nestedModules: true }).modules ?? []) {
      const name = packageOf(module.name ?? "");
      bySize.set(name, (bySize.get(name) ?? 0) + (module.size ?? 0));
    }
    const top = [...bySize.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, size]) => `${name} ${kb(size)}`)
      .join(", ");
    return [
      {
        case: "app.js (production)",
        ms,
        syncs: 0,
        maxRequestBytes: 0,
        maxResponseBytes: 0,
        note: `${kb(bytes.byteLength)}, gzipped ${kb(gzipSync(bytes).byteLength)}; largest sources (before tree-shaking and minifying): ${top}`,
      },
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export const bundleBench: BenchSection = { name: "bundle", run };
