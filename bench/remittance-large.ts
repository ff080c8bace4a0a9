/**
 * A 20 MB remittance (200,000 claims, 5010) parsed, previewed and posted on the in-memory host into a
 * workbook whose Claims hold every claim it pays. Runs in a child process (remittance-large-child.ts) so
 * the peak memory (maxRSS) is this case's alone.
 *
 * The in-memory host holds the workbook in the same process, where real Excel holds it in its own: the
 * notes give the process peak, what the host workbook took before (Claims) and after (the 400,000 new
 * Payments rows) each phase, and the add-in's share = peak - the workbook's retained size. Goal: the
 * add-in's share under 600 MB.
 */
import { execFileSync } from "child_process";
import path from "path";
import type { BenchResult, BenchSection } from "./types";

const CLAIMS = 200_000;

interface ChildReport {
  readonly claims: number;
  readonly fileMb: number;
  readonly parseMs: number;
  readonly previewMs: number;
  readonly postMs: number;
  readonly outcome: string;
  readonly paymentsAdded: number;
  readonly workbookMb: number;
  readonly phases: Record<"parse" | "preview" | "post", { peakMb: number; retainedMb: number }>;
}

function run(): Promise<readonly BenchResult[]> {
  const root = path.resolve(__dirname, "..");
  const out = execFileSync(
    process.execPath,
    [
      "--expose-gc",
      path.join(root, "node_modules/.bin/tsx"),
      path.join(__dirname, "remittance-large-child.ts"),
      String(CLAIMS),
    ],
    { cwd: root, encoding: "utf8", maxBuffer: 1024 * 1024 },
  );
  const line = out.trim().split("\n").at(-1) ?? "{}";
  const r = JSON.parse(line) as ChildReport;
  const label = `${r.fileMb} MB 835, ${r.claims.toLocaleString("en-US")} claims`;
  // The workbook's size before each phase: Claims only, until posting adds the Payments rows.
  const share = (p: "parse" | "preview" | "post", workbook: number) => r.phases[p].peakMb - workbook;
  const none = { syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0 };
  const note = (p: "parse" | "preview" | "post", workbook: number) =>
    `process peak ${r.phases[p].peakMb} MB; host workbook ${workbook} MB; add-in share ${share(p, workbook)} MB (goal < 600)`;
  return Promise.resolve([
    { case: `parse (${label})`, ms: r.parseMs, ...none, note: note("parse", r.workbookMb) },
    { case: `preview (${label})`, ms: r.previewMs, ...none, note: note("preview", r.workbookMb) },
    {
      case: `post (${label}, ${r.paymentsAdded.toLocaleString("en-US")} Payments rows: ${r.outcome})`,
      ms: r.postMs,
      ...none,
      // After posting, the host workbook also holds the new Payments rows (retained after a full GC).
      note: note("post", r.phases.post.retainedMb),
    },
  ]);
}

export const remittanceLargeBench: BenchSection = { name: "remittance-20mb", run };
