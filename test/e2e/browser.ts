/**
 * Chromium for the specs: Debian's /usr/bin/chromium through playwright-core, a fresh profile per run,
 * headless, no background networking. Every request the pages make is recorded for the same-origin check.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const BASE_URL = process.env.E2E_BASE_URL ?? "";
export const RESULTS = join(__dirname, "..", "..", "test-results");

export interface Browser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL requested so far, by any page of the context. */
  readonly requests: string[];
  /** Errors thrown in the page (uncaught) and console.error lines. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

export async function openBrowser(): Promise<Browser> {
  if (!BASE_URL) throw new Error("E2E_BASE_URL is not set: run the specs with `npm run test:e2e`.");
  mkdirSync(RESULTS, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), "pm-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return {
    context,
    page,
    requests,
    pageErrors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

let step = 0;

/** A numbered full-page screenshot in test-results/, e.g. 03-set-up.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  step++;
  await page.screenshot({ path: join(RESULTS, `${String(step).padStart(2, "0")}-${name}.png`) });
}
