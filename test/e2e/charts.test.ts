/**
 * The summary charts, end to end: the app draws them in the grid (Chart.js on a canvas), saves them in
 * the .xlsx as DrawingML charts (no "charts are not saved" notice), opens its own file with the charts
 * again, and LibreOffice, a program that is not ours, reads them: converted by LibreOffice headless
 * back to .xlsx, the file still holds the three charts with their titles.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { ZipReader } from "../../src/app/xlsx/zip/zip-reader";
import { BASE_URL, openBrowser, RESULTS, type Browser } from "./browser";

const CHART_TITLES = [
  "A/R by age bucket",
  "Budget vs actual by month, 2026",
  "No-show rate by provider (last 13 weeks)",
  "Work RVUs by provider, last 12 months",
  "Payer mix: share of visits, charges and collections",
];
const savedFile = join(RESULTS, "charts-practice.xlsx");
const libreoffice = ["libreoffice", "soffice"].find((cmd) => spawnSync(cmd, ["--version"]).status === 0);

let browser: Browser;
let page: Page;

const notice = () => page.locator(".pm-notice");

async function showSheet(name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.waitForFunction(
    (sheet) => document.querySelector(".pm-grid")?.getAttribute("data-sheet") === sheet,
    name,
  );
}

/** How many of the chart canvas's pixels are drawn (not blank): a drawn chart has thousands. */
async function drawnPixels(title: string): Promise<number> {
  const chart = page.getByRole("img", { name: new RegExp(title.replace(/[()/]/g, "\\$&")) });
  await chart.waitFor();
  return chart.locator("canvas").evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext("2d");
    if (!context) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let drawn = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) drawn++;
    return drawn;
  });
}

async function chartTitlesIn(bytes: Uint8Array): Promise<string[]> {
  const zip = new ZipReader(bytes);
  const titles: string[] = [];
  for (const name of zip.names().filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))) {
    const xml = await zip.textOf(name);
    titles.push([...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(""));
  }
  return titles.sort();
}

beforeAll(async () => {
  browser = await openBrowser();
  page = browser.page;
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.clock.setFixedTime(new Date("2026-11-18T10:00:00"));
  await page.goto(`${BASE_URL}/app.html`);
  await page.getByRole("grid").waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe("summary charts in the app, the saved file and LibreOffice", () => {
  it("draws the summary charts in the grid", async () => {
    await page.getByLabel("Size").selectOption("small");
    await page.getByRole("button", { name: "Load sample practice" }).click();
    await notice().getByText("Sample practice loaded").waitFor({ timeout: 170_000 });
    await page.getByRole("button", { name: "Refresh summaries" }).click();
    await page.getByText("Summaries refreshed").waitFor({ timeout: 170_000 });
    // Productivity's two charts sit below its tables, out of the first screen; the saved file has them.
    const tabs = ["AR Aging", "Budget vs Actual", "Schedule Summary"] as const;
    for (const [i, tab] of tabs.entries()) {
      const title = CHART_TITLES[i]!;
      await showSheet(tab);
      expect(await drawnPixels(title)).toBeGreaterThan(2000);
      await page.screenshot({ path: join(RESULTS, `charts-${tab.replace(/\W+/g, "-").toLowerCase()}.png`) });
    }
    expect(browser.pageErrors).toEqual([]);
  });

  it("saves them as charts in the .xlsx, without a notice that anything was left out", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save .xlsx" }).click(),
    ]);
    await download.saveAs(savedFile);
    await notice()
      .getByText(/^Saved /)
      .waitFor();
    expect(await notice().textContent()).not.toMatch(/chart.*not (shown|saved)|not saved/i);
    expect(await chartTitlesIn(readFileSync(savedFile))).toEqual([...CHART_TITLES].sort());
  });

  it("opens the saved file with its charts drawn again", async () => {
    await page.getByLabel("Choose an .xlsx file to open").setInputFiles(savedFile);
    await notice().getByText("Opened charts-practice.xlsx").waitFor({ timeout: 120_000 });
    expect(await notice().textContent()).not.toMatch(/chart.*not (shown|saved)|not saved/i);
    await showSheet("AR Aging");
    expect(await drawnPixels(CHART_TITLES[0]!)).toBeGreaterThan(2000);
  });

  (libreoffice ? it : it.skip)(
    "LibreOffice reads the charts: converted back to .xlsx, the file still has all of them",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "pm-charts-lo-"));
      try {
        execFileSync(
          libreoffice!,
          [
            `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            join(dir, "out"),
            savedFile,
          ],
          { stdio: "pipe", timeout: 150_000 },
        );
        const [converted] = readdirSync(join(dir, "out")).filter((f) => f.endsWith(".xlsx"));
        expect(converted).toBeDefined();
        const bytes = readFileSync(join(dir, "out", converted!));
        expect(await chartTitlesIn(bytes)).toEqual([...CHART_TITLES].sort());
        // And back into the app: LibreOffice's charts are read and drawn.
        const again = join(RESULTS, "charts-from-libreoffice.xlsx");
        writeFileSync(again, bytes);
        await page.getByLabel("Choose an .xlsx file to open").setInputFiles(again);
        await notice().getByText("Opened charts-from-libreoffice.xlsx").waitFor({ timeout: 120_000 });
        await showSheet("Budget vs Actual");
        expect(await drawnPixels(CHART_TITLES[1]!)).toBeGreaterThan(2000);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    170_000,
  );
});
